/**
 * Queues one OutputSheet onto a new worksheet: number formats then values in one range write (strings get the
 * text format "@" first, so "=SUM(…)", "2016-08-10" or "001" stay exactly the text Junheng wrote and never
 * become formulas, dates or numbers), styles per style on grouped ranges, links, 整改清单's 状态 drop-downs, merges,
 * data bars; then what belongs to the sheet (widths, frozen header, hidden key columns, page breaks, print setup)
 * and charts (after the values, which charts read).
 */
import { printLayoutOf } from "../../domain/layout/printLayout";
import { cellAddress, columnLetter } from "../../domain/grid";
import { type CellStyle, type OutputSheet } from "../../domain/outputs/writePlan";
import { STYLE_COLOURS } from "../../domain/outputs/palette";
import { chunkAddresses, compressCells, quoteSheet } from "./addresses";
import { ACTION_OVERHEAD_BYTES, jsonBytes, utf8Bytes, type RequestBudget } from "./payload";
import { writeCharts, writeDataBars } from "./pictures";
import { autoFilterRange } from "../autoFilter";
import { statusLists } from "../statusLists";
import type { ApiSupport } from "./support";

type CellText = string | number;

const STYLES: Record<CellStyle, (format: Excel.RangeFormat) => void> = {
  title: (f) => {
    f.font.bold = true;
    f.font.size = 14;
  },
  subtitle: (f) => {
    f.font.color = `#${STYLE_COLOURS.subtitle.font}`;
  },
  header: (f) => {
    f.font.bold = true;
    f.fill.color = `#${STYLE_COLOURS.header.fill}`;
    f.verticalAlignment = "Center";
    f.wrapText = true;
  },
  error: (f) => {
    f.fill.color = `#${STYLE_COLOURS.error.fill}`;
  },
  warning: (f) => {
    f.fill.color = `#${STYLE_COLOURS.warning.fill}`;
  },
  below: (f) => {
    f.fill.color = `#${STYLE_COLOURS.below.fill}`;
  },
  info: () => undefined,
  link: (f) => {
    f.font.color = `#${STYLE_COLOURS.link.font}`;
    f.font.underline = "Single";
  },
};

/** Actions a style costs on one range at most (fill, bold, size, colour …). */
const STYLE_ACTIONS = 5;

/** Excel column width in points for a width in characters of the default font (7 px a character plus 5 px padding). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export interface Matrices {
  readonly values: CellText[][];
  readonly formats: string[][];
  readonly width: number;
}

export function matrices(sheet: OutputSheet): Matrices {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const values: CellText[][] = [];
  const formats: string[][] = [];
  for (const row of sheet.rows) {
    const v: CellText[] = [];
    const f: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      const value = cell?.value ?? null;
      v.push(value ?? "");
      f.push(typeof value === "string" ? "@" : (cell?.numberFormat ?? "General"));
    }
    values.push(v);
    formats.push(f);
  }
  return { values, formats, width };
}

/** Consecutive rows grouped so each group's payload stays under `max` (one group for any ordinary sheet). */
export function rowBlocks(rowBytes: readonly number[], max: number): [number, number][] {
  const blocks: [number, number][] = [];
  let start = 0;
  let size = 0;
  rowBytes.forEach((bytes, r) => {
    if (r > start && size + bytes > max) {
      blocks.push([start, r - 1]);
      start = r;
      size = 0;
    }
    size += bytes;
  });
  if (rowBytes.length > 0) blocks.push([start, rowBytes.length - 1]);
  return blocks;
}

function rangeOf(sheet: Excel.Worksheet, address: string, support: ApiSupport): { format: Excel.RangeFormat } {
  return support.rangeAreas ? sheet.getRanges(address) : sheet.getRange(address);
}

