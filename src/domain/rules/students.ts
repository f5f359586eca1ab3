/** 基础基312/313 students per stage (312-01..04, 313-01..04) */
import type { RuleDef } from "./types";

export const STUDENT_RULES: readonly RuleDef[] = [];
