/**
 * The print layouts decided in the domain (layout/printLayout.ts) as the exceljs adapter writes them: A4 at a fixed
 * scale instead of fit-to-width, the identifying columns and header rows repeated, 整改清单 and 差异系数 without a
 * repeated row, wrapped text with taller rows, and registers written by `sample` with a page setup of their own.
 */
import ExcelJS from "exceljs";
import { runCheck } from "../../src/domain/check";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { PRINT_SCALE, textWidth, withWrappedText } from "../../src/domain/layout/printLayout";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import { sampleRegister } from "../../src/domain/sample/sample";
import { registerWorkbook } from "../../src/workbook/exceljs/registerWorkbook";

async function reopened(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("print setup of the checked copy", () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const file = registerWorkbook(sampleRegister());
    const grid = await file.read();
    await file.write(checkWritePlan(runCheck(grid), grid));
    workbook = await reopened(await file.toBuffer());
  });

  it("never shrinks a sheet to one page width: A4 landscape at the fixed scale, page numbers in the footer", () => {
    for (const ws of workbook.worksheets.filter((w) => w.state === "visible")) {
      // 整改清单 prints at 75 % so one school's list fits one page; every other sheet at the default.
      const scale = ws.name === "整改清单" ? 75 : PRINT_SCALE;
      expect([ws.name, ws.pageSetup.paperSize, ws.pageSetup.orientation, ws.pageSetup.scale, Boolean(ws.pageSetup.fitToPage)]).toEqual([ws.name, 9, "landscape", scale, false]);
      expect(ws.headerFooter.oddFooter).toContain("&P");
    }
  });

  it("repeats 学校, 标识码, 学段 and the header row of 指标计算 on every page of its column groups", () => {
    const ws = workbook.getWorksheet("指标计算")!;
    expect(ws.pageSetup.printTitlesColumn).toBe("A:C");
    expect(ws.pageSetup.printTitlesRow).toMatch(/^(\d+):\1$/);
    expect(ws.getCell(Number(ws.pageSetup.printTitlesRow?.split(":")[0]), 1).value).toBe("学校");
  });

  it("repeats no row in 整改清单 (each school brings its own header) nor in 差异系数 (a note is no header)", () => {
    expect(workbook.getWorksheet("整改清单")!.pageSetup.printTitlesRow).toBeUndefined();
    expect(workbook.getWorksheet("差异系数")!.pageSetup.printTitlesRow).toBeUndefined();
  });

  it("names the sheet in the centre of the page header", () => {
    expect(workbook.getWorksheet("审核结果")!.headerFooter.oddHeader).toContain("&C审核结果");
  });

  it("merges the long note under the title of 审核结果 and 考核自查 across the printed width, wrapped in a tall row", () => {
    for (const name of ["审核结果", "考核自查"]) {
      const ws = workbook.getWorksheet(name)!;
      const merged = (ws.model as unknown as { merges: string[] }).merges;
      expect(merged.length).toBeGreaterThan(0);
      const [first] = merged[0].split(":");
      expect(ws.getCell(first).alignment?.wrapText).toBe(true);
      expect(textWidth(String(ws.getCell(first).value))).toBeGreaterThan(ws.getColumn(1).width ?? 0);
    }
    expect(workbook.getWorksheet("审核结果")!.getRow(2).height).toBeGreaterThan(15);
  });

  it("wraps long text in 审核结果 and makes its row tall enough", () => {
    const ws = workbook.getWorksheet("审核结果")!;
    let wrapped = 0;
    ws.eachRow((row) => row.eachCell((cell) => {
      // Header cells always wrap (their style); a long message wraps because it is longer than its column.
      if (cell.alignment?.wrapText && textWidth(String(cell.value)) > 70) {
        wrapped += 1;
        expect(row.height).toBeGreaterThan(15);
      }
    }));
    expect(wrapped).toBeGreaterThan(0);
  });
});

