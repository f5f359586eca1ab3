/**
 * What a merge refuses to guess (conflicts, which block the output) and what it only reports (notes): each message
 * names the file, the sheet and the cell.
 */
import type { SheetGrid, WorkbookGrid } from "../../../src/domain/grid";
import { layoutRegister, type RegisterRecords } from "../../../src/domain/layout/registerLayout";
import { mergeRegisters } from "../../../src/domain/merge/mergeRegisters";
import type { MergeSource } from "../../../src/domain/merge/types";
import { recogniseRegister } from "../../../src/domain/recognise/register";
import { CODE_A, CODE_B, primarySchool, records, withCells } from "../../helpers/register";
import { village } from "../../helpers/villageRecords";
import { addColumn, addSheet, appendRow, replaceSheet, sheetNamed } from "../../helpers/workbookEdits";

const grid = (input: RegisterRecords, meta?: Record<string, string>): WorkbookGrid => layoutRegister(meta ? { ...input, meta } : input).grid;
const source = (file: string, g: WorkbookGrid): MergeSource => ({ file, grid: g });

describe("mergeRegisters: conflicts", () => {
  it("reports a school code found in two files once, at the first sheet both have, naming both places", () => {
    const result = mergeRegisters([source("甲.xlsx", grid(records(primarySchool(CODE_A)))), source("乙.xlsx", grid(records(primarySchool(CODE_B), primarySchool(CODE_A, "另一小学"))))]);
    expect(result.conflicts).toEqual([
      {
        kind: "duplicateCode",
        file: "乙.xlsx",
        sheet: "学校基本情况",
        cell: "A3",
        message: `学校标识码 ${CODE_A} 在两个文件中都有：「乙.xlsx」学校基本情况!A3 与 「甲.xlsx」学校基本情况!A2；同一所学校只能来自一个文件`,
      },
    ]);
  });

  it("lets a code repeated inside one file through, for check to report as D08", () => {
    const result = mergeRegisters([source("甲.xlsx", grid(records(primarySchool(CODE_A), primarySchool(CODE_A)))), source("乙.xlsx", grid(records(primarySchool(CODE_B))))]);
    expect(result.conflicts).toEqual([]);
    expect(result.records.sheets.schools!.map((r) => r.code)).toEqual([CODE_A, CODE_A, CODE_B]);
  });

  it("reports a file of another 统计年度 against the first file's, and treats 2016 and 2016年度 as the same year", () => {
    const result = mergeRegisters([
      source("甲.xlsx", grid(records(primarySchool(CODE_A)), { 统计年度: "2016" })),
      source("乙.xlsx", grid(records(primarySchool(CODE_B)), { 统计年度: "2015年" })),
      source("丙.xlsx", grid(records(primarySchool("5328220003")), { 统计年度: "2016年度" })),
    ]);
    expect(result.conflicts).toEqual([
      { kind: "year", file: "乙.xlsx", sheet: "填报说明", cell: "B2", message: "统计年度不一致：「乙.xlsx」填报说明!B2 为「2015年」，而「甲.xlsx」填报说明!B2 为「2016」" },
    ]);
  });

  it("holds every file to a year the caller gives", () => {
    const result = mergeRegisters([source("甲.xlsx", grid(records(primarySchool(CODE_A)), { 统计年度: "2016" }))], { meta: { 统计年度: "2015" } });
    expect(result.conflicts.map((c) => c.message)).toEqual(["统计年度不一致：「甲.xlsx」填报说明!B2 为「2016」，而指定的统计年度为「2015」"]);
  });

  it("reports different 学年 spellings only when they are different years", () => {
    const result = mergeRegisters([
      source("甲.xlsx", grid(records(primarySchool(CODE_A)), { 学年: "2016—2017学年" })),
      source("乙.xlsx", grid(records(primarySchool(CODE_B)), { 学年: "2016-2017" })),
      source("丙.xlsx", grid(records(primarySchool("5328220003")), { 学年: "2015-2016学年" })),
    ]);
    expect(result.conflicts.map((c) => [c.kind, c.file])).toEqual([["schoolYear", "丙.xlsx"]]);
  });

  it("reports a file that could not be opened and a workbook without a register", () => {
    const notes: SheetGrid = { name: "Sheet1", rows: [["会议记录"], ["时间", "地点"]], merges: [], visibility: "visible" };
    const result = mergeRegisters([
      { file: "坏.xlsx", failure: "文件「坏.xlsx」不是 Excel 工作簿（.xlsx）。" },
      source("记录.xlsx", { sheets: [notes], ownedSheets: [] }),
      source("甲.xlsx", grid(records(primarySchool(CODE_A)))),
    ]);
    expect(result.conflicts.map((c) => [c.kind, c.file])).toEqual([
      ["unreadable", "坏.xlsx"],
      ["unreadable", "记录.xlsx"],
    ]);
    expect(result.conflicts[0].message).toBe("无法合并「坏.xlsx」：文件「坏.xlsx」不是 Excel 工作簿（.xlsx）。");
    expect(result.conflicts[1].message).toMatch(/^无法合并「记录\.xlsx」：没有找到统计登记表/);
    expect(result.files.map((f) => f.file)).toEqual(["甲.xlsx"]);
  });

  it("reports a register sheet whose header cannot be found and a second sheet for the same data", () => {
    const base = grid(records(primarySchool(CODE_A)));
    const headless: SheetGrid = { name: "学生", rows: [["一年级", "二年级"], [30, 30]], merges: [], visibility: "visible" };
    const copy = { ...sheetNamed(base, "教职工"), name: "教职工(另一份)" };
    const withoutStudents = grid(records(primarySchool(CODE_B)));
    const own = { ...withoutStudents, sheets: withoutStudents.sheets.filter((s) => s.name !== "学生与班级") };
    const result = mergeRegisters([source("甲.xlsx", addSheet(addSheet(own, headless), copy)), source("乙.xlsx", base)]);
    expect(result.conflicts.map((c) => [c.kind, c.file, c.sheet])).toEqual([
      ["layout", "甲.xlsx", "学生"],
      ["layout", "甲.xlsx", "教职工(另一份)"],
    ]);
    expect(result.conflicts[0].message).toContain("「甲.xlsx」工作表「学生」：看起来是「学生与班级」，但找不到表头");
  });

  it("keeps a village given twice with the same figures once, and refuses one given with different figures", () => {
    const same = mergeRegisters([source("甲.xlsx", grid(records(primarySchool(CODE_A), village("勐往村")))), source("乙.xlsx", grid(records(primarySchool(CODE_B), village("勐往村"))))]);
    expect(same.conflicts).toEqual([]);
    expect(same.records.sheets.villages).toHaveLength(1);
    expect(same.notes.map((n) => n.message)).toContain("「乙.xlsx」普及与控辍!A3：村委会「勐往村」与 「甲.xlsx」普及与控辍!A3 的数据相同，只保留一行");

    const different = mergeRegisters([
      source("甲.xlsx", grid(records(primarySchool(CODE_A), village("勐往村")))),
      source("乙.xlsx", grid(records(primarySchool(CODE_B), village("勐往村", { primaryAge: 120 })))),
    ]);
    expect(different.conflicts.map((c) => [c.kind, c.file, c.sheet, c.cell])).toEqual([["village", "乙.xlsx", "普及与控辍", "A3"]]);

    const twoTownships = mergeRegisters([
      source("甲.xlsx", grid(records(primarySchool(CODE_A), village("新寨村")), { 乡镇: "勐往乡" })),
      source("乙.xlsx", grid(records(primarySchool(CODE_B), village("新寨村")), { 乡镇: "勐满镇" })),
    ]);
    expect(twoTownships.conflicts.map((c) => c.message)).toEqual([
      "勐往乡和勐满镇都有村委会「新寨村」（「乙.xlsx」普及与控辍!A3 与 「甲.xlsx」普及与控辍!A3）：合并后学校按村委会名称对应，无法区分；请在其中一个文件中改用全称（连同学校基本情况的所属村委会）",
    ]);
  });
});

