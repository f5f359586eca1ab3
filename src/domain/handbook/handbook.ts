/**
 * The rule handbook (规则说明, issue 6): every rule of the registry with its explanation, a wrong entry,
 * the fix and its statistics table, grouped by family. Everything about a rule comes from RULES;
 * this file only adds the family headings. Pure: no DOM, returns strings.
 */
import { SEVERITY_LABEL, type Severity } from "../findings";
import { RULES } from "../rules/registry";
import type { RuleInfo } from "../rules/types";
import { methodChapterHtml } from "./methodChapter";

/** A family of rules as the handbook shows it. */
export interface HandbookFamily {
  /** Anchor-safe key, e.g. `D`, `312-313`. */
  readonly key: string;
  /** Id prefixes of the family's rules (`D` for D01–D10, `111` for 111-01…). */
  readonly prefixes: readonly string[];
  readonly heading: string;
  readonly description: string;
}

export interface HandbookSection extends HandbookFamily {
  readonly rules: readonly RuleInfo[];
}

/** The families in the order the handbook lists them. */
export const HANDBOOK_FAMILIES: readonly HandbookFamily[] = [
  { key: "D", prefixes: ["D"], heading: "数据规范", description: "所有登记表共用的书写规范：数字、选项、必填项和标识码。" },
  { key: "111", prefixes: ["111"], heading: "学校基本情况", description: "基础基111：教学点的上级学校、参评范围、校名与标识码、城乡分类。" },
  { key: "212", prefixes: ["212"], heading: "班级", description: "基础基212：班数、班额分组与在校生数是否一致，大班额与超大班额。" },
  { key: "312-313", prefixes: ["312", "313"], heading: "学生", description: "基础基312（小学）与基础基313（初中）：各年级人数、女生与少数民族、招生与毕业。" },
  { key: "422", prefixes: ["422"], heading: "教职工", description: "基础基422：专任教师人数与学历、职称分列，骨干与体育、艺术教师。" },
  { key: "512", prefixes: ["512"], heading: "校舍", description: "基础基512：各类用房面积之和、危房、有学生无校舍。" },
  { key: "522", prefixes: ["522"], heading: "场地与装备", description: "基础基522：占地面积、运动场与绿化用地、计算机、图书和仪器设备。" },
  { key: "X", prefixes: ["X"], heading: "跨表", description: "各登记表之间学校是否对得上、校名是否一致。" },
  { key: "V", prefixes: ["V"], heading: "普及与控辍", description: "普及与控辍表：入学人数与适龄人数。" },
  { key: "H", prefixes: ["H"], heading: "上年数据比对", description: "给出上年工作簿时：在校生和办学条件的年度变化、学校的增减，以及沿用上年的整改状态。" },
  { key: "W", prefixes: ["W"], heading: "工作簿结构", description: "读取工作簿时的情况：不认识的列、找不到的表头、重复的表或列、合计行。" },
  { key: "M", prefixes: ["M"], heading: "评估方法", description: "评估计算时的方法说明：学段拆分、教学点、差异系数、标准值。" },
  { key: "P", prefixes: ["P"], heading: "标准参数", description: "标准参数表中填写的参数能否使用。" },
  { key: "C", prefixes: ["C"], heading: "考核自查", description: "考核自查表中手填的内容能否读取。" },
  { key: "R", prefixes: ["R"], heading: "自评报告模板", description: "自评报告模板中的占位符能否识别。" },
  { key: "E", prefixes: ["E"], heading: "审核说明", description: "审核说明表中填写的说明能否生效。" },
  { key: "L", prefixes: ["L"], heading: "整改清单", description: "整改清单中手工填写的状态能否识别。" },
];

/** The prefix a rule id is grouped by: `D` for D01, `312` for 312-01, `X` for X-01. */
export function rulePrefix(id: string): string {
  if (/^D\d+$/.test(id)) return "D";
  return id.split("-")[0] ?? id;
}

