import { HYGIENE_RULES } from "../../../src/domain/rules/hygiene";
import { CODE_A, CODE_B, primarySchool, records, runRule, withCells } from "../../helpers/register";
import { ruleOf } from "../../helpers/rules";
import { village } from "../../helpers/villageRecords";

const rule = (id: string) => ruleOf(HYGIENE_RULES, id);
const twoSchools = records(primarySchool(), primarySchool(CODE_B, "第二小学"), village());

describe("clean baseline", () => {
  it.each(HYGIENE_RULES.map((r) => r.id))("%s finds nothing in two consistent schools and a village", (id) => {
    expect(runRule(rule(id), twoSchools)).toEqual([]);
  });
});

describe("D01 unreadable numbers", () => {
  it("quotes the text it could not read", () => {
    const findings = runRule(rule("D01"), records(withCells(primarySchool(), { facilities: { computers: "约50" } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "D01", severity: "error", sheet: "场地与装备", cells: ["G2"], schoolId: CODE_A, schoolName: "测试小学" });
    expect(findings[0].message).toBe("「计算机」填写了「约50」，不能识别为数字");
  });

  it("rejects a unit it does not know", () => {
    const findings = runRule(rule("D01"), records(withCells(primarySchool(), { facilities: { siteArea: "6000亩" } })));
    expect(findings.map((f) => f.cells)).toEqual([["C2"]]);
    expect(findings[0].message).toContain("6000亩");
  });
});

describe("D02 untidy numbers", () => {
  it("says what value was used", () => {
    const findings = runRule(rule("D02"), records(withCells(primarySchool(), { facilities: { books: "5,400册" } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "D02", severity: "warning", sheet: "场地与装备", cells: ["F2"] });
    expect(findings[0].message).toContain("「图书」填写了「5,400册」");
    expect(findings[0].message).toContain("5400 册");
  });

  it("shows money with a unit in the cell in 元", () => {
    const findings = runRule(rule("D02"), records(withCells(primarySchool(), { facilities: { equipmentValue: "12万元" } })));
    expect(findings.map((f) => f.cells)).toEqual([["J2"]]);
    expect(findings[0].message).toContain("120000 元");
  });

  it("reports full-width digits", () => {
    const findings = runRule(rule("D02"), records(withCells(primarySchool(), { students: { "primary.grade1": "３０" } })));
    expect(findings.map((f) => [f.sheet, f.cells])).toEqual([["学生与班级", ["C3"]]]);
    expect(findings[0].message).toContain("30 人");
  });
});

describe("D03 words for zero", () => {
  it("reads 无 as 0 and says so", () => {
    const findings = runRule(rule("D03"), records(withCells(primarySchool(), { buildings: { dangerous: "无" } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "D03", severity: "warning", sheet: "校舍", cells: ["D3"] });
    expect(findings[0].message).toContain("「其中危房」填写了「无」");
    expect(findings[0].message).toContain("0");
  });
});

describe("D04 negative values", () => {
  it("reports a negative count", () => {
    const findings = runRule(rule("D04"), records(withCells(primarySchool(), { students: { "primary.grade3": -30 } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "D04", severity: "error", sheet: "学生与班级", cells: ["E3"] });
    expect(findings[0].message).toContain("「小学三年级」为 -30");
  });

  it("shows a negative amount in the column's own 万元", () => {
    const findings = runRule(rule("D04"), records(withCells(primarySchool(), { facilities: { equipmentValue: -12 } })));
    expect(findings.map((f) => f.cells)).toEqual([["J2"]]);
    expect(findings[0].message).toContain("-12 万元");
  });

  it("leaves zero alone", () => {
    expect(runRule(rule("D04"), records(withCells(primarySchool(), { buildings: { dangerous: 0 } })))).toEqual([]);
  });
});

describe("D05 fractional counts", () => {
  it("reports a fraction in a count", () => {
    const findings = runRule(rule("D05"), records(withCells(primarySchool(), { staff: { "primary.fullTime": 11.5 } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "D05", severity: "error", sheet: "教职工", cells: ["D3"] });
    expect(findings[0].message).toContain("「小学专任教师」为 11.5");
  });

  it("allows fractions in areas and money", () => {
    const school = withCells(primarySchool(), { buildings: { admin: 200.5 }, facilities: { equipmentValue: 12.35 } });
    expect(runRule(rule("D05"), records(school))).toEqual([]);
  });
});

describe("D06 Excel error values", () => {
  it("quotes the error", () => {
    const findings = runRule(rule("D06"), records(withCells(primarySchool(), { students: { "primary.total": { error: "#DIV/0!" } } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "D06", severity: "error", sheet: "学生与班级", cells: ["I3"] });
    expect(findings[0].message).toContain("「小学在校生合计」");
    expect(findings[0].message).toContain("#DIV/0!");
  });
});

describe("D07 required values", () => {
  it("reports a missing required column once, naming sheet and field", () => {
    const findings = runRule(rule("D07"), { ...records(primarySchool()), omit: { students: ["primary.classes"] } });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "D07", severity: "error", sheet: "学生与班级", cells: [], schoolId: null });
    expect(findings[0].message).toContain("学生与班级");
    expect(findings[0].message).toContain("小学班数");
  });

  it("reports an empty required cell", () => {
    const findings = runRule(rule("D07"), records(withCells(primarySchool(), { students: { "primary.classes": null } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "D07", sheet: "学生与班级", cells: ["N3"], schoolId: CODE_A });
    expect(findings[0].message).toContain("「小学班数」未填写");
  });

  it("reports an empty school code", () => {
    const findings = runRule(rule("D07"), records(primarySchool(), withCells(primarySchool(CODE_B, "第二小学"), { staff: { code: null } })));
    expect(findings.map((f) => [f.sheet, f.cells, f.schoolId])).toEqual([["教职工", ["A4"], null]]);
    expect(findings[0].message).toContain("学校标识码");
  });

  it("leaves an empty 城乡分类 to 111-04 and unreadable cells to their own rules", () => {
    const school = withCells(primarySchool(), { schools: { urbanRural: null }, students: { "primary.total": "约180", "primary.classes": "#N/A" } });
    expect(runRule(rule("D07"), records(school))).toEqual([]);
  });

  it("ignores empty optional cells", () => {
    expect(runRule(rule("D07"), records(withCells(primarySchool(), { facilities: { computers: null }, schools: { boarding: null } })))).toEqual([]);
  });
});

describe("D08 school codes", () => {
  it("warns about a code that is not 10 digits", () => {
    const findings = runRule(rule("D08"), records(withCells(primarySchool(), { schools: { code: "532822001" } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "D08", severity: "warning", sheet: "学校基本情况", cells: ["A2"] });
    expect(findings[0].message).toContain("532822001");
  });

  it("checks the parent code too", () => {
    const point = withCells(primarySchool(CODE_B, "勐往村教学点"), { schools: { type: "小学教学点", parentCode: "53282200" } });
    const findings = runRule(rule("D08"), records(primarySchool(), point));
    expect(findings.map((f) => [f.sheet, f.cells, f.severity])).toEqual([["学校基本情况", ["H3"], "warning"]]);
    expect(findings[0].message).toContain("「上级学校标识码」为「53282200」");
  });

  it("reports a code on two rows of one sheet once, with both cells", () => {
    const findings = runRule(rule("D08"), records(primarySchool(), primarySchool(CODE_A, "第二小学")));
    const onSchools = findings.filter((f) => f.sheet === "学校基本情况");
    expect(onSchools).toHaveLength(1);
    expect(onSchools[0]).toMatchObject({ rule: "D08", severity: "error", cells: ["A2", "A3"], schoolId: CODE_A });
    expect(onSchools[0].message).toContain(CODE_A);
    expect(onSchools[0].message).toContain("2 次");
    expect(findings.map((f) => f.sheet).sort()).toEqual(["场地与装备", "学校基本情况", "学生与班级", "教职工", "校舍"].sort());
  });

  it("accepts a code typed as a number", () => {
    expect(runRule(rule("D08"), records(withCells(primarySchool(), { schools: { code: 5328220001 } })))).toEqual([]);
  });
});

describe("D09 values outside the allowed list", () => {
  it("lists the allowed values", () => {
    const findings = runRule(rule("D09"), records(withCells(primarySchool(), { schools: { type: "村小" } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "D09", severity: "error", sheet: "学校基本情况", cells: ["C2"] });
    expect(findings[0].message).toContain("「办学类型」填写了「村小」");
    expect(findings[0].message).toContain("小学、小学教学点、初级中学");
  });

  it("accepts the aliases the dictionary knows", () => {
    expect(runRule(rule("D09"), records(withCells(primarySchool(), { schools: { type: "教学点", urbanRural: "220", boarding: "N" } })))).toEqual([]);
  });
});

describe("D10 implausible magnitudes", () => {
  it("warns about equipment entered in 元 in the 万元 column", () => {
    const findings = runRule(rule("D10"), records(withCells(primarySchool(), { facilities: { equipmentValue: 120000 } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "D10", severity: "warning", sheet: "场地与装备", cells: ["J2"] });
    expect(findings[0].message).toContain("6666666.67 元");
    expect(findings[0].message).toContain("180 名学生");
    expect(findings[0].message).toContain("万元");
  });

  it("warns about a per-student value below 1 元", () => {
    const findings = runRule(rule("D10"), records(withCells(primarySchool(), { facilities: { equipmentValue: 0.01 } })));
    expect(findings.map((f) => f.cells)).toEqual([["J2"]]);
    expect(findings[0].message).toContain("0.56 元");
  });

  it("does not take a zero value for a unit slip", () => {
    expect(runRule(rule("D10"), records(withCells(primarySchool(), { facilities: { equipmentValue: 0 } })))).toEqual([]);
  });

  it("warns about an average class over 100", () => {
    const findings = runRule(rule("D10"), records(withCells(primarySchool(), { students: { "primary.classes": 1 } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "D10", severity: "warning", sheet: "学生与班级", cells: ["I3", "N3"] });
    expect(findings[0].message).toContain("小学平均班额 180 人");
  });

  it("skips a school with no students", () => {
    const empty = withCells(primarySchool(), { students: { "primary.total": 0, "primary.classes": 0 } });
    expect(runRule(rule("D10"), records(empty))).toEqual([]);
  });
});

describe("robustness", () => {
  it.each(HYGIENE_RULES.map((r) => r.id))("%s does not throw on a register with only a village sheet", (id) => {
    expect(() => runRule(rule(id), records(village("空村", { primaryAge: null })))).not.toThrow();
  });
});

describe("D07 asks for per-stage values only of the stages a school type runs", () => {
  it("a 小学 may leave its 初中 cells empty, a school of unknown type may not", () => {
    const d07 = rule("D07");
    const blankJunior = { students: { "junior.total": null, "junior.classes": null }, staff: { "junior.fullTime": null } };
    expect(runRule(d07, records(withCells(primarySchool(), blankJunior)))).toEqual([]);
    const otherType = withCells(primarySchool(), { ...blankJunior, schools: { type: "其他" } });
    expect(runRule(d07, records(otherType)).map((f) => f.message)).toEqual([
      expect.stringContaining("初中在校生合计"),
      expect.stringContaining("初中班数"),
      expect.stringContaining("初中专任教师"),
    ]);
  });
});
