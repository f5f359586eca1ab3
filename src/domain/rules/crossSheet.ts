/** cross-sheet rules X-01..02 */
import type { RuleDef } from "./types";

export const CROSS_SHEET_RULES: readonly RuleDef[] = [];
