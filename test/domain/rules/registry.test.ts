/** The rule registry and the id list the RuleId type is derived from (src/domain/ruleIds.ts) hold each other. */
import { RULE_IDS, isRuleId } from "../../../src/domain/ruleIds";
import { RULE_INFOS, RULES, ruleById } from "../../../src/domain/rules/registry";

describe("the rule registry", () => {
  it("has exactly the ids of RULE_IDS, in its order, each once", () => {
    expect(RULE_INFOS.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it("runs validation rules that are all in the registry", () => {
    for (const rule of RULES) expect(ruleById(rule.id)).toBe(rule);
  });

  it("tells rule ids from other text read at run time", () => {
    expect(isRuleId("212-05")).toBe(true);
    expect(isRuleId("212-5")).toBe(false);
    expect(isRuleId("toString")).toBe(false);
  });
});
