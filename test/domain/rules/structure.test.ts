import type { WorkbookGrid } from "../../../src/domain/grid";
import { recogniseRegister } from "../../../src/domain/recognise/register";
import { CROSS_SHEET_RULES } from "../../../src/domain/rules/crossSheet";
import { HYGIENE_RULES } from "../../../src/domain/rules/hygiene";
import { SCHOOL_FACT_RULES } from "../../../src/domain/rules/schoolFacts";
import { STRUCTURE_RULES } from "../../../src/domain/rules/structure";
import { VILLAGE_RULES } from "../../../src/domain/rules/villages";
import { validateRegister } from "../../../src/domain/validate";
import { CODE_B, primarySchool, records, runRule } from "../../helpers/register";
import { ruleOf } from "../../helpers/rules";
import { village } from "../../helpers/villageRecords";
import { addColumn, addSheet, appendRow, contextOfGrid, gridOf, replaceSheet, sheetNamed } from "../../helpers/workbookEdits";

const rule = (id: string) => ruleOf(STRUCTURE_RULES, id);
const baseline = () => gridOf(records(primarySchool()));
const run = (id: string, grid: WorkbookGrid) => rule(id).check(contextOfGrid(grid));

describe("clean baseline", () => {
  it.each(STRUCTURE_RULES.map((r) => r.id))("%s finds nothing in the canonical layout", (id) => {
    expect(runRule(rule(id), records(primarySchool()))).toEqual([]);
  });
});

describe("the whole workbook", () => {
  it("gives no finding at all from the structure, hygiene, 111, cross-sheet and village rules on a clean register", () => {
    const rules = [...STRUCTURE_RULES, ...HYGIENE_RULES, ...SCHOOL_FACT_RULES, ...CROSS_SHEET_RULES, ...VILLAGE_RULES];
    const register = recogniseRegister(gridOf(records(primarySchool(), primarySchool(CODE_B, "第二小学"), village("勐往村"), village("曼允村"))));
    expect(validateRegister(register, undefined, rules)).toEqual([]);
  });
});

describe("W-01 unknown columns", () => {
  it("lists the ignored headers", () => {
    const findings = run("W-01", replaceSheet(baseline(), "学校基本情况", (s) => addColumn(s, "校长电话")));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "W-01", severity: "info", sheet: "学校基本情况", cells: ["J1"], schoolId: null });
    expect(findings[0].message).toContain("校长电话");
  });
});

describe("W-02 sheet named like a register sheet without a header", () => {
  it("names the sheet and what it looked like", () => {
    const grid = addSheet(gridOf(records({ schools: primarySchool().schools })), { name: "教职工", rows: [["本表由人事股另行报送"]], merges: [], visibility: "visible" });
    const findings = run("W-02", grid);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "W-02", severity: "warning", sheet: "教职工", cells: [] });
    expect(findings[0].message).toContain("「教职工」");
  });
});

describe("W-03 duplicate sheet", () => {
  it("names the copy and the sheet used instead", () => {
    const grid = baseline();
    const copy = { ...sheetNamed(grid, "学生与班级"), name: "学生与班级(2)" };
    const findings = run("W-03", addSheet(grid, copy));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "W-03", severity: "warning", sheet: "学生与班级(2)", cells: [] });
    expect(findings[0].message).toContain("学生与班级(2)");
    expect(findings[0].message).toContain("已使用工作表「学生与班级」");
  });
});

describe("W-04 duplicate column", () => {
  it("points at the unused header", () => {
    const findings = run("W-04", replaceSheet(baseline(), "学校基本情况", (s) => addColumn(s, "学校代码")));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "W-04", severity: "warning", sheet: "学校基本情况", cells: ["J1"] });
    expect(findings[0].message).toContain("学校代码");
    expect(findings[0].message).toContain("学校标识码");
  });
});

describe("W-05 total rows", () => {
  it("says which row was skipped", () => {
    const findings = run("W-05", replaceSheet(baseline(), "学生与班级", (s) => appendRow(s, [null, "合计", 30])));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "W-05", severity: "info", sheet: "学生与班级", cells: ["B4"] });
    expect(findings[0].message).toContain("第 4 行");
    expect(findings[0].message).toContain("合计");
  });
});
