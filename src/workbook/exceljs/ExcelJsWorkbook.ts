/** The workbook port over exceljs: used by the command line, the web page and the tests. */
import ExcelJS from "exceljs";
import { InputError } from "../../domain/errors";
import { parseRangeAddress, type CellRange, type CellValue, type SheetGrid, type WorkbookGrid } from "../../domain/grid";
import { type OutputSheet, type WritePlan } from "../../domain/outputs/writePlan";
import { HIGHLIGHT_COLOURS, REGISTER_HEADER_FILL } from "../../domain/outputs/palette";
import { MARKER_SHEET, type WorkbookPort } from "../port";
import { settleRows } from "../sheetRows";
import { toCellValue } from "./cellValues";
import { applyPrintLayout, writeOutputSheet } from "./outputSheet";
import { headingRowHeights, identifyingColumns, registerPrintLayout } from "../../domain/layout/printLayout";

/** A sheet as the grid holds it; `merges` when they were read elsewhere. */
export function readSheet(ws: ExcelJS.Worksheet, merges: readonly CellRange[] = (ws.model.merges ?? []).flatMap((ref) => parseRangeAddress(ref) ?? [])): SheetGrid {
  const rows: (readonly CellValue[])[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: CellValue[] = [];
    for (let c = 1; c < values.length; c++) cells.push(toCellValue(values[c]));
    rows[rowNumber - 1] = cells;
  });
  // exceljs repeats a merged area's value in every cell of it; the grid keeps it in the top-left cell only.
  return { name: ws.name, rows: settleRows(rows, merges), merges, visibility: ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible" };
}

function styleHeading(ws: ExcelJS.Worksheet, sheet: SheetGrid, rows: number): void {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const widths = Array.from({ length: width }, (_, c) => (c === 1 ? 22 : 12));
  widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  if (rows === 0) return;
  headingRowHeights(sheet, rows, widths).forEach((height, r) => (ws.getRow(r + 1).height = height));
  const border: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
  // A group heading merged across columns starts at its left: centred, LibreOffice drew it over the repeated columns
  // of the next page where its group was split by a page break.
  const across = new Set(sheet.merges.filter((m) => m.right > m.left && m.top < rows).map((m) => `${m.top + 1}:${m.left + 1}`));
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= width; c++) {
      ws.getCell(r, c).style = {
        font: { bold: true },
        alignment: { horizontal: across.has(`${r}:${c}`) ? "left" : "center", vertical: "middle", wrapText: true },
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${REGISTER_HEADER_FILL}` } },
        border,
      };
    }
  }
  ws.views = [{ state: "frozen", xSplit: identifyingColumns(sheet.name), ySplit: rows }];
}

/** The sheets Junheng made, as its hidden marker sheet lists them. */
export function ownedSheetNames(workbook: ExcelJS.Workbook): string[] {
  const names: string[] = [];
  workbook.getWorksheet(MARKER_SHEET)?.eachRow((row) => {
    const name = toCellValue(row.getCell(1).value);
    if (typeof name === "string") names.push(name);
  });
  return names;
}

export class ExcelJsWorkbook implements WorkbookPort {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /** Opens .xlsx bytes; throws InputError with a Chinese message when they are not a readable workbook. */
  static async load(bytes: Uint8Array, fileName = "工作簿"): Promise<ExcelJsWorkbook> {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch {
      throw new InputError(`无法读取工作簿「${fileName}」：文件可能已损坏或不是 .xlsx 格式。`, { kind: "unreadableWorkbook", file: fileName });
    }
    return new ExcelJsWorkbook(workbook);
  }

  /** A new workbook of nothing but these output sheets (class scores, archive tables), as .xlsx bytes. */
  static async ofOutputSheets(sheets: readonly OutputSheet[]): Promise<Uint8Array> {
    const workbook = ExcelJsWorkbook.fromGrid({ sheets: [], ownedSheets: [] });
    await workbook.write({ highlights: [], sheets });
    return workbook.toBuffer();
  }

  /**
   * A new workbook holding the given sheets (the sample and generated registers). `headerRows` gives, per
   * sheet, how many top rows are headings: they are styled and frozen so the file looks like a real register.
   */
  static fromGrid(grid: WorkbookGrid, headerRows: Readonly<Record<string, number>> = {}): ExcelJsWorkbook {
    const workbook = new ExcelJS.Workbook();
    for (const sheet of grid.sheets) {
      const ws = workbook.addWorksheet(sheet.name, { state: sheet.visibility });
      sheet.rows.forEach((cells, r) => {
        cells.forEach((value, c) => {
          if (value !== null) ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
        });
      });
      for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      styleHeading(ws, sheet, headerRows[sheet.name] ?? 0);
      applyPrintLayout(ws, registerPrintLayout(sheet.name, headerRows[sheet.name] ?? 0), { left: "", right: "" });
    }
    return new ExcelJsWorkbook(workbook);
  }

  async read(): Promise<WorkbookGrid> {
    const sheets = this.workbook.worksheets.filter((ws) => ws.name !== MARKER_SHEET).map((ws) => readSheet(ws));
    return { sheets, ownedSheets: this.ownedSheetNames() };
  }

  async write(plan: WritePlan): Promise<void> {
    for (const group of plan.highlights) {
      const ws = this.workbook.getWorksheet(group.sheet);
      if (!ws) continue;
      const fill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${HIGHLIGHT_COLOURS[group.kind]}` } };
      for (const address of group.cells) {
        const cell = ws.getCell(address);
        // exceljs shares one style object between cells with the same style; copy it so only this cell changes.
        cell.style = { ...cell.style, fill };
      }
    }
    const owned = new Set(this.ownedSheetNames());
    for (const sheet of plan.sheets) {
      const existing = this.workbook.getWorksheet(sheet.name);
      if (existing) this.workbook.removeWorksheet(existing.id);
      writeOutputSheet(this.workbook.addWorksheet(sheet.name), sheet);
      owned.add(sheet.name);
    }
    this.writeMarker([...owned]);
  }

  async toBuffer(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }

  private ownedSheetNames(): string[] {
    return ownedSheetNames(this.workbook);
  }

  private writeMarker(owned: readonly string[]): void {
    const old = this.workbook.getWorksheet(MARKER_SHEET);
    if (old) this.workbook.removeWorksheet(old.id);
    const marker = this.workbook.addWorksheet(MARKER_SHEET, { state: "veryHidden" });
    owned.forEach((name, i) => {
      marker.getCell(i + 1, 1).value = name;
    });
  }
}
