import { STUDENT_RULES } from "../../../src/domain/rules/students";
import { CODE_A, primarySchool, records, runRule, withCells } from "../../helpers/register";
import { addressesOf, juniorSchool, nineYearSchool } from "../../helpers/stageSchools";
import { ruleOf } from "../../helpers/rules";

const rule = (id: string) => ruleOf(STUDENT_RULES, id);
const PRIMARY_GRADES = [1, 2, 3, 4, 5, 6].map((g) => `primary.grade${g}`);
const JUNIOR_GRADES = [1, 2, 3].map((g) => `junior.grade${g}`);

describe("基础基312/313 student rules", () => {
  it("defines 312-01..04 and 313-01..04 with the texts trainers need", () => {
    expect(STUDENT_RULES.map((r) => r.id)).toEqual(["312-01", "312-02", "312-03", "312-04", "313-01", "313-02", "313-03", "313-04"]);
    for (const r of STUDENT_RULES) {
      expect(r.table).toBe(r.id.startsWith("312") ? "基础基312" : "基础基313");
      for (const text of [r.title, r.explanation, r.example, r.fix]) expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(rule("312-03").explanation).toContain("留级");
    expect(rule("313-03").title).toContain("七年级");
    expect(rule("313-04").title).toContain("九年级");
  });

  it("finds nothing in consistent 小学, 九年一贯制 and 初级中学 records", () => {
    const input = records(primarySchool(), nineYearSchool(), juniorSchool());
    for (const r of STUDENT_RULES) expect(runRule(r, input)).toEqual([]);
  });

  it("never throws when the students sheet or its columns are absent", () => {
    const noStudents = records({ schools: primarySchool().schools });
    const fewColumns = { ...records(nineYearSchool()), omit: { students: ["primary.total", "junior.total", "junior.grade1", "primary.expectedGraduates"] } };
    for (const r of STUDENT_RULES) {
      expect(runRule(r, noStudents)).toEqual([]);
      expect(runRule(r, fewColumns)).toEqual([]);
    }
  });
});

describe("312-01 / 313-01 grades against the stage total", () => {
  it("reports 小学 grades that do not add up", () => {
    const input = records(withCells(primarySchool(), { students: { "primary.grade6": 28, "primary.entrants": 30, "primary.expectedGraduates": 28 } }));
    const findings = runRule(rule("312-01"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "312-01", severity: "error", schoolId: CODE_A });
    expect(findings[0].cells).toEqual(addressesOf(input, "students", [...PRIMARY_GRADES, "primary.total"]));
    expect(findings[0].message).toBe("小学各年级人数之和 178 与合计 180 不相等");
  });

  it("reports 初中 grades that do not add up, under 313-01 only", () => {
    const input = records(withCells(juniorSchool(), { students: { "junior.total": 145 } }));
    const findings = runRule(rule("313-01"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "313-01", severity: "error" });
    expect(findings[0].cells).toEqual(addressesOf(input, "students", [...JUNIOR_GRADES, "junior.total"]));
    expect(findings[0].message).toBe("初中各年级人数之和 144 与合计 145 不相等");
    expect(runRule(rule("312-01"), input)).toEqual([]);
  });

  it("checks nothing when no grade is filled, or a grade is unreadable", () => {
    const noGrades = records(withCells(juniorSchool(), { students: { "junior.grade1": null, "junior.grade2": null, "junior.grade3": null } }));
    expect(runRule(rule("313-01"), noGrades)).toEqual([]);
    const unreadable = records(withCells(juniorSchool(), { students: { "junior.grade2": "四十八" } }));
    expect(runRule(rule("313-01"), unreadable)).toEqual([]);
  });
});

describe("312-02 / 313-02 女生 and 少数民族 within the total", () => {
  it("reports each part greater than the total", () => {
    const input = records(withCells(primarySchool(), { students: { "primary.female": 190, "primary.minority": 200 } }));
    const findings = runRule(rule("312-02"), input);
    expect(findings).toHaveLength(2);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["312-02", "error"], ["312-02", "error"]]);
    expect(findings[0].cells).toEqual(addressesOf(input, "students", ["primary.female", "primary.total"]));
    expect(findings[0].message).toBe("小学其中女生 190 人多于在校生合计 180 人");
    expect(findings[1].cells).toEqual(addressesOf(input, "students", ["primary.minority", "primary.total"]));
    expect(findings[1].message).toContain("200");
  });

  it("reports 初中 少数民族 over the total", () => {
    const input = records(withCells(juniorSchool(), { students: { "junior.minority": 150 } }));
    const [finding, ...rest] = runRule(rule("313-02"), input);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: "313-02", severity: "error" });
    expect(finding.cells).toEqual(addressesOf(input, "students", ["junior.minority", "junior.total"]));
    expect(finding.message).toBe("初中其中少数民族 150 人多于在校生合计 144 人");
  });
});

describe("312-03 / 313-03 entrants against the first grade", () => {
  it("warns when 小学 entrants differ from 一年级", () => {
    const input = records(withCells(primarySchool(), { students: { "primary.entrants": 32 } }));
    const findings = runRule(rule("312-03"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "312-03", severity: "warning" });
    expect(findings[0].cells).toEqual(addressesOf(input, "students", ["primary.entrants", "primary.grade1"]));
    expect(findings[0].message).toBe("小学招生数 32 与一年级在校生 30 不相等");
  });

  it("warns when 初中 entrants differ from 七年级", () => {
    const input = records(withCells(nineYearSchool(), { students: { "junior.entrants": 42 } }));
    const [finding] = runRule(rule("313-03"), input);
    expect(finding).toMatchObject({ rule: "313-03", severity: "warning" });
    expect(finding.cells).toEqual(addressesOf(input, "students", ["junior.entrants", "junior.grade1"]));
    expect(finding.message).toBe("初中招生数 42 与七年级在校生 40 不相等");
  });

  it("skips when either value is empty", () => {
    const input = records(withCells(primarySchool(), { students: { "primary.entrants": null } }));
    expect(runRule(rule("312-03"), input)).toEqual([]);
  });
});

describe("312-04 / 313-04 top grade against expected graduates", () => {
  it("warns when 六年级 differs from expected graduates", () => {
    const input = records(withCells(primarySchool(), { students: { "primary.expectedGraduates": 28 } }));
    const findings = runRule(rule("312-04"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "312-04", severity: "warning" });
    expect(findings[0].cells).toEqual(addressesOf(input, "students", ["primary.grade6", "primary.expectedGraduates"]));
    expect(findings[0].message).toBe("六年级在校生 30 与预计毕业生数 28 不相等");
  });

  it("warns when 九年级 differs from expected graduates", () => {
    const input = records(withCells(juniorSchool(), { students: { "junior.expectedGraduates": 48 } }));
    const [finding] = runRule(rule("313-04"), input);
    expect(finding).toMatchObject({ rule: "313-04", severity: "warning" });
    expect(finding.cells).toEqual(addressesOf(input, "students", ["junior.grade3", "junior.expectedGraduates"]));
    expect(finding.message).toBe("九年级在校生 46 与预计毕业生数 48 不相等");
  });

  it("produces nothing for a stage with total 0 and empty grades", () => {
    const input = records(withCells(primarySchool(), { students: { "junior.entrants": 0, "junior.expectedGraduates": 0 } }));
    for (const r of STUDENT_RULES) expect(runRule(r, input)).toEqual([]);
  });
});
