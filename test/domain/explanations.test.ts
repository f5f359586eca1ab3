/**
 * 说明 read by the engine from 审核说明: over a pair of generated years, a 说明 for an H-02 warning makes it 已说明,
 * survives regenerating the output sheets, and is reopened when the cell's value changes; errors cannot be explained.
 */
import { runCheck, type CheckRun } from "../../src/domain/check";
import { applyExplanations, explains } from "../../src/domain/explanations/applyExplanations";
import { explanationFor, explanationRows, explanationSheet, explanationSheetName } from "../../src/domain/outputs/explanationSheet";
import { readExplanations } from "../../src/domain/explanations/readExplanations";
import type { Finding } from "../../src/domain/findings";
import type { WorkbookGrid } from "../../src/domain/grid";
import { checkResultsSheet } from "../../src/domain/outputs/checkResultsSheet";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import { checkResultJson } from "../../src/domain/result";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { sampleRegister } from "../../src/domain/sample/sample";
import { addSheet } from "../helpers/workbookEdits";
import { firstYear, lastYearWorkbook, numberAt, withSchoolCells, yearGrid } from "../helpers/yearPair";

const year1 = firstYear();
const previous = lastYearWorkbook(yearGrid(year1));
const schools = (year1.sheets.schools ?? []).filter((s) => s.type === "小学" && !String(s.name).includes("中心")).map((s) => String(s.code));
const [booksSchool, errorSchool] = schools;
const books = numberAt(year1, booksSchool, "facilities", "books");
const year2 = withSchoolCells(
  withSchoolCells(year1, booksSchool, "facilities", { books: books - 300 }),
  errorSchool,
  "students",
  { "primary.total": numberAt(year1, errorSchool, "students", "primary.total") + 1 },
);

const booksWarning = (run: CheckRun) => run.findings.find((f) => f.rule === "H-02" && f.schoolId === booksSchool)!;
const gradesError = (run: CheckRun) => run.findings.find((f) => f.rule === "312-01" && f.schoolId === errorSchool)!;

/** Records 说明 the way the pane does: read the workbook, add or update the rows, write the sheet. */
async function record(workbook: ExcelJsWorkbook, finding: Finding, said: string): Promise<void> {
  const grid = await workbook.read();
  const name = explanationSheetName(grid);
  const rows = explanationRows(grid, name, explanationFor(finding, grid, said, "岩温", "2016-09-20"));
  await workbook.write({ highlights: [], sheets: [explanationSheet(rows, {}, name)] });
}

async function reopen(workbook: ExcelJsWorkbook): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.load(await workbook.toBuffer());
}

