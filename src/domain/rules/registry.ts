/** Every validation rule, in the order findings are reported. The rule handbook is generated from this list. */
import { BUILDING_RULES } from "./buildings";
import { CLASS_RULES } from "./classes";
import { CROSS_SHEET_RULES } from "./crossSheet";
import { HYGIENE_RULES } from "./hygiene";
import { LAND_EQUIPMENT_RULES } from "./landEquipment";
import { SCHOOL_FACT_RULES } from "./schoolFacts";
import { STAFF_RULES } from "./staff";
import { STRUCTURE_RULES } from "./structure";
import { STUDENT_RULES } from "./students";
import type { RuleDef } from "./types";
import { VILLAGE_RULES } from "./villages";

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

export function ruleById(id: string): RuleDef | undefined {
  return RULES.find((r) => r.id === id);
}
