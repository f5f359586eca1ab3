import { VILLAGE_RULES } from "../../../src/domain/rules/villages";
import { primarySchool, records, runRule } from "../../helpers/register";
import { ruleOf } from "../../helpers/rules";
import { village } from "../../helpers/villageRecords";

const rule = (id: string) => ruleOf(VILLAGE_RULES, id);

/** Villages sit on rows 3, 4 … of 普及与控辍 (B–E the four stage counts, F–H disabled, I–K enrolled routes). */
describe("clean baseline", () => {
  it.each(VILLAGE_RULES.map((r) => r.id))("%s finds nothing in consistent villages", (id) => {
    expect(runRule(rule(id), records(primarySchool(), village("勐往村"), village("曼允村")))).toEqual([]);
  });
});

describe("V-01 enrolled above the school-age children", () => {
  it("reports the primary stage with both cells", () => {
    const findings = runRule(rule("V-01"), records(village("勐往村"), village("曼允村", { primaryEnrolled: 105 })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "V-01", severity: "error", sheet: "普及与控辍", cells: ["C4", "B4"], schoolId: null, schoolName: null });
    expect(findings[0].message).toContain("「曼允村」");
    expect(findings[0].message).toContain("105");
    expect(findings[0].message).toContain("100");
  });

  it("reports each stage on its own", () => {
    const findings = runRule(rule("V-01"), records(village("勐往村", { primaryEnrolled: 101, juniorEnrolled: 60 })));
    expect(findings.map((f) => f.cells)).toEqual([["C3", "B3"], ["E3", "D3"]]);
    expect(findings[1].message).toContain("初中适龄少年");
  });

  it("skips a stage with an empty count", () => {
    expect(runRule(rule("V-01"), records(village("勐往村", { primaryAge: null, primaryEnrolled: 5 })))).toEqual([]);
  });
});

describe("V-02 disabled children enrolled above those there are", () => {
  it("compares the three routes with the three disabilities", () => {
    const findings = runRule(rule("V-02"), records(village("勐往村", { "disabledEnrolled.home": 2 })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "V-02", severity: "error", sheet: "普及与控辍", schoolId: null,
      cells: ["F3", "G3", "H3", "I3", "J3", "K3"],
    });
    expect(findings[0].message).toContain("已入学合计 4 人");
    expect(findings[0].message).toContain("合计 3 人");
  });

  it("accepts as many enrolled as there are", () => {
    expect(runRule(rule("V-02"), records(village("勐往村", { "disabledEnrolled.home": 1 })))).toEqual([]);
  });
});
