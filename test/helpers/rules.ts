/** Picking rules out of a rule list in tests. */
import type { RuleDef } from "../../src/domain/rules/types";

export function ruleOf(rules: readonly RuleDef[], id: string): RuleDef {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}
