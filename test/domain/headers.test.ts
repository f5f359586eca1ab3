/** Header recognition on layouts real registers have (docs/workbook-format.md §1.1), beyond the canonical one. */
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { recogniseRegister } from "../../src/domain/recognise/register";
import { RegisterRowSchema } from "../../src/domain/register";
import { normaliseHeaderLevel } from "../../src/domain/recognise/headerText";

function sheet(name: string, rows: CellValue[][], merges: SheetGrid["merges"] = []): SheetGrid {
  return { name, rows, merges, visibility: "visible" };
}

function recognise(...sheets: SheetGrid[]) {
  const workbook: WorkbookGrid = { sheets, ownedSheets: [] };
  return recogniseRegister(workbook);
}

describe("normalising one header level", () => {
  it.each([
    ["学校\n标识码", "学校标识码", undefined],
    ["图书（册）", "图书", "册"],
    ["教学仪器设备资产值(万元)", "教学仪器设备资产值", "万元"],
    ["占地面积 [㎡]", "占地面积", "㎡"],
    ["高中（中专、中师）", "高中(中专、中师)", undefined],
    ["２６～３５人", "26-35人", undefined],
    ["\u3000 专任教师 ", "专任教师", undefined],
  ])("%p → %p (unit %p)", (raw, text, unit) => {
    expect(normaliseHeaderLevel(raw)).toEqual(unit ? { text, unit } : { text });
  });
});

describe("finding the header block and the columns", () => {
  it("reads a three-row merged header (专任教师 / 小学 / 本科) under a title line", () => {
    const rows: CellValue[][] = [
      ["2016年教职工情况（单位：人）", null, null, null, null, null, null],
      ["学校代码", "学校名称", "教职工", "专任教师", null, null, null],
      [null, null, null, "小学", null, "初中", null],
      [null, null, null, "合计", "本科", "合计", "本科"],
      ["5328220001", "甲小学", 12, 11, 6, 0, 0],
    ];
    const merges = [
      { top: 0, left: 0, bottom: 0, right: 6 },
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 1, left: 2, bottom: 3, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 6 },
      { top: 2, left: 3, bottom: 2, right: 4 },
      { top: 2, left: 5, bottom: 2, right: 6 },
    ];
    const staff = recognise(sheet("教师", rows, merges)).sheets.staff!;
    expect(staff.headerRows).toEqual([2, 4]);
    expect(staff.columns.map((c) => [c.letter, c.fieldId])).toEqual([
      ["A", "code"],
      ["B", "name"],
      ["C", "staffTotal"],
      ["D", "primary.fullTime"],
      ["E", "primary.edu.bachelor"],
      ["F", "junior.fullTime"],
      ["G", "junior.edu.bachelor"],
    ]);
    expect(staff.rows[0].fields["primary.edu.bachelor"]).toEqual({ value: 6, cell: "E5" });
  });

  it("recognises a sheet by its headers when its name says nothing, with full-width text and unit suffixes", () => {
    const rows: CellValue[][] = [
      ["学校标识码", "学校名称", "占地面积（㎡）", "运动场地面积（㎡）", "图书（册）", "教学仪器设备资产值（元）", "备注"],
      ["５３２８２２０００１", "甲小学", 6000, 2000, 5400, 120000, "新建"],
    ];
    const register = recognise(sheet("Sheet3", rows));
    const facilities = register.sheets.facilities!;
    expect(facilities.name).toBe("Sheet3");
    expect(facilities.rows[0].key).toBe("5328220001");
    expect(facilities.rows[0].fields.equipmentValue.value).toBe(120000);
    expect(register.issues).toContainEqual({ kind: "unknownColumns", sheet: "Sheet3", cells: ["G1"], detail: "备注" });
  });

  it("skips the column-number line (甲 乙 1 2 …) and total rows, and reports the total row", () => {
    const rows: CellValue[][] = [
      ["学校标识码", "学校名称", "校舍建筑面积合计", "教学及辅助用房"],
      ["甲", "乙", 1, 2],
      ["5328220001", "甲小学", 2000, 1200],
      [null, "全乡合计", 2000, 1200],
    ];
    const register = recognise(sheet("校舍", rows));
    const buildings = register.sheets.buildings!;
    expect(buildings.rows.map((r) => r.row)).toEqual([3]);
    expect(register.issues).toContainEqual({ kind: "totalRow", sheet: "校舍", cells: ["B4"], detail: "全乡合计" });
  });

  it("reports a missing required column and still uses the sheet's other columns", () => {
    const rows: CellValue[][] = [
      ["学校标识码", "学校名称", "占地面积", "图书"],
      ["5328220001", "甲小学", 6000, 5400],
    ];
    const register = recognise(sheet("场地与装备", rows));
    expect(register.issues.filter((i) => i.kind === "missingColumn").map((i) => i.detail)).toEqual(["运动场地面积", "教学仪器设备资产值"]);
    expect(register.sheets.facilities!.rows[0].fields.books.value).toBe(5400);
  });

  it("uses the first of two sheets for the same register sheet and reports the other", () => {
    const rows: CellValue[][] = [["学校标识码", "学校名称", "办学类型", "城乡分类"], ["5328220001", "甲小学", "小学", "乡村"]];
    const register = recognise(sheet("学校基本情况", rows), sheet("基础基111", rows));
    expect(register.sheets.schools!.name).toBe("学校基本情况");
    expect(register.issues).toContainEqual(expect.objectContaining({ kind: "duplicateSheet", sheet: "基础基111" }));
  });

  it("produces rows that satisfy the register row schema", () => {
    const rows: CellValue[][] = [["学校标识码", "学校名称", "办学类型", "城乡分类"], [5328220001, "甲小学", "教学点", 220], ["5328220002", "乙小学", "职业学校", null]];
    for (const row of recognise(sheet("学校基本情况", rows)).sheets.schools!.rows) expect(RegisterRowSchema.parse(row)).toEqual(row);
  });
});

describe("headers without merge information", () => {
  it("spreads a group header (小学 / 初中) over its sub-headers, but not a field merged down", () => {
    const rows: CellValue[][] = [
      ["学校标识码", "学校名称", "教职工数", "小学", null, "初中", null],
      [null, null, null, "专任教师", "本科", "专任教师", "本科"],
      ["5328220001", "甲小学", 12, 11, 6, 0, 0],
    ];
    const staff = recognise(sheet("教职工", rows)).sheets.staff!;
    expect(staff.columns.map((c) => c.fieldId)).toEqual(["code", "name", "staffTotal", "primary.fullTime", "primary.edu.bachelor", "junior.fullTime", "junior.edu.bachelor"]);
  });
});