async function writeValues(ws: Excel.Worksheet, m: Matrices, budget: RequestBudget): Promise<void> {
  if (m.width === 0 || m.values.length === 0) return;
  const rowBytes = m.values.map((row, r) => jsonBytes(row) + jsonBytes(m.formats[r]));
  for (const [top, bottom] of rowBlocks(rowBytes, budget.limit / 2)) {
    const bytes = rowBytes.slice(top, bottom + 1).reduce((a, b) => a + b, 0);
    await budget.spend(bytes + ACTION_OVERHEAD_BYTES);
    const range = ws.getRange(`A${top + 1}:${columnLetter(m.width - 1)}${bottom + 1}`);
    // Text format before the values: Excel reads a value written into a "@" cell as text, whatever it looks like.
    range.numberFormat = m.formats.slice(top, bottom + 1);
    range.values = m.values.slice(top, bottom + 1);
  }
}

async function writeStyles(ws: Excel.Worksheet, sheet: OutputSheet, support: ApiSupport, budget: RequestBudget): Promise<void> {
  const byStyle = new Map<CellStyle, string[]>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const style = cell.link ? "link" : cell.style;
      if (!style || style === "info") return;
      const cells = byStyle.get(style) ?? [];
      cells.push(cellAddress(r, c));
      byStyle.set(style, cells);
    }),
  );
  for (const [style, cells] of byStyle) {
    const rectangles = compressCells(cells);
    for (const address of support.rangeAreas ? chunkAddresses(rectangles) : rectangles) {
      await budget.spend(utf8Bytes(address) + STYLE_ACTIONS * ACTION_OVERHEAD_BYTES);
      STYLES[style](rangeOf(ws, address, support).format);
    }
  }
  // Long table text wraps in its column (the domain sized those rows: writeSheetLayout).
  const wrapped = sheet.rows.flatMap((row, r) => row.flatMap((cell, c) => (cell.wrap ? [cellAddress(r, c)] : [])));
  const rectangles = compressCells(wrapped);
  for (const address of support.rangeAreas ? chunkAddresses(rectangles) : rectangles) {
    await budget.spend(utf8Bytes(address) + 2 * ACTION_OVERHEAD_BYTES);
    const format = rangeOf(ws, address, support).format;
    format.wrapText = true;
    format.verticalAlignment = "Top";
  }
}

async function writeLinks(ws: Excel.Worksheet, sheet: OutputSheet, budget: RequestBudget): Promise<void> {
  for (let r = 0; r < sheet.rows.length; r++) {
    for (let c = 0; c < sheet.rows[r].length; c++) {
      const { link, value } = sheet.rows[r][c];
      if (!link || value === null) continue;
      const hyperlink: Excel.RangeHyperlink = { documentReference: `${quoteSheet(link.sheet)}!${link.cell}`, textToDisplay: String(value) };
      await budget.spend(jsonBytes(hyperlink));
      ws.getRange(cellAddress(r, c)).hyperlink = hyperlink;
    }
  }
}

/**
 * The 状态 drop-downs (statusLists.ts). Excel's default alert stops a value not in the list as it is typed; one
 * Junheng writes back as the user typed it earlier stays, and is reported (L-01).
 */
async function writeLists(ws: Excel.Worksheet, sheet: OutputSheet, budget: RequestBudget): Promise<void> {
  for (const { address, values } of statusLists(sheet)) {
    const rule: Excel.DataValidationRule = { list: { inCellDropDown: true, source: values.join(",") } };
    await budget.spend(utf8Bytes(address) + jsonBytes(rule));
    ws.getRange(address).dataValidation.rule = rule;
  }
}

/** "&" starts a code in Excel page headers; a literal one is doubled. */
export function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** Runs of neighbouring rows of one height, as [first, last] 1-based rows and the height; rows without one left out. */
export function heightRuns(heights: readonly (number | null)[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  heights.forEach((height, r) => {
    if (height === null) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === r && last[2] === height) last[1] = r + 1;
    else runs.push([r + 1, r + 1, height]);
  });
  return runs;
}

/**
 * What belongs to the sheet rather than its cells, so copying cells does not carry it: column widths, hidden key
 * columns, frozen header, row heights, page breaks and print setup. On a sheet kept from an earlier write
 * (`kept`), the paper, orientation and scale are left as the user may have set them; the rest follows the content.
 */
