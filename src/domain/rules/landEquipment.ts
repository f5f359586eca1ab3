/** 基础基522 land and equipment (522-01..03) */
import type { RuleDef } from "./types";

export const LAND_EQUIPMENT_RULES: readonly RuleDef[] = [];
