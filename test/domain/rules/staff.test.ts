import { findingMessage } from "../../../src/domain/rules/registry";
import { STAFF_RULES } from "../../../src/domain/rules/staff";
import { CODE_A, primarySchool, records, runRule, withCells } from "../../helpers/register";
import { addressesOf, CODE_NINE_YEAR, juniorSchool, nineYearSchool } from "../../helpers/stageSchools";
import { ruleOf } from "../../helpers/rules";

const rule = (id: string) => ruleOf(STAFF_RULES, id);
const EDU = ["postgrad", "bachelor", "associate", "highSchool", "belowHigh"];
const TITLES = ["fullSenior", "viceSenior", "intermediate", "assistant", "junior", "none"];

describe("基础基422 staff rules", () => {
  it("defines 422-01..06 with the texts trainers need", () => {
    expect(STAFF_RULES.map((r) => r.id)).toEqual(["422-01", "422-02", "422-03", "422-04", "422-05", "422-06"]);
    for (const r of STAFF_RULES) {
      expect(r.table).toBe("基础基422");
      for (const text of [r.title, r.explanation, r.example, r.fix]) expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("finds nothing in consistent 小学, 九年一贯制 and 初级中学 records", () => {
    const input = records(primarySchool(), nineYearSchool(), juniorSchool());
    for (const r of STAFF_RULES) expect(runRule(r, input)).toEqual([]);
  });

  it("never throws when the staff sheet or its columns are absent", () => {
    const noStaff = records({ schools: primarySchool().schools, students: primarySchool().students });
    const fewColumns = { ...records(nineYearSchool()), omit: { staff: ["staffTotal", "primary.fullTime", "junior.fullTime"] } };
    for (const r of STAFF_RULES) {
      expect(runRule(r, noStaff)).toEqual([]);
      expect(runRule(r, fewColumns)).toEqual([]);
    }
  });
});

describe("422-01 full-time teachers within 教职工", () => {
  it("reports both stages' teachers above the staff total", () => {
    const input = records(withCells(nineYearSchool(), { staff: { staffTotal: 20 } }));
    const findings = runRule(rule("422-01"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "422-01", severity: "error", schoolId: CODE_NINE_YEAR, sheet: "教职工" });
    expect(findings[0].cells).toEqual(addressesOf(input, "staff", ["staffTotal", "primary.fullTime", "junior.fullTime"]));
    expect(findings[0].message).toBe("小学与初中专任教师合计 22 人多于教职工数 20 人");
  });
});

describe("422-02 qualifications and 422-03 titles against teachers", () => {
  it("reports a qualification breakdown that does not add up", () => {
    const input = records(withCells(primarySchool(), { staff: { "primary.edu.associate": 4 } }));
    const findings = runRule(rule("422-02"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "422-02", severity: "error", schoolId: CODE_A });
    expect(findings[0].cells).toEqual(addressesOf(input, "staff", [...EDU.map((k) => `primary.edu.${k}`), "primary.fullTime"]));
    expect(findings[0].message).toBe("小学专任教师按学历分列之和 10 与专任教师数 11 不相等");
  });

  it("reports a 初中 title breakdown that does not add up", () => {
    const input = records(withCells(juniorSchool(), { staff: { "junior.title.junior": null } }));
    const findings = runRule(rule("422-03"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "422-03", severity: "error" });
    expect(findings[0].cells).toEqual(addressesOf(input, "staff", [...TITLES.map((k) => `junior.title.${k}`), "junior.fullTime"]));
    expect(findings[0].message).toBe("初中专任教师按职称分列之和 11 与专任教师数 12 不相等");
  });

  it("checks nothing when no breakdown is filled", () => {
    const input = records(withCells(juniorSchool(), { staff: Object.fromEntries(TITLES.map((k) => [`junior.title.${k}`, null])) }));
    expect(runRule(rule("422-03"), input)).toEqual([]);
  });
});

describe("422-04 骨干, 体育 and 艺术 teachers within the stage's teachers", () => {
  it("reports each offending field once", () => {
    const input = records(withCells(primarySchool(), { staff: { "primary.peTeachers": 12, "primary.artTeachers": 13 } }));
    const findings = runRule(rule("422-04"), input);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["422-04", "error"], ["422-04", "error"]]);
    expect(findings[0].cells).toEqual(addressesOf(input, "staff", ["primary.peTeachers", "primary.fullTime"]));
    expect(findings[0].message).toBe("小学体育专任教师 12 人多于小学专任教师 11 人");
    expect(findings[1].cells).toEqual(addressesOf(input, "staff", ["primary.artTeachers", "primary.fullTime"]));
    expect(findings[1].message).toContain("13");
  });
});

describe("422-05 a stage with students but no teachers", () => {
  it("reports the empty stage on the staff sheet", () => {
    const input = records(withCells(nineYearSchool(), { staff: { "junior.fullTime": 0, staffTotal: 25 } }));
    const findings = runRule(rule("422-05"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "422-05", severity: "error", sheet: "教职工", schoolId: CODE_NINE_YEAR });
    expect(findings[0].cells).toEqual(addressesOf(input, "staff", ["junior.fullTime"]));
    expect(findings[0].message).toBe("初中有在校生 120 人，但初中专任教师为 0");
  });

  it("treats an empty teacher cell as none", () => {
    const input = records(withCells(primarySchool(), { staff: { "primary.fullTime": null } }));
    const [finding] = runRule(rule("422-05"), input);
    expect(finding.cells).toEqual(addressesOf(input, "staff", ["primary.fullTime"]));
    expect(finding.message).toContain("180");
  });

  it("skips schools without a staff row", () => {
    const school = primarySchool();
    const input = records({ schools: school.schools, students: school.students });
    expect(runRule(rule("422-05"), input)).toEqual([]);
  });
});

describe("422-06 teachers below the required qualification", () => {
  it("warns about 小学 teachers below 高中", () => {
    const input = records(withCells(primarySchool(), { staff: { "primary.edu.associate": 3, "primary.edu.belowHigh": 2 } }));
    const findings = runRule(rule("422-06"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "422-06", severity: "warning" });
    expect(findings[0].cells).toEqual(addressesOf(input, "staff", ["primary.edu.belowHigh"]));
    expect(findings[0].message).toContain("小学有 2 名专任教师");
  });

  it("warns about 初中 teachers with 高中 or less, naming both groups", () => {
    const input = records(withCells(juniorSchool(), { staff: { "junior.edu.bachelor": 6, "junior.edu.highSchool": 2, "junior.edu.belowHigh": 1 } }));
    const [finding, ...rest] = runRule(rule("422-06"), input);
    expect(rest).toEqual([]);
    expect(finding.cells).toEqual(addressesOf(input, "staff", ["junior.edu.highSchool", "junior.edu.belowHigh"]));
    expect(finding.message).toBe("初中有 3 名专任教师学历未达到专科及以上的要求（高中(中专、中师) 2 人、高中以下 1 人）");
    expect(finding.params).toEqual({ stage: "junior", total: 3, counts: "highSchool:2,belowHigh:1" });
    expect(findingMessage(finding, "en-US")).toBe(
      "Junior secondary: 3 full-time teachers below the required qualification, junior college or above (senior secondary 2, below senior secondary 1)",
    );
  });

  it("accepts 高中 (中师) teachers in 小学", () => {
    expect(runRule(rule("422-06"), records(nineYearSchool()))).toEqual([]);
  });
});
