/** Names of the template and report sheets, and the hint texts the template carries but the report leaves out. */
import { removeSpaces, toHalfWidth } from "../text";

export const TEMPLATE_SHEET = "自评报告模板";
export const REPORT_SHEET = "自评报告";

/** Under 二、主要做法 in the default template: where the township writes its own text. */
export const MEASURES_HINT = "（在此填写本乡主要做法，重新生成报告时保留）";

/** The first row of the default template: how the template works. */
export const TEMPLATE_NOTE =
  "（模板说明：双花括号中的名称在生成自评报告时换成本次审核的数据，单独占一格的表名换成整张表；其余文字原样保留，可以修改、增删和调整顺序。本行和灰色提示不会出现在报告中。）";

/** Hints are for whoever edits the template; a report still showing "在此填写" would look unfinished. */
export const TEMPLATE_HINTS: ReadonlySet<string> = new Set([MEASURES_HINT, TEMPLATE_NOTE]);

/** The user's template: the name as typed, whatever the width of its characters or stray spaces. */
export function isTemplateSheet(name: string): boolean {
  return removeSpaces(toHalfWidth(name)) === TEMPLATE_SHEET;
}