describe("mergeRegisters: notes and values", () => {
  it("notes ignored columns, total rows and sheets that are not registers, and still merges", () => {
    let g = grid(records(primarySchool(CODE_A)));
    g = replaceSheet(g, "场地与装备", (s) => addColumn(s, "备注"));
    g = replaceSheet(g, "学校基本情况", (s) => appendRow(s, [null, "合计"]));
    g = addSheet(g, { name: "标准参数", rows: [["指标代码", "标准值"], ["S6", 30]], merges: [], visibility: "visible" });
    const result = mergeRegisters([source("甲.xlsx", g), source("乙.xlsx", grid(records(primarySchool(CODE_B))))]);
    expect(result.conflicts).toEqual([]);
    expect(result.notes.map((n) => [n.kind, n.sheet])).toEqual([
      ["totalRow", "学校基本情况"],
      ["columns", "场地与装备"],
      ["sheetSkipped", "标准参数"],
    ]);
    expect(result.records.sheets.schools).toHaveLength(2);
  });

  it("keeps agreed 填报说明 entries, leaves out differing ones with a note, and lets the caller's win", () => {
    const inputs = [
      source("甲.xlsx", grid(records(primarySchool(CODE_A)), { 乡镇: "勐往乡", 县: "勐海县" })),
      source("乙.xlsx", grid(records(primarySchool(CODE_B)), { 乡镇: "勐满镇", 县: "勐海县" })),
    ];
    const county = mergeRegisters(inputs);
    expect(county.records.meta).toEqual({ 县: "勐海县" });
    expect(county.notes.map((n) => n.message)).toEqual(["填报说明的「乡镇」各文件不同（「甲.xlsx」填报说明!B2「勐往乡」，「乙.xlsx」填报说明!B2「勐满镇」），合并结果不填写"]);
    const named = mergeRegisters(inputs, { meta: { 乡镇: "勐海县" } });
    expect(named.records.meta).toEqual({ 乡镇: "勐海县", 县: "勐海县" });
    expect(named.notes).toEqual([]);
  });

  it("notes a file without a year that is merged under the others' year", () => {
    const result = mergeRegisters([source("甲.xlsx", grid(records(primarySchool(CODE_A)), { 统计年度: "2016" })), source("乙.xlsx", grid(records(primarySchool(CODE_B))))]);
    expect(result.records.meta).toEqual({ 统计年度: "2016" });
    expect(result.notes.map((n) => n.message)).toEqual(["「乙.xlsx」的填报说明没有统计年度，按「2016」合并"]);
  });

  it("copies cells as typed, so the merged register reads back the same values and notes", () => {
    const typed = grid(records(withCells(primarySchool(CODE_A), { facilities: { books: "约5400", computers: "３０" } })));
    const merged = layoutRegister(mergeRegisters([source("甲.xlsx", typed)]).records).grid;
    const row = (g: WorkbookGrid) => recogniseRegister(g).sheets.facilities!.rows[0].fields;
    expect(row(merged).books).toEqual(row(typed).books);
    expect(row(merged).computers).toEqual({ ...row(typed).computers, cell: row(merged).computers.cell });
    expect(row(merged).books.note).toEqual({ kind: "unreadable", text: "约5400" });
  });

  it("writes a merged cell's value into each row it spans, as check reads it, and notes it", () => {
    const g = replaceSheet(grid(records(primarySchool(CODE_A), primarySchool(CODE_B, "第二小学"))), "学校基本情况", (s) => {
      const col = s.rows[0].indexOf("所属村委会");
      return { ...s, rows: s.rows.map((r, i) => (i === 2 ? r.map((v, c) => (c === col ? null : v)) : r)), merges: [...s.merges, { top: 1, left: col, bottom: 2, right: col }] };
    });
    const result = mergeRegisters([source("甲.xlsx", g)]);
    expect(result.records.sheets.schools!.map((r) => r.village)).toEqual(["勐往", "勐往"]);
    expect(result.notes.map((n) => n.message)).toEqual(["「甲.xlsx」学校基本情况!F2:F3：合并单元格按「勐往」写入其中每一行"]);
  });

  it("reads a cell merged across a row as check does: the value in its first cell only", () => {
    let col = -1;
    const g = replaceSheet(grid(records(primarySchool(CODE_A), primarySchool(CODE_B, "第二小学"))), "学校基本情况", (s) => {
      col = s.rows[0].indexOf("所属村委会");
      // Excel keeps a merged area's value in its first cell: F2:G2 holds the village in F2, G2 is empty.
      return { ...s, rows: s.rows.map((r, i) => (i === 1 ? r.map((v, c) => (c === col + 1 ? null : v)) : r)), merges: [...s.merges, { top: 1, left: col, bottom: 1, right: col + 1 }] };
    });
    const source_ = recogniseRegister(g).sheets.schools!;
    const next = source_.columns.find((c) => c.col === col + 1)!.fieldId;
    expect(source_.rows[0].fields[next].value).toBeNull();
    const result = mergeRegisters([source("甲.xlsx", g)]);
    const [first, second] = result.records.sheets.schools!;
    expect(first.village).toBe("勐往");
    expect(first).not.toHaveProperty(next);
    expect(second[next]).not.toBeUndefined();
    // The merged register checks as the file did: the second cell of the merge stays empty.
    const merged = recogniseRegister(layoutRegister(result.records).grid).sheets.schools!.rows[0].fields;
    expect(merged[next].value).toBeNull();
    expect(merged.village.value).toBe(source_.rows[0].fields.village.value);
  });

  it("converts a money column in 元 into the canonical 万元 column", () => {
    const yuan = replaceSheet(grid(records(withCells(primarySchool(CODE_A), { facilities: { equipmentValue: 123400 } }))), "场地与装备", (s) => ({
      ...s,
      rows: s.rows.map((r) => r.map((v) => (v === "教学仪器设备资产值（万元）" ? "教学仪器设备资产值（元）" : v))),
    }));
    const records_ = mergeRegisters([source("甲.xlsx", yuan)]).records;
    expect(records_.sheets.facilities![0].equipmentValue).toBeCloseTo(12.34, 10);
    const merged = recogniseRegister(layoutRegister(records_).grid).sheets.facilities!.rows[0].fields.equipmentValue.value as number;
    expect(merged).toBeCloseTo(123400, 6);
  });
});
