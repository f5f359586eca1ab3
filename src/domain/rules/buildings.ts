/** 基础基512 buildings (512-01..04) */
import type { RuleDef } from "./types";

export const BUILDING_RULES: readonly RuleDef[] = [];
