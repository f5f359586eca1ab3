/** The rule registry and the id list the RuleId type is derived from (src/domain/ruleIds.ts) hold each other. */
import { RULE_IDS, isRuleId } from "../../../src/domain/ruleIds";
import { findingMessage, isValidationRule, RULES, ruleById, VALIDATION_RULES } from "../../../src/domain/rules/registry";

describe("the rule registry", () => {
  it("has exactly the ids of RULE_IDS, in its order, each once", () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it("runs the rules that carry a check, in the registry's order, and they are the registry's own", () => {
    expect(VALIDATION_RULES.map((r) => r.id)).toEqual(RULES.filter((r) => "check" in r).map((r) => r.id));
    expect(VALIDATION_RULES.map((r) => r.id)).toContain("512-03");
    expect(VALIDATION_RULES.map((r) => r.id)).not.toContain("P-01");
    for (const rule of VALIDATION_RULES) expect(ruleById(rule.id)).toBe(rule);
    expect(isValidationRule(ruleById("H-01")!)).toBe(false);
  });

  it("gives every rule at least one sentence, keyed by its own id, and one template per key", () => {
    const byKey = new Map<string, unknown>();
    for (const rule of RULES) {
      const keys = Object.keys(rule.texts);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const owner = key.split(".")[0];
        // Rules built by one function share a key: 313-01 says 312-01's sentence, 212-04/05 say 212-band's.
        expect(owner === rule.id || ruleById(owner) === undefined || ruleById(owner)?.texts[key] === rule.texts[key]).toBe(true);
        if (byKey.has(key)) expect(rule.texts[key]).toBe(byKey.get(key));
        byKey.set(key, rule.texts[key]);
      }
    }
  });

  it("renders a finding's sentence in English from its rule's template, and keeps the Chinese for zh-CN", () => {
    const finding = { message: "中文", text: "512-01", params: { sum: 1200, total: 1300 } };
    expect(findingMessage(finding, "en-US")).toBe("The teaching rooms add up to 1200 m², not to their total 1300 m²");
    expect(findingMessage(finding, "zh-CN")).toBe("中文");
    expect(findingMessage({ message: "中文", text: "no-such-key", params: {} }, "en-US")).toBe("中文");
  });

  it("tells rule ids from other text read at run time", () => {
    expect(isRuleId("212-05")).toBe(true);
    expect(isRuleId("212-5")).toBe(false);
    expect(isRuleId("toString")).toBe(false);
  });
});
