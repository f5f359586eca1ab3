/**
 * The rule registry: every rule with its id, severity, texts for users and trainers, its sentences (zh-CN and
 * en-US) and, for validation rules, its check. Validation rules come first, in the order they run; then the
 * year-on-year rules (run only with last year's workbook) and the notes the evaluation, 标准参数, 考核自查, the
 * report and 审核说明 give, whose checks sit in the layers that read those inputs and take the rule object from
 * here. The handbook, the pane's rule help and the JSON's messages read this list.
 */
import type { Finding, Language } from "../findings";
import { BUILDING_RULES } from "./buildings";
import { CLASS_RULES } from "./classes";
import { CROSS_SHEET_RULES } from "./crossSheet";
import { HYGIENE_RULES } from "./hygiene";
import { LAND_EQUIPMENT_RULES } from "./landEquipment";
import { SCHOOL_FACT_RULES } from "./schoolFacts";
import { STAFF_RULES } from "./staff";
import { STRUCTURE_RULES } from "./structure";
import { STUDENT_RULES } from "./students";
import type { Description, RuleDef, RuleInfo } from "./types";
import type { Params, Template } from "./texts";
import { REPORT_RULES_INFO } from "./reportRules";
import { CHECKLIST_RULES_INFO } from "./checklistRules";
import { METHOD_RULES } from "./methodRules";
import { STANDARDS_SHEET_RULES_INFO } from "./standardsSheetRules";
import { VILLAGE_RULES } from "./villages";
import { HISTORY_RULES_INFO } from "./historyRules";
import { EXPLANATION_RULES_INFO } from "./explanationRules";
import { RECTIFICATION_RULES_INFO } from "./rectificationRules";

/** Every rule, in the order of RULE_IDS. */
export const RULES: readonly RuleInfo[] = [
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
  ...HISTORY_RULES_INFO,
  ...METHOD_RULES,
  ...STANDARDS_SHEET_RULES_INFO,
  ...CHECKLIST_RULES_INFO,
  ...REPORT_RULES_INFO,
  ...EXPLANATION_RULES_INFO,
  ...RECTIFICATION_RULES_INFO,
];

export const isValidationRule = (rule: RuleInfo): rule is RuleDef => "check" in rule;

/** The rules `validate` runs on every register, in order: the registry's rules that carry a check. */
export const VALIDATION_RULES: readonly RuleDef[] = RULES.filter(isValidationRule);

export function ruleById(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}

/** A rule's description in `lang`: the Chinese one, or its English `en`. */
export function describeRule(rule: RuleInfo, lang: Language): Description {
  return lang === "zh-CN" ? rule : rule.en;
}

/** Every sentence by its key, from the rules' `texts` (a key shared by rules built alike is one template). */
const TEMPLATES: ReadonlyMap<string, Template<Params>> = new Map(
  RULES.flatMap((rule) => Object.entries(rule.texts) as [string, Template<Params>][]),
);

/** A finding's sentence in `lang`: its template rendered again, or the Chinese sentence where it has none. */
export function findingMessage(finding: Pick<Finding, "message" | "params" | "text">, lang: Language): string {
  if (lang === "zh-CN" || finding.text === undefined) return finding.message;
  const t = TEMPLATES.get(finding.text);
  return t ? t.en(finding.params as Params) : finding.message;
}
