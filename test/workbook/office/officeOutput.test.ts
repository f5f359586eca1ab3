/** Output sheets: values kept exactly (text stays text), styles, links, layout, and only Junheng's sheets replaced. */
import { runCheck } from "../../../src/domain/check";
import type { WorkbookGrid } from "../../../src/domain/grid";
import { checkWritePlan } from "../../../src/domain/outputs/checkPlan";
import { type OutputSheet, type WritePlan } from "../../../src/domain/outputs/writePlan";
import { HIGHLIGHT_COLOURS } from "../../../src/domain/outputs/palette";
import { HostError } from "../../../src/workbook/host";
import { MARKER_SHEET } from "../../../src/workbook/port";
import { OWNED_SHEETS_SETTING } from "../../../src/workbook/office/owner";
import { heightRuns, widthInPoints } from "../../../src/workbook/office/outputSheet";
import { open, township } from "./fixtures";

const input: WorkbookGrid = {
  ownedSheets: [],
  sheets: [{ name: "学生与班级", visibility: "visible", merges: [], rows: [["学校标识码", "合计"], ["5328220001", 120]] }],
};

const tricky = ["=SUM(A1:A2)", "+86 0871", "-", "@张老师", "2016-08-10", "001", "TRUE", "50%", "'引号"];

const results: OutputSheet = {
  name: "审核结果",
  rows: [
    [{ value: "勐往乡 审核结果", style: "title" }],
    [{ value: "级别", style: "header" }, { value: "单元格", style: "header" }, { value: "比例", style: "header" }],
    [{ value: "错误", style: "error" }, { value: "C4", link: { sheet: "学生与班级", cell: "C4" } }, { value: 0.9966, numberFormat: "0.0%" }],
    tricky.map((value) => ({ value })),
    [{ value: null }, { value: 7 }],
  ],
  columnWidths: [10, 24, 8],
  headerRow: 2,
  printHeader: { left: "勐往乡 & 小组", right: "2016-09-01" },
  pageBreaksAfter: [3],
  hiddenColumns: [3],
};

const plan: WritePlan = { highlights: [], sheets: [results] };

