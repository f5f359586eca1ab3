/** @jest-environment jsdom */
/** The rule handbook (issue 6) is generated from the rule registry: every rule once, escaped, self-contained, parseable. */
import {
  HANDBOOK_FAMILIES,
  HANDBOOK_TITLE,
  escapeHtml,
  familyAnchor,
  handbookHtml,
  handbookSections,
  ruleAnchor,
} from "../../src/domain/handbook/handbook";
import { SEVERITY_LABEL } from "../../src/domain/findings";
import { RULES } from "../../src/domain/rules/registry";
import type { RuleInfo } from "../../src/domain/rules/types";
import type { RuleId } from "../../src/domain/ruleIds";

const html = handbookHtml();
const doc = new DOMParser().parseFromString(html, "text/html");

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe("handbookSections", () => {
  it("puts every rule in exactly one family", () => {
    const sections = handbookSections();
    const filed = sections.flatMap((s) => s.rules.map((r) => r.id));
    expect([...filed].sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(new Set(filed).size).toBe(filed.length);
  });

  it("lists the families in the fixed order, none empty", () => {
    const sections = handbookSections();
    expect(sections.map((s) => s.heading)).toEqual([
      "数据规范", "学校基本情况", "班级", "学生", "教职工", "校舍", "场地与装备",
      "跨表", "普及与控辍", "上年数据比对", "工作簿结构", "评估方法", "标准参数", "考核自查", "自评报告模板", "审核说明", "整改清单",
    ]);
    for (const s of sections) {
      expect(s.rules.length).toBeGreaterThan(0);
      expect(s.description.length).toBeGreaterThan(0);
    }
  });

  it("takes each entry straight from the registry", () => {
    for (const rule of handbookSections().flatMap((s) => s.rules)) {
      expect(RULES).toContain(rule);
    }
  });

  it("groups 312 and 313 together, D01–D10 under 数据规范", () => {
    const byHeading = new Map(handbookSections().map((s) => [s.heading, s.rules.map((r) => r.id)]));
    expect(byHeading.get("学生")).toEqual(expect.arrayContaining(["312-01", "313-01"]));
    expect(byHeading.get("数据规范")).toEqual(expect.arrayContaining(["D01", "D10"]));
  });
});

describe("handbookHtml", () => {
  it("is a zh-CN document with a charset and the title", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(doc.documentElement.getAttribute("lang")).toBe("zh-CN");
    expect(doc.querySelector("meta[charset]")?.getAttribute("charset")).toBe("utf-8");
    expect(doc.title).toBe(HANDBOOK_TITLE);
    expect(doc.querySelector("h1")?.textContent).toBe("均衡 · 审核规则说明");
  });

  it("shows every rule exactly once, with its title, explanation, example and fix escaped", () => {
    for (const rule of RULES) {
      expect(occurrences(html, `id="${ruleAnchor(rule.id)}"`)).toBe(1);
      for (const text of [rule.title, rule.explanation, rule.example, rule.fix, rule.table]) {
        expect(html).toContain(escapeHtml(text));
      }
    }
  });

  it("parses into one article per rule, each with its level, table, title, explanation, example and fix", () => {
    const articles = [...doc.querySelectorAll("article")];
    expect(articles).toHaveLength(RULES.length);
    for (const rule of RULES) {
      const article = doc.getElementById(ruleAnchor(rule.id));
      expect(article?.tagName).toBe("ARTICLE");
      const text = article?.textContent ?? "";
      expect(article?.querySelector(".badge")?.textContent).toBe(SEVERITY_LABEL[rule.severity]);
      const fields = Object.fromEntries(
        [...(article?.querySelectorAll("dt") ?? [])].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
      );
      expect(fields).toEqual({ 所属表: rule.table, 解释: rule.explanation, 错误示例: rule.example, 改法: rule.fix });
      expect(text).toContain(rule.title);
      expect(text).toContain(rule.id);
    }
  });

  it("has a table of contents with one entry per family, each pointing at its section", () => {
    const links = [...doc.querySelectorAll('nav a[href^="#family-"]')];
    expect(links).toHaveLength(HANDBOOK_FAMILIES.length);
    for (const [i, family] of HANDBOOK_FAMILIES.entries()) {
      expect(links[i]?.getAttribute("href")).toBe(`#${familyAnchor(family.key)}`);
      expect(links[i]?.textContent).toBe(family.heading);
      const section = doc.getElementById(familyAnchor(family.key));
      expect(section?.tagName).toBe("SECTION");
      expect(section?.querySelectorAll("article").length).toBeGreaterThan(0);
    }
  });

  it("is self-contained and printable: no scripts, no URLs, A4 print CSS keeping colours", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/\bsrc=|<link\b|@import|url\(/i);
    expect(doc.querySelectorAll("script, link, img, iframe")).toHaveLength(0);
    expect(html).toContain("size: A4");
    expect(html).toContain("print-color-adjust: exact");
    expect(html).toContain("break-inside: avoid");
    expect(html).toMatch(/#FFC7CE/i);
    expect(html).toMatch(/#FFEB9C/i);
  });
});

describe("escaping", () => {
  it("escapes & < > \" '", () => {
    expect(escapeHtml(`a < b & "c" > 'd'`)).toBe("a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;");
  });

  it("keeps a rule's text with < & \" intact through the document", () => {
    const nasty: RuleInfo = {
      // Not a rule of the registry: the handbook must render whatever text a rule has.
      id: "D99" as RuleId,
      severity: "warning",
      table: `表<1> & "2"`,
      title: `<b>标题</b> & "引号"`,
      explanation: `人数 < 0 & 班额 > 100 "不对"`,
      example: `<script>alert('x')</script>`,
      fix: `改成 "0" & 保存`,
      en: { title: `<i>Title</i>`, explanation: `n < 0`, example: `<script>alert('y')</script>`, fix: `"0" & save` },
      texts: {},
    };
    const out = handbookHtml({ rules: [nasty] });
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<b>标题</b>");
    const parsed = new DOMParser().parseFromString(out, "text/html");
    expect(parsed.querySelectorAll("article")).toHaveLength(1);
    expect(parsed.querySelectorAll("script, b")).toHaveLength(0);
    const article = parsed.getElementById(ruleAnchor("D99"));
    expect(article?.querySelector("h3")?.textContent).toContain(nasty.title);
    const dds = [...(article?.querySelectorAll("dd") ?? [])].map((dd) => dd.textContent);
    expect(dds).toEqual([nasty.table, nasty.explanation, nasty.example, nasty.fix]);
    expect(parsed.querySelectorAll('nav a[href^="#family-"]')).toHaveLength(1);
  });
});