export async function writeSheetLayout(ws: Excel.Worksheet, sheet: OutputSheet, support: ApiSupport, budget: RequestBudget, kept = false): Promise<void> {
  for (const [i, width] of sheet.columnWidths.entries()) {
    await budget.spend(0);
    ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = widthInPoints(width);
  }
  for (const col of sheet.hiddenColumns ?? []) {
    await budget.spend(0);
    ws.getRange(`${columnLetter(col - 1)}:${columnLetter(col - 1)}`).columnHidden = true;
  }
  if (support.freezePanes && sheet.headerRow > 0) ws.freezePanes.freezeRows(sheet.headerRow);
  // One action per run of neighbouring rows of a height: nearly every row holding text has one (printLayout.ts).
  for (const [first, last, height] of heightRuns(sheet.rowHeights ?? [])) {
    await budget.spend(0);
    ws.getRange(`${first}:${last}`).format.rowHeight = height;
  }
  if (!support.rangeAreas) return;
  for (const row of sheet.pageBreaksAfter ?? []) {
    await budget.spend(0);
    // A page break goes before the given cell, so "after row n" is "before row n + 1".
    ws.horizontalPageBreaks.add(`A${row + 1}`);
  }
  await budget.spend(utf8Bytes(sheet.printHeader.left + sheet.printHeader.right) + 8 * ACTION_OVERHEAD_BYTES);
  const print = printLayoutOf(sheet);
  const layout = ws.pageLayout;
  if (!kept) {
    layout.paperSize = "A4";
    layout.orientation = print.landscape ? "Landscape" : "Portrait";
    // A legible scale, never "fit to one page wide": a wide table breaks into page-wide column groups.
    layout.zoom = { scale: print.scale };
  }
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
  if (print.repeatColumns > 0) layout.setPrintTitleColumns(`$A:$${columnLetter(print.repeatColumns - 1)}`);
  // Filter buttons on the header row where the sheet is one table (autoFilter.ts); a kept sheet's earlier filter,
  // and any rows it hides, go first.
  const filter = autoFilterRange(sheet);
  if (kept) ws.autoFilter.remove();
  if (filter) ws.autoFilter.apply(filter);
  const header = layout.headersFooters.defaultForAllPages;
  header.leftHeader = headerText(sheet.printHeader.left);
  header.centerHeader = headerText(print.title);
  header.rightHeader = headerText(sheet.printHeader.right);
  header.centerFooter = "第 &P 页，共 &N 页";
}

/** Long notes across the printed width (printLayout.ts); Range.merge is ExcelApi 1.2, below the adapter's floor. */
async function writeMerges(ws: Excel.Worksheet, sheet: OutputSheet, budget: RequestBudget): Promise<void> {
  for (const range of sheet.merges ?? []) {
    await budget.spend(0);
    ws.getRange(range).merge(false);
  }
}

/** The address of everything a sheet's cells hold, from A1: what an in-place write copies (inPlace.ts). */
export function contentAddress(sheet: OutputSheet): string | null {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  return width === 0 || sheet.rows.length === 0 ? null : `A1:${columnLetter(width - 1)}${sheet.rows.length}`;
}

/**
 * Adds the sheet as `addedAs` and queues its content. A sheet that replaces Junheng's earlier one is written under
 * a staging name and copied into the earlier sheet at the end of the write (stagedWrite.ts), so a failure never
 * leaves it half-done: then only its cells are written here (`cellsOnly`), and the layout and charts, which a
 * copy does not carry, go straight onto the kept sheet.
 */
export async function writeOutputSheet(
  context: Excel.RequestContext,
  sheet: OutputSheet,
  addedAs: string,
  support: ApiSupport,
  budget: RequestBudget,
  cellsOnly = false,
): Promise<void> {
  await budget.spend(2 * utf8Bytes(addedAs));
  const ws = context.workbook.worksheets.add(addedAs);
  await writeValues(ws, matrices(sheet), budget);
  await writeStyles(ws, sheet, support, budget);
  if (support.hyperlinks) await writeLinks(ws, sheet, budget);
  if (support.dataValidation) await writeLists(ws, sheet, budget);
  await writeMerges(ws, sheet, budget);
  await writeDataBars(ws, sheet.dataBars ?? [], support, budget);
  if (cellsOnly) return;
  await writeSheetLayout(ws, sheet, support, budget);
  await writeCharts(ws, sheet.charts ?? [], support, budget);
}