/** The families with their rules, each rule straight from the registry, in registry order within a family. */
export function handbookSections(rules: readonly RuleInfo[] = RULES): HandbookSection[] {
  return HANDBOOK_FAMILIES.map((family) => ({
    ...family,
    rules: rules.filter((r) => family.prefixes.includes(rulePrefix(r.id))),
  }));
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export interface HandbookOptions {
  /** Document title; defaults to 均衡 · 审核规则说明. */
  readonly title?: string;
  /** The rules to list; defaults to the registry (tests pass their own). */
  readonly rules?: readonly RuleInfo[];
}

export const HANDBOOK_TITLE = "均衡 · 审核规则说明";

/** Anchor id of a rule's article. */
export function ruleAnchor(id: string): string {
  return `rule-${id}`;
}

/** Anchor id of a family's section. */
export function familyAnchor(key: string): string {
  return `family-${key}`;
}

const SEVERITY_CLASS: Record<Severity, string> = { error: "sev-error", warning: "sev-warning", info: "sev-info" };

/** A4 pages numbered 第 n 页 / 共 N 页 at the foot (CSS paged media margin boxes, as Chromium prints them). */
export const PRINT_PAGE_STYLE = `@page { size: A4; margin: 18mm 16mm; @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-size: 9pt; color: #555; } }`;

const STYLE = `
${PRINT_PAGE_STYLE}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", SimSun, sans-serif; font-size: 11pt; line-height: 1.6; color: #1f1f1f; max-width: 60em; margin: 0 auto; padding: 1.5em; }
h1 { font-size: 20pt; margin: 0 0 .3em; }
h2 { font-size: 15pt; border-bottom: 2px solid #444; padding-bottom: .15em; margin: 1.6em 0 .3em; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 12pt; margin: 0 0 .4em; }
.intro, .family-desc { color: #444; margin: 0 0 .8em; }
nav ol { columns: 2; margin: 0; padding-left: 1.6em; }
nav a { color: inherit; text-decoration: none; }
nav .count { color: #666; }
article { border: 1px solid #bbb; border-radius: 4px; padding: .6em .8em; margin: 0 0 .8em; break-inside: avoid; page-break-inside: avoid; }
.rule-id { font-family: Consolas, "Courier New", monospace; margin-right: .4em; }
.badge { display: inline-block; padding: 0 .5em; border-radius: 3px; font-size: 10pt; font-weight: normal; margin-right: .4em; vertical-align: middle; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sev-error { background: #FFC7CE; color: #9C0006; }
.sev-warning { background: #FFEB9C; color: #9C5700; }
.sev-info { background: #E7E6E6; color: #3A3A3A; }
dl { margin: 0; display: grid; grid-template-columns: 5.5em 1fr; gap: .2em .6em; }
dt { font-weight: bold; color: #444; }
dd { margin: 0; }
.method table { border-collapse: collapse; width: 100%; margin: 0 0 .8em; font-size: 10pt; }
.method th, .method td { border: 1px solid #999; padding: .15em .4em; text-align: left; vertical-align: top; }
.method th { background: #eee; }
.method tr { break-inside: avoid; page-break-inside: avoid; }
.formula { font-family: "Cambria Math", "Times New Roman", serif; }
.warn { color: #9C0006; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { break-after: page; page-break-after: always; }
}
`;

function ruleArticle(rule: RuleInfo): string {
  const e = escapeHtml;
  return [
    `<article id="${e(ruleAnchor(rule.id))}" data-rule="${e(rule.id)}">`,
    `<h3><span class="rule-id">${e(rule.id)}</span><span class="badge ${SEVERITY_CLASS[rule.severity]}">${e(SEVERITY_LABEL[rule.severity])}</span>${e(rule.title)}</h3>`,
    "<dl>",
    `<dt>所属表</dt><dd>${e(rule.table)}</dd>`,
    `<dt>解释</dt><dd>${e(rule.explanation)}</dd>`,
    `<dt>错误示例</dt><dd>${e(rule.example)}</dd>`,
    `<dt>改法</dt><dd>${e(rule.fix)}</dd>`,
    "</dl>",
    "</article>",
  ].join("\n");
}

/** A complete, self-contained, printable HTML document of the rule handbook (no scripts, no external resources). */
export function handbookHtml(options: HandbookOptions = {}): string {
  const e = escapeHtml;
  const title = options.title ?? HANDBOOK_TITLE;
  const sections = handbookSections(options.rules ?? RULES).filter((s) => s.rules.length > 0);
  const total = sections.reduce((n, s) => n + s.rules.length, 0);
  const toc = sections
    .map((s) => `<li><a href="#${e(familyAnchor(s.key))}">${e(s.heading)}</a> <span class="count">（${s.rules.length} 条）</span></li>`)
    .join("\n");
  const body = sections
    .map((s) =>
      [
        `<section id="${e(familyAnchor(s.key))}">`,
        `<h2>${e(s.heading)}</h2>`,
        `<p class="family-desc">${e(s.description)}</p>`,
        ...s.rules.map(ruleArticle),
        "</section>",
      ].join("\n"),
    )
    .join("\n");
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${e(title)}</h1>`,
    `<p class="intro">共 ${total} 条规则。级别：<span class="badge sev-error">${e(SEVERITY_LABEL.error)}</span>逻辑校验，必须修改；<span class="badge sev-warning">${e(SEVERITY_LABEL.warning)}</span>经验校验，修改或填写说明；<span class="badge sev-info">${e(SEVERITY_LABEL.info)}</span>方法说明。</p>`,
    "</header>",
    '<nav aria-label="目录">',
    "<h2>目录</h2>",
    `<ol>\n<li><a href="#method">计算方法</a></li>\n${toc}\n</ol>`,
    "</nav>",
    "<main>",
    methodChapterHtml(e),
    body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
