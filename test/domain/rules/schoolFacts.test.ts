import { SCHOOL_FACT_RULES } from "../../../src/domain/rules/schoolFacts";
import { CODE_A, CODE_B, primarySchool, records, runRule, withCells } from "../../helpers/register";
import { ruleOf } from "../../helpers/rules";

const rule = (id: string) => ruleOf(SCHOOL_FACT_RULES, id);

/** The second school of these registers sits on row 3 of 学校基本情况 (C = 办学类型, D = 举办者, G = 是否计校数, H = 上级学校标识码). */
function withSecond(changes: Record<string, string | null>) {
  return records(primarySchool(), withCells(primarySchool(CODE_B, "勐往村教学点"), { schools: changes }));
}

describe("clean baseline", () => {
  it.each(SCHOOL_FACT_RULES.map((r) => r.id))("%s finds nothing in two consistent schools", (id) => {
    expect(runRule(rule(id), records(primarySchool(), primarySchool(CODE_B, "第二小学")))).toEqual([]);
  });
});

describe("111-01 parent code of teaching points and 不计校数 records", () => {
  it("accepts a teaching point whose parent is on the sheet", () => {
    expect(runRule(rule("111-01"), withSecond({ type: "小学教学点", countsAsSchool: "否", parentCode: CODE_A }))).toEqual([]);
  });

  it("reports a teaching point without a parent code", () => {
    const findings = runRule(rule("111-01"), withSecond({ type: "小学教学点" }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "111-01", severity: "error", sheet: "学校基本情况", cells: ["H3", "C3"], schoolId: CODE_B });
    expect(findings[0].message).toContain("小学教学点");
    expect(findings[0].message).toContain("「上级学校标识码」未填写");
  });

  it("reports a 不计校数 record pointing at itself", () => {
    const findings = runRule(rule("111-01"), withSecond({ countsAsSchool: "否", parentCode: CODE_B }));
    expect(findings.map((f) => f.cells)).toEqual([["H3", "G3"]]);
    expect(findings[0].message).toContain("不计校数");
    expect(findings[0].message).toContain(`「${CODE_B}」就是本校自己的标识码`);
  });

  it("reports a parent code of the wrong length", () => {
    const findings = runRule(rule("111-01"), withSecond({ type: "小学教学点", parentCode: "532822" }));
    expect(findings.map((f) => f.cells)).toEqual([["H3", "C3"]]);
    expect(findings[0].message).toContain("「532822」，不是 10 位数字");
  });

  it("reports a parent that is not on the sheet", () => {
    const findings = runRule(rule("111-01"), withSecond({ type: "小学教学点", parentCode: "5328229999" }));
    expect(findings.map((f) => f.cells)).toEqual([["H3", "C3"]]);
    expect(findings[0].message).toContain("「5328229999」在「学校基本情况」中找不到");
  });

  it("still points at the type when the sheet has no parent-code column", () => {
    const input = { ...withSecond({ type: "小学教学点" }), omit: { schools: ["parentCode"] } };
    expect(runRule(rule("111-01"), input).map((f) => f.cells)).toEqual([["C3"]]);
  });
});

describe("111-02 schools outside the balance evaluation", () => {
  it("reports a private school with its reason", () => {
    const findings = runRule(rule("111-02"), withSecond({ sponsor: "民办" }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "111-02", severity: "info", sheet: "学校基本情况", cells: ["D3"], schoolId: CODE_B });
    expect(findings[0].message).toContain("民办");
  });

  it("reports a school not run by the county government", () => {
    const findings = runRule(rule("111-02"), withSecond({ sponsor: "其他政府部门" }));
    expect(findings.map((f) => f.cells)).toEqual([["D3"]]);
    expect(findings[0].message).toContain("不是县级政府举办");
  });

  it("gives both reasons for a special school with another sponsor", () => {
    const findings = runRule(rule("111-02"), withSecond({ sponsor: "其他", type: "特殊教育学校" }));
    expect(findings.map((f) => f.cells)).toEqual([["D3", "C3"]]);
    expect(findings[0].message).toContain("「其他」");
    expect(findings[0].message).toContain("特殊教育学校");
  });

  it("leaves teaching points to the evaluation", () => {
    expect(runRule(rule("111-02"), withSecond({ type: "小学教学点", parentCode: CODE_A }))).toEqual([]);
  });
});

describe("111-03 one name under two codes", () => {
  it("lists the name cells once", () => {
    const findings = runRule(rule("111-03"), records(primarySchool(), primarySchool(CODE_B, " 测试小学 ")));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "111-03", severity: "warning", sheet: "学校基本情况", cells: ["B2", "B3"] });
    expect(findings[0].message).toContain("「测试小学」");
    expect(findings[0].message).toContain(`${CODE_A}、${CODE_B}`);
  });

  it("leaves a code repeated under one name to D08", () => {
    expect(runRule(rule("111-03"), records(primarySchool(), primarySchool()))).toEqual([]);
  });
});

describe("111-04 城乡分类 missing", () => {
  it("reports an empty cell", () => {
    const findings = runRule(rule("111-04"), records(withCells(primarySchool(), { schools: { urbanRural: null } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "111-04", severity: "error", sheet: "学校基本情况", cells: ["E2"], schoolId: CODE_A });
    expect(findings[0].message).toContain("「城乡分类」未填写");
  });

  it("leaves a value outside the list to D09 and a missing column to D07", () => {
    expect(runRule(rule("111-04"), records(withCells(primarySchool(), { schools: { urbanRural: "山区" } })))).toEqual([]);
    expect(runRule(rule("111-04"), { ...records(primarySchool()), omit: { schools: ["urbanRural"] } })).toEqual([]);
  });
});