describe("Office.js adapter: output sheets", () => {
  it("writes text that looks like a formula, number, date or boolean as that exact text", async () => {
    const { excel, host } = open(input);
    await host.write(plan);
    const row = (await host.read()).sheets.find((s) => s.name === "审核结果")!.rows[3];
    expect(row).toEqual(tricky);
    expect(excel.cell("审核结果", "A4")?.formula).toBeNull();
  });

  it("keeps numbers as numbers with their display format, links to the cell, styles by kind", async () => {
    const { excel, host } = open(input);
    await host.write(plan);
    expect(excel.cell("审核结果", "C3")).toMatchObject({ value: 0.9966, type: "Double", numberFormat: "0.0%" });
    expect(excel.cell("审核结果", "B5")).toMatchObject({ value: 7, type: "Double" });
    expect(excel.linkOf("审核结果", "B3")).toBe("#'学生与班级'!C4");
    expect(excel.cell("审核结果", "B3")).toMatchObject({ value: "C4", font: expect.objectContaining({ color: "#0563C1", underline: "Single" }) });
    expect(excel.cell("审核结果", "A1")?.font).toMatchObject({ bold: true, size: 14 });
    expect(excel.cell("审核结果", "B2")).toMatchObject({ fill: "#D9E1F2", wrapText: true, font: expect.objectContaining({ bold: true }) });
    expect(excel.fillOf("审核结果", "A3")).toBe(HIGHLIGHT_COLOURS.error);
  });

  it("sets widths, hides key columns, freezes the header and sets up printing", async () => {
    const { excel, host } = open(input);
    await host.write(plan);
    const sheet = excel.sheet("审核结果");
    expect([...sheet.columnWidths.entries()]).toEqual([
      [0, widthInPoints(10)],
      [1, widthInPoints(24)],
      [2, widthInPoints(8)],
    ]);
    expect(sheet.hiddenColumns).toEqual([2]);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.pageBreaks).toEqual([3]);
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      // A legible scale, never fit to one page wide (docs/workbook-format.md §2.3).
      zoom: { scale: 80 },
      printTitleRows: "$2:$2",
      leftHeader: "勐往乡 && 小组",
      centerHeader: "审核结果",
      rightHeader: "2016-09-01",
    });
    expect(sheet.pageLayout.printTitleColumns).toBeUndefined();
  });

  it("applies the domain's print layout: repeated identifying columns, no repeated row, wrapped text in tall rows", async () => {
    const { excel, host } = open(input);
    const wide = {
      ...results,
      name: "指标计算",
      rows: [[{ value: "学校" }, { value: "说明" }], [{ value: "勐往乡中心小学" }, { value: "很长的说明", wrap: true }]],
      rowHeights: [null, 45],
      print: { landscape: true, scale: 80, repeatRows: null, repeatColumns: 2, title: "指标计算" },
    };
    await host.write({ highlights: [], sheets: [wide] });
    const sheet = excel.sheet("指标计算");
    expect(sheet.pageLayout).toMatchObject({ zoom: { scale: 80 }, printTitleColumns: "$A:$B" });
    expect(sheet.pageLayout.printTitleRows).toBeUndefined();
    expect(sheet.rowHeights.get(1)).toBe(45);
    expect(excel.cell("指标计算", "B2")).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
  });

  it("sets the row heights it is given, neighbouring rows of one height in one write", async () => {
    // Nearly every row of text has a height (17 points for one CJK line): one write per row was a write per row.
    expect(heightRuns([22, 17, 17, 17, null, 52, 17])).toEqual([
      [1, 1, 22],
      [2, 4, 17],
      [6, 6, 52],
      [7, 7, 17],
    ]);
    const { excel, host } = open(input);
    await host.write({ highlights: [], sheets: [{ ...results, rowHeights: [22, 17, 17, null, 17] }] });
    const sheet = excel.sheet("审核结果");
    expect([0, 1, 2, 3, 4].map((r) => sheet.rowHeights.get(r))).toEqual([22, 17, 17, undefined, 17]);
  });

  it("gives a row written again its new height, or the standard one: none is left from the last write", async () => {
    const { excel, host } = open(input);
    await host.write({ highlights: [], sheets: [{ ...results, rowHeights: [22, 17, 100, 80, 17] }] });
    await host.write({ highlights: [], sheets: [{ ...results, rowHeights: [22, 17, 17, null, null] }] });
    const sheet = excel.sheet("审核结果");
    expect([0, 1, 2, 3, 4].map((r) => sheet.rowHeights.get(r))).toEqual([22, 17, 17, undefined, undefined]);
  });

  it("merges a long note across the printed width the domain chose, its text in the first cell", async () => {
    const { excel, host } = open(input);
    const noted = { ...results, rows: [[{ value: "很长的说明", wrap: true }], ...results.rows.slice(1)], rowHeights: [45], merges: ["A1:C1"] };
    await host.write({ highlights: [], sheets: [noted] });
    const sheet = excel.sheet("审核结果");
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(sheet.rowHeights.get(0)).toBe(45);
    expect(excel.cell("审核结果", "A1")).toMatchObject({ value: "很长的说明", wrapText: true });
  });

  it("lists its sheets in the add-in's workbook settings, not in a sheet, and replaces them on the next run", async () => {
    const { excel, host } = open(input);
    await host.write(plan);
    expect(excel.sheetNames()).not.toContain(MARKER_SHEET);
    expect(JSON.parse(excel.state.settings[OWNED_SHEETS_SETTING])).toEqual(["审核结果"]);
    await host.write({ highlights: [], sheets: [{ ...results, rows: [[{ value: "第二次" }]] }] });
    const after = await host.read();
    expect(after.sheets.map((s) => s.name)).toEqual(["学生与班级", "审核结果"]);
    expect(after.sheets[1].rows).toEqual([["第二次"]]);
    expect(after.ownedSheets).toEqual(["审核结果"]);
  });

  it("never replaces a user's sheet: the plan names its sheet 审核结果(2) and the user's stays as it was", async () => {
    const base = township(10).grid;
    const grid: WorkbookGrid = { ...base, sheets: [...base.sheets, { name: "审核结果", visibility: "visible", merges: [], rows: [["我的笔记"]] }] };
    const checkPlan = checkWritePlan(runCheck(grid), grid);
    const { excel, host } = open(grid);
    const userSheet = excel.snapshot("审核结果");
    await host.write(checkPlan);
    expect(excel.snapshot("审核结果")).toEqual(userSheet);
    expect(excel.sheetNames()).toContain("审核结果(2)");
    expect((await host.read()).ownedSheets).toEqual(checkPlan.sheets.map((s) => s.name));
  });

  it("refuses to write over a sheet of that name the user made after the check", async () => {
    const userMade: WorkbookGrid = { ...input, sheets: [...input.sheets, { name: "审核结果", visibility: "visible", merges: [], rows: [["刚建的"]] }] };
    const race = open(userMade);
    await expect(race.host.write(plan)).rejects.toThrow("工作表「审核结果」不是均衡生成的");
    expect(race.excel.sheet("审核结果").cells.size).toBe(1);
  });

  it("refuses to add sheets to a workbook whose structure is protected, leaving it unchanged", async () => {
    const { excel, host } = open(input);
    excel.protectStructure();
    await expect(host.write(plan)).rejects.toThrow("工作簿结构受保护");
    expect(excel.sheetNames()).toEqual(["学生与班级"]);
  });

  it("writes the real outputs of a check: page breaks per school and the hidden key column of 整改清单", async () => {
    const { grid, plan: checkPlan } = township(10);
    const { excel, host } = open(grid);
    await host.write(checkPlan);
    const list = checkPlan.sheets.find((s) => s.name === "整改清单")!;
    // A break after 1-based row n sits above 0-based row n.
    expect(excel.sheet("整改清单").pageBreaks).toEqual(list.pageBreaksAfter ?? []);
    expect(excel.sheet("整改清单").hiddenColumns).toEqual((list.hiddenColumns ?? []).map((col) => col - 1));
    const reread = await host.read();
    for (const sheet of checkPlan.sheets) {
      const rows = reread.sheets.find((s) => s.name === sheet.name)!.rows;
      const width = Math.max(...sheet.rows.map((r) => r.length));
      // An empty string is an empty cell in Excel, read back as null.
      expect(rows).toEqual(sheet.rows.map((r) => Array.from({ length: width }, (_, c) => (r[c]?.value === "" ? null : (r[c]?.value ?? null)))));
    }
  });

  it("without ExcelApi 1.9 still writes values, styles and links, skipping page setup", async () => {
    const { excel, host } = open(input, { apiVersion: "1.8" });
    await host.write(plan);
    expect(excel.fillOf("审核结果", "A3")).toBe(HIGHLIGHT_COLOURS.error);
    expect(excel.linkOf("审核结果", "B3")).toBe("#'学生与班级'!C4");
    expect(excel.sheet("审核结果").pageBreaks).toEqual([]);
    expect((await host.read()).sheets[1].rows[3]).toEqual(tricky);
  });

  it("is a HostError, never a raw Office error, when the write fails", async () => {
    const { excel, host } = open(input);
    excel.beforeSync((index, fake) => {
      if (index === 2) fake.failNextSync("ConnectionFailure");
    });
    const failure = host.write(plan);
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toThrow("ConnectionFailure");
  });
});
