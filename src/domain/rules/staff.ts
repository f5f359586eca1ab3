/** 基础基422 staff (422-01..06) */
import type { RuleDef } from "./types";

export const STAFF_RULES: readonly RuleDef[] = [];
