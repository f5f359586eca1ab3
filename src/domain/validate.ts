/** Runs every rule of the registry over a recognised register. */
import type { Finding } from "./findings";
import type { Register } from "./register";
import { buildContext, DEFAULT_TOLERANCES, type CheckContext, type Tolerances } from "./rules/context";
import { VALIDATION_RULES } from "./rules/registry";
import type { RuleDef } from "./rules/types";

export function validateRegister(
  register: Register,
  tolerances: Tolerances = DEFAULT_TOLERANCES,
  rules: readonly RuleDef[] = VALIDATION_RULES,
  ctx: CheckContext = buildContext(register, tolerances),
): Finding[] {
  return rules.flatMap((rule) => rule.check(ctx));
}
