/**
 * Every rule id, in the order of the rule registry (rules/registry.ts, RULES): the one list the `RuleId` type
 * is derived from, so that a misspelt id — in a rule, a finding, a pack's checklist binding or a practice maker —
 * fails to compile instead of silently switching a rule off. test/domain/rules/registry.test.ts holds this list
 * and the registry to each other.
 */
export const RULE_IDS = [
  // Workbook structure and data hygiene (rules/structure.ts, rules/hygiene.ts).
  "W-01", "W-02", "W-03", "W-04", "W-05", "W-06", "W-07",
  "D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09", "D10",
  // By statistics table (基础基111 … 522), across sheets and villages.
  "111-01", "111-02", "111-03", "111-04",
  "212-01", "212-02", "212-03", "212-04", "212-05", "212-06",
  "312-01", "312-02", "312-03", "312-04",
  "313-01", "313-02", "313-03", "313-04",
  "422-01", "422-02", "422-03", "422-04", "422-05", "422-06",
  "512-01", "512-02", "512-03", "512-04",
  "522-01", "522-02", "522-03",
  "X-01", "X-02",
  "V-01", "V-02",
  // Year on year, method notes, 标准参数, 考核自查, report template, 审核说明, 整改清单.
  "H-01", "H-02", "H-03", "H-04", "H-05",
  "M-01", "M-02", "M-03", "M-04", "M-05",
  "P-01", "C-01", "R-01", "E-01", "L-01",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

const IDS: ReadonlySet<string> = new Set(RULE_IDS);

/** For ids read from outside the code (a JSON answer key, a pack file, a cell of 审核说明). */
export function isRuleId(id: string): id is RuleId {
  return IDS.has(id);
}
