/**
 * Every rule: the validation rules in the order they run, the year-on-year rules (run only with last year's
 * workbook), then the notes the evaluation, 标准参数, 考核自查, the report and 审核说明 give.
 */
import { BUILDING_RULES } from "./buildings";
import { CLASS_RULES } from "./classes";
import { CROSS_SHEET_RULES } from "./crossSheet";
import { HYGIENE_RULES } from "./hygiene";
import { LAND_EQUIPMENT_RULES } from "./landEquipment";
import { SCHOOL_FACT_RULES } from "./schoolFacts";
import { STAFF_RULES } from "./staff";
import { STRUCTURE_RULES } from "./structure";
import { STUDENT_RULES } from "./students";
import type { RuleDef, RuleInfo } from "./types";
import { REPORT_RULES_INFO } from "./reportRules";
import { CHECKLIST_RULES_INFO } from "./checklistRules";
import { METHOD_RULES } from "./methodRules";
import { STANDARDS_SHEET_RULES_INFO } from "./standardsSheetRules";
import { VILLAGE_RULES } from "./villages";
import { HISTORY_RULES_INFO } from "./historyRules";
import { EXPLANATION_RULES_INFO } from "./explanationRules";
import { RECTIFICATION_RULES_INFO } from "./rectificationRules";

export const RULES: readonly RuleDef[] = [
  ...STRUCTURE_RULES,
  ...HYGIENE_RULES,
  ...SCHOOL_FACT_RULES,
  ...CLASS_RULES,
  ...STUDENT_RULES,
  ...STAFF_RULES,
  ...BUILDING_RULES,
  ...LAND_EQUIPMENT_RULES,
  ...CROSS_SHEET_RULES,
  ...VILLAGE_RULES,
];

/** Everything users and trainers read about a rule id; the rule handbook is generated from this list. */
export const RULE_INFOS: readonly RuleInfo[] = [
  ...RULES,
  ...HISTORY_RULES_INFO,
  ...METHOD_RULES,
  ...STANDARDS_SHEET_RULES_INFO,
  ...CHECKLIST_RULES_INFO,
  ...REPORT_RULES_INFO,
  ...EXPLANATION_RULES_INFO,
  ...RECTIFICATION_RULES_INFO,
];

export function ruleById(id: string): RuleInfo | undefined {
  return RULE_INFOS.find((r) => r.id === id);
}
