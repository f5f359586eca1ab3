/** 基础基111 school facts (111-01..04) */
import type { RuleDef } from "./types";

export const SCHOOL_FACT_RULES: readonly RuleDef[] = [];
