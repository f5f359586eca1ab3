/** 基础基212 classes (212-01..06) */
import type { RuleDef } from "./types";

export const CLASS_RULES: readonly RuleDef[] = [];