describe("说明 in the engine", () => {
  it("reports an explained warning as 已说明 after the output sheets are regenerated, and keeps 审核说明", async () => {
    const workbook = ExcelJsWorkbook.fromGrid(yearGrid(year2));
    const first = runCheck(await workbook.read(), { previous });
    expect(booksWarning(first)).toMatchObject({ severity: "warning", explained: false, params: {} });
    await workbook.write(checkWritePlan(first, await workbook.read()));
    await record(workbook, booksWarning(first), "旧图书报废 300 册，已登记");

    // Regenerate every output sheet, then read the saved file afresh.
    const grid = await workbook.read();
    await workbook.write(checkWritePlan(runCheck(grid, { previous }), grid));
    const saved = await reopen(workbook);
    const again = runCheck(await saved.read(), { previous });

    const rows = (await saved.read()).sheets.find((s) => s.name === "审核说明")!.rows;
    expect(rows[0]).toEqual(["规则", "学校标识码", "单元格", "说明", "填写人", "日期", "原值"]);
    expect(rows.slice(1)).toEqual([["H-02", booksSchool, booksWarning(first).cells[0], "旧图书报废 300 册，已登记", "岩温", "2016-09-20", `${booksWarning(first).cells[0]}=${books - 300}`]]);
    expect(booksWarning(again).explained).toBe(true);
    expect(booksWarning(again).message).toBe(booksWarning(first).message);
    const json = checkResultJson(again, "登记表.xlsx").findings.find((f) => f.rule === "H-02" && f.schoolId === booksSchool)!;
    expect(json.explained).toBe(true);
    const resultsRow = checkResultsSheet(again).rows.find((r) => String(r[1]?.value).startsWith("H-02") && String(r[2]?.value).includes(booksSchool))!;
    expect(resultsRow[6].value).toBe("已说明");
    // An explained warning is not coloured; counts still include it.
    const plan = checkWritePlan(again, await saved.read());
    expect(plan.highlights.flatMap((g) => g.cells.map((c) => `${g.sheet}!${c}`))).not.toContain(`场地与装备!${booksWarning(again).cells[0]}`);
    expect(again.summary.warning).toBe(first.summary.warning);
  });

  it("reopens a 说明 when the cell's value has changed since it was written", async () => {
    const workbook = ExcelJsWorkbook.fromGrid(yearGrid(year2));
    const first = runCheck(await workbook.read(), { previous });
    const warning = booksWarning(first);
    await record(workbook, warning, "旧图书报废 300 册");
    workbook.workbook.getWorksheet("场地与装备")!.getCell(warning.cells[0]).value = books - 400;
    const changed = runCheck(await workbook.read(), { previous });
    expect(booksWarning(changed).explained).toBe(false);
    expect(booksWarning(changed).message).toContain(`（原有说明（岩温 2016-09-20）已失效：写说明时 ${warning.cells[0]}=${books - 300}，现在 ${warning.cells[0]}=${books - 400}；`);

    // Recording again updates the row in place rather than adding a second one.
    await record(workbook, booksWarning(changed), "又报废 100 册");
    const grid = await workbook.read();
    expect(readExplanations(grid).map((e) => [e.text, e.value])).toEqual([["又报废 100 册", `${warning.cells[0]}=${books - 400}`]]);
    expect(booksWarning(runCheck(grid, { previous })).explained).toBe(true);
  });

  it("never explains an error: the error stays open and an E-01 note says why", async () => {
    const workbook = ExcelJsWorkbook.fromGrid(yearGrid(year2));
    const first = runCheck(await workbook.read(), { previous });
    const error = gradesError(first);
    expect(error.severity).toBe("error");
    await record(workbook, error, "合计以学籍系统为准");
    const again = runCheck(await workbook.read(), { previous });
    expect(gradesError(again)).toEqual(error);
    expect(again.summary.error).toBe(first.summary.error);
    const note = again.findings.filter((f) => f.rule === "E-01");
    expect(note).toEqual([
      expect.objectContaining({ severity: "info", schoolId: errorSchool, sheet: "审核说明", cells: ["A2", "D2"], message: expect.stringContaining("错误必须改正") }),
    ]);
    expect(again.rectification.some((i) => i.indicator === "312-01" && i.schoolId === errorSchool)).toBe(true);
  });

  it("reads 说明 typed by hand: rule with its title, school with its name, no 原值, any column order", () => {
    const grid = yearGrid(year2);
    const warning = booksWarning(runCheck(grid, { previous }));
    const typed: WorkbookGrid = addSheet(grid, {
      name: "审核说明",
      visibility: "visible",
      merges: [],
      rows: [
        ["本乡审核说明"],
        ["学校标识码", "规则", "说明", "单元格"],
        [`示例小学（${booksSchool}）`, "H-02 校舍、占地、图书或设备值比上年减少或增加过多", "报废旧书", `场地与装备!${warning.cells[0].toLowerCase()}`],
      ],
    });
    expect(booksWarning(runCheck(typed, { previous })).explained).toBe(true);
  });

  it("marks the warning 已说明 in runCheck itself, with the code typed as a number", () => {
    const grid = layoutRegister(sampleRegister()).grid;
    const large = runCheck(grid).findings.find((f) => f.rule === "212-04")!;
    const own = addSheet(grid, {
      name: "审核说明",
      visibility: "visible",
      merges: [],
      rows: [["我们的说明"], ["说明", "规则", "学校标识码", "单元格"], ["复式班", "212-04", Number(large.schoolId), large.cells[0]]],
    });
    expect(runCheck(own).findings.filter((f) => f.explained).map((f) => [f.rule, f.schoolId])).toEqual([["212-04", large.schoolId]]);
  });

  it("lets a 说明 without cells cover every warning of that rule at that school", () => {
    const warning: Finding = { rule: "212-04", severity: "warning", schoolId: "5328220001", schoolName: "甲", sheet: "学生与班级", cells: ["F7"], message: "m", explained: false, params: {} };
    const e = { rule: "212-04", schoolId: "5328220001", cells: "", text: "t", author: "a", date: "", value: "" };
    expect(explains(e, warning)).toBe(true);
    expect(explains({ ...e, cells: "G7" }, warning)).toBe(false);
    expect(explains({ ...e, schoolId: "5328220002" }, warning)).toBe(false);
    expect(applyExplanations([warning], [{ ...e, sheet: "审核说明", at: ["A2"] }], { sheets: [], ownedSheets: [] })).toEqual([{ ...warning, explained: true }]);
  });

  it("reads a range copied from 审核结果 (C8:I8) as its cells, not as no cells at all", () => {
    const warning: Finding = { rule: "312-01", severity: "warning", schoolId: "5328220001", schoolName: "甲", sheet: "学生与班级", cells: ["C8", "D8", "E8"], message: "m", explained: false, params: {} };
    const e = { rule: "312-01", schoolId: "5328220001", cells: "学生与班级!C8:I8", text: "t", author: "a", date: "", value: "" };
    expect(explains(e, warning)).toBe(true);
    // Before, the range read as no cells, which covers every finding of the rule at the school.
    expect(explains({ ...e, cells: "C9:I9" }, warning)).toBe(false);
    expect(explains({ ...e, cells: "J8:K9" }, warning)).toBe(false);
    // A range wider than a row is no finding's: its first cell only, and nothing hangs.
    expect(explains({ ...e, cells: "A1:XFD1048576" }, warning)).toBe(false);
    expect(explains({ ...e, cells: "C8、E10 等 5 处" }, warning)).toBe(true);
  });

  it("reads both a user's own 审核说明 and the 审核说明(2) written beside it", () => {
    const own = { name: "审核说明", visibility: "visible" as const, merges: [], rows: [["规则", "学校标识码", "单元格", "说明"], ["H-02", "5328220001", "F7", "甲"]] };
    const grid: WorkbookGrid = { sheets: [own], ownedSheets: [] };
    expect(explanationSheetName(grid)).toBe("审核说明(2)");
    const written = explanationSheet([{ rule: "H-02", schoolId: "5328220002", cells: "F8", text: "乙", author: "", date: "", value: "" }], {}, "审核说明(2)");
    const both: WorkbookGrid = { sheets: [own, { name: written.name, visibility: "visible", merges: [], rows: written.rows.map((r) => r.map((c) => c.value)) }], ownedSheets: ["审核说明(2)"] };
    expect(readExplanations(both).map((e) => [e.sheet, e.text])).toEqual([
      ["审核说明", "甲"],
      ["审核说明(2)", "乙"],
    ]);
    expect(explanationRows(both, "审核说明(2)", { rule: "H-01", schoolId: "5328220003", cells: "C9", text: "丙", author: "", date: "", value: "" }).map((e) => e.text)).toEqual(["乙", "丙"]);
  });
});
