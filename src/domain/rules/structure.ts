/** workbook structure W-01..05 (product rules, not in the official statistics system) */
import type { RuleDef } from "./types";

export const STRUCTURE_RULES: readonly RuleDef[] = [];
