/**
 * The 讲评 sheet of a practice register: every seeded error with where it is, what was written, the correct value,
 * the rule and its plain explanation — printable HTML a trainer hands out after the exercise. Pure.
 */
import { escapeHtml, PRINT_PAGE_STYLE } from "../handbook/handbook";
import { ruleById } from "../rules/registry";
import { familyOfRule } from "./levels";
import type { PracticeKey } from "./practiceRegister";
import { shownValue } from "./scoreboard";

export interface ReviewLine {
  readonly number: number;
  readonly rule: string;
  readonly family: string;
  readonly ruleTitle: string;
  readonly explanation: string;
  readonly fix: string;
  readonly school: string;
  /** `学生与班级!F7`, one per changed cell. */
  readonly cells: readonly string[];
  readonly wrong: readonly string[];
  readonly correct: readonly string[];
  readonly description: string;
}

/** One line per seeded error, in key order. */
export function reviewLines(key: PracticeKey, schoolNames: ReadonlyMap<string, string> = new Map()): ReviewLine[] {
  return key.errors.map((e, i) => {
    const rule = ruleById(e.rule);
    const changes = e.changes ?? [];
    return {
      number: i + 1,
      rule: e.rule,
      family: familyOfRule(e.rule)?.label ?? "其他",
      ruleTitle: rule?.title ?? "",
      explanation: rule?.explanation ?? "",
      fix: rule?.fix ?? "",
      school: e.schoolId === null ? "（村委会）" : (schoolNames.get(e.schoolId) ?? e.schoolId),
      cells: (changes.length > 0 ? changes.map((c) => c.cell) : e.cells).map((cell) => `${e.sheet}!${cell}`),
      wrong: changes.map((c) => shownValue(c.planted)),
      correct: changes.map((c) => shownValue(c.original)),
      description: e.description,
    };
  });
}

const STYLE = `${PRINT_PAGE_STYLE}
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", SimSun, sans-serif; font-size: 10.5pt; line-height: 1.5; margin: 0 auto; max-width: 64em; padding: 1em; }
h1 { font-size: 17pt; margin: 0 0 .2em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
thead { display: table-header-group; }
th, td { border: 1px solid #888; padding: .25em .4em; vertical-align: top; text-align: left; }
th { background: #eee; white-space: nowrap; }
col.number { width: 2.5em; } col.where { width: 11em; } col.value { width: 6em; } col.description { width: 12em; }
tr { break-inside: avoid; page-break-inside: avoid; }
.wrong { color: #9C0006; }
.correct { color: #006100; font-weight: bold; }
.explain { color: #333; font-size: 9.5pt; }
@media print { body { max-width: none; padding: 0; } }
`;

/** A complete printable HTML document (no scripts, no external resources). */
export function reviewHtml(key: PracticeKey, schoolNames: ReadonlyMap<string, string> = new Map()): string {
  const e = escapeHtml;
  const lines = reviewLines(key, schoolNames);
  const list = (items: readonly string[], cls: string) => items.map((t) => `<div class="${cls}">${e(t)}</div>`).join("");
  const rows = lines.map((l) =>
    [
      "<tr>",
      `<td>${l.number}</td>`,
      `<td>${e(l.school)}<br>${list(l.cells, "cell")}</td>`,
      `<td>${list(l.wrong, "wrong")}</td>`,
      `<td>${list(l.correct, "correct")}</td>`,
      `<td><b>${e(l.rule)}</b> ${e(l.ruleTitle)}<div class="explain">${e(l.explanation)}</div><div class="explain">改法：${e(l.fix)}</div></td>`,
      `<td>${e(l.description)}</td>`,
      "</tr>",
    ].join(""),
  );
  const title = `练习讲评 · 种子 ${key.seed}`;
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    `<head><meta charset="utf-8"><title>${e(title)}</title><style>${STYLE}</style></head>`,
    "<body>",
    `<h1>${e(title)}</h1>`,
    `<p>共埋入 ${lines.length} 处错误。“应改为”是练习表生成时的原值；把别的单元格改得与错误值相符（例如把合计改大）不算改正。</p>`,
    "<table>",
    '<colgroup><col class="number"><col class="where"><col class="value"><col class="value"><col><col class="description"></colgroup>',
    "<thead><tr><th>序号</th><th>学校与单元格</th><th>错误的值</th><th>应改为</th><th>规则与解释</th><th>改动说明</th></tr></thead>",
    `<tbody>\n${rows.join("\n")}\n</tbody>`,
    "</table>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
