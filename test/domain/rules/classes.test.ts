import { CLASS_RULES } from "../../../src/domain/rules/classes";
import { CODE_A, primarySchool, records, runRule, withCells } from "../../helpers/register";
import { addressesOf, juniorSchool, nineYearSchool } from "../../helpers/stageSchools";
import { ruleOf } from "../../helpers/rules";

const rule = (id: string) => ruleOf(CLASS_RULES, id);

describe("基础基212 class rules", () => {
  it("defines 212-01..06 with the texts trainers need", () => {
    expect(CLASS_RULES.map((r) => r.id)).toEqual(["212-01", "212-02", "212-03", "212-04", "212-05", "212-06"]);
    for (const r of CLASS_RULES) {
      expect(r.table).toBe("基础基212");
      for (const text of [r.title, r.explanation, r.example, r.fix]) expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("finds nothing in consistent 小学, 九年一贯制 and 初级中学 records", () => {
    const input = records(primarySchool(), nineYearSchool(), juniorSchool());
    for (const r of CLASS_RULES) expect(runRule(r, input)).toEqual([]);
  });

  it("never throws when the students sheet or its columns are absent", () => {
    const noStudents = records({ schools: primarySchool().schools });
    const fewColumns = { ...records(primarySchool()), omit: { students: ["primary.total", "primary.classes", "primary.band26", "junior.total"] } };
    for (const r of CLASS_RULES) {
      expect(runRule(r, noStudents)).toEqual([]);
      expect(runRule(r, fewColumns)).toEqual([]);
    }
  });
});

describe("212-01 classes without students, students without classes", () => {
  it("reports classes whose stage total is 0", () => {
    const input = records(withCells(primarySchool(), { students: { "junior.classes": 2 } }));
    const findings = runRule(rule("212-01"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "212-01", severity: "error", schoolId: CODE_A, sheet: "学生与班级" });
    expect(findings[0].cells).toEqual(addressesOf(input, "students", ["junior.classes", "junior.total"]));
    expect(findings[0].message).toContain("初中有 2 个班");
  });

  it("reports students whose classes cell is empty", () => {
    const input = records(withCells(primarySchool(), { students: { "primary.classes": null } }));
    const [finding] = runRule(rule("212-01"), input);
    expect(finding.cells).toEqual(addressesOf(input, "students", ["primary.classes", "primary.total"]));
    expect(finding.message).toBe("小学有在校生 180 人，但班数未填写");
  });

  it("leaves unreadable cells to the hygiene rules", () => {
    const input = records(withCells(primarySchool(), { students: { "primary.classes": "约6" } }));
    expect(runRule(rule("212-01"), input)).toEqual([]);
  });
});

describe("212-02 class-size bands against classes", () => {
  it("reports bands that do not add up to the classes", () => {
    const input = records(withCells(primarySchool(), { students: { "primary.band26": 5 } }));
    const findings = runRule(rule("212-02"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "212-02", severity: "error" });
    const bands = ["band25", "band26", "band36", "band46", "band56", "band66"].map((b) => `primary.${b}`);
    expect(findings[0].cells).toEqual(addressesOf(input, "students", [...bands, "primary.classes"]));
    expect(findings[0].message).toBe("小学各班额分组班数之和 5 与班数 6 不相等");
  });

  it("checks nothing when no band is filled", () => {
    const input = records(withCells(primarySchool(), { students: { "primary.band26": null } }));
    expect(runRule(rule("212-02"), input)).toEqual([]);
  });
});

describe("212-03 students within what the bands allow", () => {
  it("reports too few students for the bands", () => {
    const input = records(withCells(primarySchool(), { students: { "primary.total": 120 } }));
    const findings = runRule(rule("212-03"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "212-03", severity: "error" });
    expect(findings[0].cells).toEqual(addressesOf(input, "students", ["primary.band26", "primary.total"]));
    expect(findings[0].message).toBe("小学在校生合计 120 人，按班额分组应在 156–210 人之间");
  });

  it("reports too many students for the junior bands", () => {
    const input = records(withCells(juniorSchool(), { students: { "junior.total": 170 } }));
    const [finding] = runRule(rule("212-03"), input);
    expect(finding.cells).toEqual(addressesOf(input, "students", ["junior.band46", "junior.total"]));
    expect(finding.message).toContain("170");
    expect(finding.message).toContain("138–165");
  });

  it("has no upper bound once a 66+ class is reported", () => {
    const many = records(withCells(primarySchool(), { students: { "primary.band26": 5, "primary.band66": 1, "primary.total": 400 } }));
    expect(runRule(rule("212-03"), many)).toEqual([]);
    const few = records(withCells(primarySchool(), { students: { "primary.band26": 5, "primary.band66": 1, "primary.total": 150 } }));
    expect(runRule(rule("212-03"), few)[0].message).toBe("小学在校生合计 150 人，按班额分组应不少于 196 人");
  });
});

describe("212-04 大班额 and 212-05 超大班额", () => {
  it("warns about classes of 56–65", () => {
    const input = records(withCells(nineYearSchool(), { students: { "junior.band36": 2, "junior.band56": 1 } }));
    const findings = runRule(rule("212-04"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "212-04", severity: "warning" });
    expect(findings[0].cells).toEqual(addressesOf(input, "students", ["junior.band56"]));
    expect(findings[0].message).toBe("初中有 1 个 56-65人 的大班额班级");
  });

  it("reports classes of 66 or more as errors", () => {
    const input = records(withCells(primarySchool(), { students: { "primary.band26": 4, "primary.band66": 2 } }));
    const findings = runRule(rule("212-05"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "212-05", severity: "error" });
    expect(findings[0].cells).toEqual(addressesOf(input, "students", ["primary.band66"]));
    expect(findings[0].message).toContain("2 个 66人及以上");
  });
});

describe("212-06 stages against the school type", () => {
  it("reports 初中 students in a 小学 as an error", () => {
    const input = records(withCells(primarySchool(), { students: { "junior.total": 45 } }));
    const findings = runRule(rule("212-06"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "212-06", severity: "error", sheet: "学生与班级" });
    expect(findings[0].cells).toEqual(addressesOf(input, "students", ["junior.total"]));
    expect(findings[0].message).toBe("办学类型为小学，但填有初中在校生 45 人");
  });

  it("reports 小学 students in a 完全中学 as an error", () => {
    const input = records(withCells(juniorSchool(), { schools: { type: "完全中学" }, students: { "primary.total": 30 } }));
    const [finding] = runRule(rule("212-06"), input);
    expect(finding.severity).toBe("error");
    expect(finding.cells).toEqual(addressesOf(input, "students", ["primary.total"]));
    expect(finding.message).toContain("30");
  });

  it("warns when a 九年一贯制学校 has an empty stage", () => {
    const input = records(withCells(nineYearSchool(), { students: { "junior.total": 0 } }));
    const findings = runRule(rule("212-06"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "212-06", severity: "warning" });
    expect(findings[0].cells).toEqual(addressesOf(input, "students", ["junior.total"]));
    expect(findings[0].message).toBe("办学类型为九年一贯制学校，但初中在校生为 0");
  });

  it("skips schools without a type", () => {
    const input = records(withCells(primarySchool(), { schools: { type: null }, students: { "junior.total": 45 } }));
    expect(runRule(rule("212-06"), input)).toEqual([]);
  });
});