describe("registers written by sample, merge and practice", () => {
  it("print on A4 landscape with their heading rows and code and name columns repeated", async () => {
    const layouts = layoutRegister(sampleRegister()).layouts;
    const workbook = await reopened(await registerWorkbook(sampleRegister()).toBuffer());
    const students = Object.values(layouts).find((l) => l.grid.name === "学生与班级")!;
    const ws = workbook.getWorksheet("学生与班级")!;
    expect([ws.pageSetup.paperSize, ws.pageSetup.orientation, ws.pageSetup.scale]).toEqual([9, "landscape", PRINT_SCALE]);
    expect(ws.pageSetup.printTitlesRow).toBe(`1:${students.firstDataRow}`);
    expect(ws.pageSetup.printTitlesColumn).toBe("A:B");
    // 普及与控辍 is kept by village: only its 村委会 column names a row.
    expect(workbook.getWorksheet("普及与控辍")!.pageSetup.printTitlesColumn).toBe("A:A");
  });

  it("give each heading row the height its wrapped headings need, and start a group heading at its left", async () => {
    const workbook = await reopened(await registerWorkbook(sampleRegister()).toBuffer());
    const ws = workbook.getWorksheet("场地与装备")!;
    const layout = layoutRegister(sampleRegister()).layouts.facilities!;
    const headingRows = Array.from({ length: layout.firstDataRow }, (_, r) => ws.getRow(r + 1));
    // One CJK line (17 points) everywhere; two lines of 16 points and 4 of padding where a heading is wider than its
    // 12-unit column (left at Excel's 15 points before, they printed over the row below).
    for (const row of headingRows) expect(row.height).toBeGreaterThanOrEqual(17);
    expect(Math.max(...headingRows.map((row) => row.height))).toBeGreaterThanOrEqual(36);
    const buildings = layoutRegister(sampleRegister()).layouts.buildings!;
    const group = buildings.grid.merges.find((m) => m.right > m.left && m.top > 0 && m.top < buildings.firstDataRow)!;
    expect(workbook.getWorksheet("校舍")!.getCell(group.top + 1, group.left + 1).alignment.horizontal).toBe("left");
  });
});

