/**
 * What trainers read about the report template's rule. Kept apart from the template code so the rule registry can
 * list it without loading the report builder. A warning, not an error: the report is still written, with the
 * unknown name left as typed where the user will see it.
 */
import type { RuleInfo } from "./types";
import { template } from "./texts";

export const R01 = {
  id: "R-01",
  severity: "warning",
  table: "自评报告模板",
  title: "自评报告模板中有无法识别的占位符",
  explanation:
    "自评报告模板中用双花括号标出要自动填写的内容，例如 {{乡镇}}、{{小学.综合差异系数}}；单独占一格的 {{表Ⅲ}} 等会换成整张表。" +
    "名称写错，或者当前规则包没有这一项时，生成的“自评报告”中这段文字原样保留，并在这里指出所在单元格。",
  example: "把 {{年度}} 写成 {{年份}}；按基本均衡规则包审核时写了 {{小学.差异系数.Q1}}（Q1 是 2017 年优质均衡的指标）。",
  fix: "对照使用说明“自评报告”一节的占位符表改正名称；这段文字不需要自动填写的，删去两侧的花括号。",
  en: {
    title: "Unknown placeholders in the self-evaluation report template",
    explanation:
      "The self-evaluation report template marks the content to fill in automatically with double braces, such as {{乡镇}} or {{小学.综合差异系数}}; {{表Ⅲ}} and the like, alone in a cell, are replaced by a whole table. If a name is misspelt, or the current rule pack has no such item, the text stays as it is in the generated report (「自评报告」) and its cell is pointed out here.",
    example: "{{年份}} written instead of {{年度}}; {{小学.差异系数.Q1}} used while checking with the basic-balance rule pack (Q1 is an indicator of the 2017 high-quality balance).",
    fix: "Correct the name against the placeholder table in the 「自评报告」 section of the user guide; where the text need not be filled in automatically, delete the braces around it.",
  },
  texts: {
    "R-01": template<{ sheetName: string; address: string; typed: string; hint: string }>(
      (p) => `「${p.sheetName}」${p.address} 中的「${p.typed}」不是可用的占位符，生成的自评报告中原样保留${p.hint ? `；是否应为「{{${p.hint}}}」？` : ""}`,
      (p) => `「${p.sheetName}」${p.address}: “${p.typed}” is not a known placeholder and stays as typed in the report${p.hint ? `; did you mean “{{${p.hint}}}”?` : ""}`,
    ),
  },
} satisfies RuleInfo;

export const REPORT_RULES_INFO: readonly RuleInfo[] = [R01];
