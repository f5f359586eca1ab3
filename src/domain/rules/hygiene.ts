/** D01–D10 data hygiene, every sheet */
import type { RuleDef } from "./types";

export const HYGIENE_RULES: readonly RuleDef[] = [];
