import { BUILDING_RULES } from "../../../src/domain/rules/buildings";
import { CODE_A, primarySchool, records, runRule, withCells } from "../../helpers/register";
import { addressesOf, juniorSchool, nineYearSchool } from "../../helpers/stageSchools";
import { ruleOf } from "../../helpers/rules";

const rule = (id: string) => ruleOf(BUILDING_RULES, id);
const ROOMS = ["classrooms", "labs", "library", "computerRooms", "languageLabs", "gym"].map((k) => `teaching.${k}`);

describe("基础基512 building rules", () => {
  it("defines 512-01..04 with the texts trainers need", () => {
    expect(BUILDING_RULES.map((r) => r.id)).toEqual(["512-01", "512-02", "512-03", "512-04"]);
    for (const r of BUILDING_RULES) {
      expect(r.table).toBe("基础基512");
      for (const text of [r.title, r.explanation, r.example, r.fix]) expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("finds nothing in consistent records, including two-decimal areas", () => {
    const input = records(primarySchool(), nineYearSchool(), juniorSchool());
    for (const r of BUILDING_RULES) expect(runRule(r, input)).toEqual([]);
  });

  it("never throws when the buildings sheet or its columns are absent", () => {
    const noBuildings = records({ schools: primarySchool().schools, students: primarySchool().students });
    const fewColumns = { ...records(primarySchool()), omit: { buildings: ["totalArea", "teaching.total", "dangerous"] } };
    for (const r of BUILDING_RULES) {
      expect(runRule(r, noBuildings)).toEqual([]);
      expect(runRule(r, fewColumns)).toEqual([]);
    }
  });
});

describe("512-01 teaching rooms against their total", () => {
  it("reports parts that do not add up", () => {
    const input = records(withCells(primarySchool(), { buildings: { "teaching.total": 1300, totalArea: 2100 } }));
    const findings = runRule(rule("512-01"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "512-01", severity: "error", schoolId: CODE_A, sheet: "校舍" });
    expect(findings[0].cells).toEqual(addressesOf(input, "buildings", [...ROOMS, "teaching.total"]));
    expect(findings[0].message).toBe("教学及辅助用房各项之和 1200 ㎡ 与合计 1300 ㎡ 不相等");
  });

  it("accepts a difference within the area tolerance and reports one beyond it", () => {
    const within = records(withCells(primarySchool(), { buildings: { "teaching.classrooms": 800.01 } }));
    expect(runRule(rule("512-01"), within)).toEqual([]);
    const beyond = records(withCells(primarySchool(), { buildings: { "teaching.classrooms": 800.02 } }));
    expect(runRule(rule("512-01"), beyond)[0].message).toContain("1200.02 ㎡");
  });
});

describe("512-02 the four groups against 校舍建筑面积", () => {
  it("reports groups that do not add up to the total", () => {
    const input = records(withCells(juniorSchool(), { buildings: { living: 900 } }));
    const findings = runRule(rule("512-02"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "512-02", severity: "error" });
    expect(findings[0].cells).toEqual(addressesOf(input, "buildings", ["teaching.total", "admin", "living", "other", "totalArea"]));
    expect(findings[0].message).toContain("3100 ㎡");
    expect(findings[0].message).toContain("3000 ㎡");
  });

  it("checks nothing when only 教学及辅助用房 is filled", () => {
    const input = records(withCells(primarySchool(), { buildings: { admin: null, living: null, other: null } }));
    expect(runRule(rule("512-02"), input)).toEqual([]);
  });
});

describe("512-03 危房", () => {
  it("reports 危房 above the total as an error", () => {
    const input = records(withCells(primarySchool(), { buildings: { dangerous: 2500 } }));
    const findings = runRule(rule("512-03"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "512-03", severity: "error" });
    expect(findings[0].cells).toEqual(addressesOf(input, "buildings", ["dangerous", "totalArea"]));
    expect(findings[0].message).toBe("其中危房 2500 ㎡ 大于校舍建筑面积合计 2000 ㎡");
  });

  it("warns about any 危房 within the total", () => {
    const input = records(withCells(nineYearSchool(), { buildings: { dangerous: 300 } }));
    const findings = runRule(rule("512-03"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "512-03", severity: "warning" });
    expect(findings[0].cells).toEqual(addressesOf(input, "buildings", ["dangerous"]));
    expect(findings[0].message).toContain("300 ㎡");
  });
});

describe("512-04 students but no building area", () => {
  it("reports a school with students and no area", () => {
    const input = records(withCells(primarySchool(), { buildings: { totalArea: 0 } }));
    const findings = runRule(rule("512-04"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "512-04", severity: "error", sheet: "校舍", schoolId: CODE_A });
    expect(findings[0].cells).toEqual(addressesOf(input, "buildings", ["totalArea"]));
    expect(findings[0].message).toBe("学校有在校生 180 人，但校舍建筑面积合计为 0");
  });

  it("counts all stages and treats an empty area as none", () => {
    const input = records(withCells(nineYearSchool(), { buildings: { totalArea: null } }));
    const [finding] = runRule(rule("512-04"), input);
    expect(finding.message).toBe("学校有在校生 315 人，但校舍建筑面积合计未填写");
  });

  it("skips schools without a buildings row, and schools without students", () => {
    const school = primarySchool();
    expect(runRule(rule("512-04"), records({ schools: school.schools, students: school.students }))).toEqual([]);
    const noStudents = withCells(school, { students: { "primary.total": 0 }, buildings: { totalArea: 0 } });
    expect(runRule(rule("512-04"), records(noStudents))).toEqual([]);
  });
});
