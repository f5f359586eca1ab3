import type { SheetId } from "../../../src/domain/fields/types";
import type { RecordCells } from "../../../src/domain/layout/registerLayout";
import { CROSS_SHEET_RULES } from "../../../src/domain/rules/crossSheet";
import { CODE_A, CODE_B, primarySchool, records, runRule, withCells } from "../../helpers/register";
import { ruleOf } from "../../helpers/rules";

const rule = (id: string) => ruleOf(CROSS_SHEET_RULES, id);

type School = Partial<Record<SheetId, RecordCells>>;

function only(school: School, sheets: readonly SheetId[]): School {
  return Object.fromEntries(Object.entries(school).filter(([sheet]) => sheets.includes(sheet as SheetId)));
}

describe("clean baseline", () => {
  it.each(CROSS_SHEET_RULES.map((r) => r.id))("%s finds nothing in two consistent schools", (id) => {
    expect(runRule(rule(id), records(primarySchool(), primarySchool(CODE_B, "第二小学")))).toEqual([]);
  });
});

describe("X-01 schools that do not match across sheets", () => {
  it("reports a code on a data sheet that 学校基本情况 lacks, and the school the data sheet lacks", () => {
    const findings = runRule(rule("X-01"), records(withCells(primarySchool(), { staff: { code: "5328220099" } })));
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({ rule: "X-01", severity: "error", sheet: "教职工", cells: ["A3"], schoolId: "5328220099" });
    expect(findings[0].message).toContain("5328220099");
    expect(findings[1]).toMatchObject({ rule: "X-01", severity: "error", sheet: "学校基本情况", cells: ["A2"], schoolId: CODE_A });
    expect(findings[1].message).toContain(CODE_A);
    expect(findings[1].message).toContain("「教职工」");
  });

  it("reports a school missing from one data sheet only there", () => {
    const second = only(primarySchool(CODE_B, "第二小学"), ["schools", "students", "staff", "facilities"]);
    const findings = runRule(rule("X-01"), records(primarySchool(), second));
    expect(findings.map((f) => [f.sheet, f.cells, f.schoolId])).toEqual([["学校基本情况", ["A3"], CODE_B]]);
    expect(findings[0].message).toContain("「校舍」");
  });

  it("reports each absent data sheet once, without cells", () => {
    const findings = runRule(rule("X-01"), records(only(primarySchool(), ["schools", "students"])));
    expect(findings.map((f) => [f.sheet, f.cells, f.severity])).toEqual([
      [null, [], "error"],
      [null, [], "error"],
      [null, [], "error"],
    ]);
    expect(findings.map((f) => f.message).join("\n")).toMatch(/「教职工」[\s\S]*「校舍」[\s\S]*「场地与装备」/);
  });

  it("reports a workbook without 学校基本情况 once", () => {
    const findings = runRule(rule("X-01"), records(only(primarySchool(), ["students", "staff", "buildings", "facilities"])));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "X-01", severity: "error", sheet: null, cells: [] });
    expect(findings[0].message).toContain("学校基本情况");
  });

  it("leaves rows without a code to D07", () => {
    const findings = runRule(rule("X-01"), records(primarySchool(), withCells(primarySchool(CODE_B, "第二小学"), { staff: { code: null } })));
    expect(findings.map((f) => [f.sheet, f.cells])).toEqual([["学校基本情况", ["A3"]]]);
  });
});

describe("X-02 one code, two names", () => {
  it("points at the differing name on the data sheet", () => {
    const findings = runRule(rule("X-02"), records(withCells(primarySchool(), { buildings: { name: "测试中学" } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "X-02", severity: "warning", sheet: "校舍", cells: ["B3"], schoolId: CODE_A, schoolName: "测试小学" });
    expect(findings[0].message).toContain("「测试中学」");
    expect(findings[0].message).toContain("「测试小学」");
  });

  it("ignores spaces and full-width forms", () => {
    const school = withCells(primarySchool(CODE_A, "测试小学(一)"), { students: { name: "测试小学（一）" }, staff: { name: "测试 小学 (一)" } });
    expect(runRule(rule("X-02"), records(school))).toEqual([]);
  });
});
