/**
 * What trainers read about the 标准参数 sheet's rule. The lead registers it with the other rules; the check itself
 * is readStandardsSheet, which runs before the register is evaluated.
 */
import type { RuleInfo } from "./types";

export type StandardsRuleInfo = RuleInfo;

export const P01: StandardsRuleInfo = {
  id: "P-01",
  severity: "error",
  table: "标准参数",
  title: "标准参数表中的参数无法使用",
  explanation:
    "「标准参数」表里的数会替换规则包的默认标准，用来判断每所学校是否达标、差异系数是否合格。某一行的指标代码、学段、城乡分类不认识，" +
    "或者标准值不是一个合理的数，这一行就不会生效，仍按规则包原来的值审核。标准值留空表示这一项不判定。",
  example: "「S6」「小学」的标准值填了「约30册」；学段填了「小学一年级」；指标代码填了「S11」；比例填了「98」而不是 0.98 或 98%。",
  fix: "按表头说明改正这一格：标准值只填数字（比例可填 0.98 或 98%），学段填 小学、初中（拆分权重可填 高中），城乡分类填 城区、镇区、乡村 或留空；删除整行则这一项恢复为规则包的默认值。",
};

export const STANDARDS_SHEET_RULES_INFO: readonly StandardsRuleInfo[] = [P01];