describe("withWrappedText", () => {
  it("wraps table text wider than its column and sizes the row by its longest cell; titles stay on one line", () => {
    const long = "很长的说明".repeat(6); // 30 CJK characters: 60 units, counted 63 (5 % margin), 3 lines across 22
    expect(textWidth(long)).toBe(60);
    const sheet = withWrappedText({
      name: "测试",
      rows: [[{ value: "标题".repeat(40), style: "title" }], [{ value: "序号", style: "header" }, { value: "说明", style: "header" }], [{ value: 1 }, { value: long }]],
      columnWidths: [6, 23],
      headerRow: 2,
      printHeader: { left: "", right: "" },
    });
    expect(sheet.rows[0][0].wrap).toBeUndefined();
    // Both cells of the tall row wrap (at its top), the number too.
    expect(sheet.rows[2].map((c) => c.wrap)).toEqual([true, true]);
    // The title row is as tall as its 14-point type; it is not merged or wrapped. Wrapped lines are 16 points
    // apart (Noto Sans CJK in LibreOffice), plus 4 points of padding; a one-line row of text is 17 points tall.
    expect(sheet.rowHeights).toEqual([22, 17, 3 * 16 + 4]);
    expect(sheet.merges).toBeUndefined();
  });

  it("merges a long note across the columns of the first printed page and wraps it there, in a row tall enough", () => {
    // Columns of 30: at 80 % in landscape at most (30 × 9.33 + 5) × 0.75 × 0.8 ≈ 171 pt each, so 4 fit in 770 pt.
    const note = "说明".repeat(140); // 560 units, counted 588: 5 lines across 4 × 30 − 1 = 119
    const sheet = withWrappedText({
      name: "测试",
      rows: [[{ value: "标题", style: "title" }], [{ value: note, style: "info" }], [{ value: "短说明" }], [{ value: "级别", style: "header" }, { value: "说明", style: "header" }]],
      columnWidths: [30, 30, 30, 30, 30, 30, 30],
      headerRow: 4,
      printHeader: { left: "", right: "" },
    });
    expect(sheet.merges).toEqual(["A2:D2"]);
    expect(sheet.rows[1][0]).toEqual({ value: note, style: "info", wrap: true });
    expect(sheet.rowHeights).toEqual([22, 5 * 16 + 4, 17, 17]);
    // A note that fits its first cell, and the title, are left as they are.
    expect(sheet.rows[2][0].wrap).toBeUndefined();
    expect(sheet.rows[0][0].wrap).toBeUndefined();
  });

  it("merges a note only across the sheet's own columns when they all fit on the page", () => {
    const sheet = withWrappedText({
      name: "测试",
      rows: [[{ value: "很长的说明".repeat(10) }], [{ value: "级别", style: "header" }, { value: "说明", style: "header" }]],
      columnWidths: [10, 20],
      headerRow: 2,
      printHeader: { left: "", right: "" },
    });
    expect(sheet.merges).toEqual(["A1:B1"]);
    // 50 CJK characters, 100 units counted 105, across 10 + 20 − 1 = 29: 4 lines.
    expect(sheet.rowHeights?.[0]).toBe(4 * 16 + 4);
  });

  it("asks no height and prints no full text for a hidden column (the school and the keys of 整改清单)", () => {
    const sheet = withWrappedText({
      name: "测试",
      rows: [
        [{ value: "学校", style: "header" }, { value: "项目", style: "header" }],
        [{ value: "勐往乡中心完全小学（一校区）" }, { value: "短" }],
        [{ value: "依据".repeat(2000) }, { value: "短" }],
      ],
      columnWidths: [12, 30],
      hiddenColumns: [1],
      headerRow: 1,
      printHeader: { left: "", right: "" },
    });
    // One CJK line each: before, the hidden school's name made its row two lines tall.
    expect(sheet.rowHeights?.slice(0, 3)).toEqual([17, 17, 17]);
    expect(sheet.rows).toHaveLength(3);
  });

  it("wraps a long note on a sheet of one wide column, and prints a note longer than the tallest row whole after it", () => {
    const paragraph = "我乡多方筹措资金改善办学条件。".repeat(200);
    const sheet = withWrappedText({
      name: "自评报告",
      rows: [[{ value: "自评报告", style: "title" }], [{ value: "短的说明，但比一列宽：".repeat(6) }], [{ value: paragraph }]],
      columnWidths: [100],
      headerRow: 0,
      printHeader: { left: "", right: "" },
    });
    // Before: neither merged nor wrapped (one column is no span), so each printed as one line off the page.
    expect(sheet.rows[1][0].wrap).toBe(true);
    expect(sheet.rowHeights?.[1]).toBeGreaterThan(17);
    expect(sheet.rows[2][0]).toMatchObject({ value: paragraph, wrap: true });
    expect(sheet.rowHeights?.[2]).toBe(25 * 16 + 4);
    // The whole paragraph again after the sheet, in parts, named by its row (no column label for a note).
    const after = sheet.rows.slice(3).map((row) => row[0]?.value);
    expect(after).toContain("第 3 行全文：");
    expect(after.slice(after.indexOf("第 3 行全文：") + 1).join("")).toBe(paragraph);
  });

  it("counts a link as one line (LibreOffice never wraps one) and never asks for a row taller than Excel's 409 points", () => {
    const link = { sheet: "表", cell: "C10" };
    const sheet = withWrappedText({
      name: "测试",
      rows: [
        [{ value: "单元格", style: "header" }, { value: "依据", style: "header" }],
        [{ value: "C10、E10、L10、M10、N10".repeat(3), link }, { value: "短" }],
        [{ value: "C10", link }, { value: "依据".repeat(2000) }],
      ],
      columnWidths: [14, 70],
      headerRow: 1,
      printHeader: { left: "", right: "" },
    });
    expect(sheet.rows[1].map((c) => c.wrap)).toEqual([undefined, undefined]);
    // A tall row wraps every cell, so all of them sit at its top.
    expect(sheet.rows[2].map((c) => c.wrap)).toEqual([true, true]);
    // 25 lines of 16 points and the padding: the most a row holds; the user's text itself is kept whole.
    expect(sheet.rowHeights?.slice(0, 3)).toEqual([17, 17, 25 * 16 + 4]);
    expect(sheet.rows[2][1].value).toBe("依据".repeat(2000));
  });

  it("gives rows of text a height for one CJK line (LibreOffice sets them 16 points apart), not rows of numbers or empty ones", () => {
    const sheet = withWrappedText({
      name: "测试",
      rows: [[{ value: "说明" }], [], [{ value: "学校", style: "header" }, { value: "学生数", style: "header" }], [{ value: "勐往小学" }, { value: 642 }], [{ value: 1 }, { value: 2 }]],
      columnWidths: [20, 10],
      headerRow: 3,
      printHeader: { left: "", right: "" },
    });
    // A row of numbers alone is left to the default (no height at the end, as before: none is written).
    expect(sheet.rowHeights).toEqual([17, null, 17, 17]);
  });

  it("prints the whole of a 依据 longer than Excel's tallest row after the table, and keeps the user's cell as typed", () => {
    const evidence = Array.from({ length: 60 }, (_, i) => `第${i + 1}条：${"学校按规定配齐了实验仪器并建立了台账".repeat(2)}`).join("\n");
    const rows = [
      [{ value: "考核自查", style: "title" as const }],
      [{ value: "序号", style: "header" as const }, { value: "项目", style: "header" as const }, { value: "依据", style: "header" as const }, { value: "项目标识", style: "header" as const }],
      [{ value: 3 }, { value: "教学仪器设备达标" }, { value: evidence }, { value: "A03" }],
      [{ value: 4 }, { value: "图书达标" }, { value: "短" }, { value: "A04" }],
    ];
    const sheet = withWrappedText({ name: "考核自查", rows, columnWidths: [6, 34, 70, 10], headerRow: 2, printHeader: { left: "", right: "" }, hiddenColumns: [4] });
    // The table is as it was: the user's cell whole, its row at Excel's 409-point limit, nothing moved.
    expect(sheet.rows.slice(0, 4).map((row) => row.map((c) => c.value))).toEqual(rows.map((row) => row.map((c) => c.value)));
    expect(sheet.rowHeights?.[2]).toBe(25 * 16 + 4);
    // After it: a line saying why, the cell named by its row, its first cells and its column, then the text in parts.
    const added = sheet.rows.slice(4);
    expect(added[0]).toEqual([]);
    expect(added[1][0].value).toContain("印不全的文字全文");
    expect(added[2][0].value).toBe("第 3 行（3 教学仪器设备达标）「依据」全文：");
    const parts = added.slice(3).map((row) => String(row[0].value));
    expect(parts.length).toBeGreaterThan(1);
    // Nothing of the text is lost or changed: the parts read on as the whole (a part ends at a line end).
    expect(parts.join("\n")).toBe(evidence);
    // Each part fits a row: merged across the sheet's columns (all on the first page; the hidden key column takes no
    // room, so the text is counted across 6 + 34 + 70), its row at most 409 points.
    const heights = sheet.rowHeights?.slice(7) ?? [];
    expect(heights).toHaveLength(parts.length);
    const linesOf = (part: string) => part.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil((textWidth(line) * 1.05) / (6 + 34 + 70 - 1))), 0);
    expect(parts.every((part) => linesOf(part) <= 25)).toBe(true);
    expect(heights).toEqual(parts.map((part) => linesOf(part) * 16 + 4));
    expect(sheet.merges).toEqual(expect.arrayContaining(parts.map((_, i) => `A${8 + i}:D${8 + i}`)));
    // Cells that fit their row get no such part.
    expect(sheet.rows.filter((row) => row[0]?.value === "短")).toEqual([]);
  });
});
