/** village rules V-01..02 */
import type { RuleDef } from "./types";

export const VILLAGE_RULES: readonly RuleDef[] = [];
