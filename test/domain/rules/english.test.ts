/**
 * Every rule's description in English (issue 15: the English pane shows no Chinese but the user's data): each rule
 * of the registry has an English title, explanation, example and fix, none of them Chinese except what the user
 * must find or type in the workbook.
 */
import { RULES } from "../../../src/domain/rules/registry";
import { CJK } from "../../helpers/cjk";

/**
 * What may stay Chinese in an English description, cut out before looking for CJK:
 * - 「…」: sheet names, column headers, option values and cell text as the register spells them (「学生与班级」,
 *   「其中危房」, 「未整改」), which the user must find or type in Chinese;
 * - {{…}}: the placeholders of the report template, typed in Chinese in the user's template.
 */
const QUOTED = /「[^」]*」|\{\{[^}]*\}\}/g;
const unquoted = (text: string) => text.replace(QUOTED, "");

const PARTS = ["title", "explanation", "example", "fix"] as const;

describe("rules' descriptions in English", () => {
  const cases = RULES.flatMap((rule) => PARTS.map((part) => [rule.id, part, rule.en[part]] as const));

  it.each(cases)("%s has an English %s", (_id, _part, text) => {
    expect(text.trim().length).toBeGreaterThan(0);
    expect(unquoted(text)).not.toMatch(CJK);
    // Something is said in English around the quotes, not only a quoted Chinese text.
    expect(unquoted(text)).toMatch(/[A-Za-z]{3}/);
  });

  it("differs from the Chinese description it translates", () => {
    for (const rule of RULES) for (const part of PARTS) expect(rule.en[part]).not.toBe(rule[part]);
  });

  it("names 312 and 313 each by its own stage and grades", () => {
    const en = (id: string) => RULES.find((r) => r.id === id)!.en;
    expect(en("312-01").explanation).toContain("grade 1 to grade 6");
    expect(en("313-01").explanation).toContain("grade 7 to grade 9");
    expect(en("313-03").title).toBe("Junior secondary entrants differ from grade 7 students");
    expect(en("312-04").title).toBe("Primary grade 6 students differ from expected graduates");
  });

  it("keeps the sheet names the user must find as the register spells them", () => {
    const x01 = RULES.find((r) => r.id === "X-01")!;
    for (const sheet of ["学校基本情况", "学生与班级", "教职工", "校舍", "场地与装备"]) expect(x01.en.explanation).toContain(`「${sheet}」`);
  });
});
