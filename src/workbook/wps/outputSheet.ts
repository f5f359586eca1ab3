/**
 * Writes one OutputSheet into a new ET sheet: number formats then values as whole blocks (text cells get "@" first,
 * so "=SUM(…)", "2016-08-10" or "001" stay the text Junheng wrote), styles on grouped multi-area ranges, in-workbook
 * links, column widths, hidden key columns, and the print layout the domain decided (layout/printLayout.ts): wrapped
 * text, row heights, merged notes, page breaks and the page setup. Not drawn in WPS: frozen header rows (they need
 * the sheet activated in the user's window), data bars and charts — the numbers are all there.
 */
import { printLayoutOf } from "../../domain/layout/printLayout";
import { cellAddress, columnLetter } from "../../domain/grid";
import { type CellStyle, type OutputSheet } from "../../domain/outputs/writePlan";
import { STYLE_COLOURS } from "../../domain/outputs/palette";
import { chunkAddresses, quoteSheet } from "../office/addresses";
import { headerText, matrices } from "../office/outputSheet";
import { statusLists } from "../statusLists";
import { bgr, ET, type EtRange, type EtWorksheet } from "./etApi";
import { areaChunks, MAX_ADDRESS_CHARS } from "./highlights";
import { addSheetAtEnd, deleteSheet, type EtBook } from "./sheets";

const STYLES: Record<CellStyle, (range: EtRange) => void> = {
  title: (r) => {
    r.Font.Bold = true;
    r.Font.Size = 14;
  },
  subtitle: (r) => {
    r.Font.Color = bgr(STYLE_COLOURS.subtitle.font);
  },
  header: (r) => {
    r.Font.Bold = true;
    r.Interior.Color = bgr(STYLE_COLOURS.header.fill);
    r.VerticalAlignment = ET.xlCenter;
    r.WrapText = true;
  },
  error: (r) => {
    r.Interior.Color = bgr(STYLE_COLOURS.error.fill);
  },
  warning: (r) => {
    r.Interior.Color = bgr(STYLE_COLOURS.warning.fill);
  },
  below: (r) => {
    r.Interior.Color = bgr(STYLE_COLOURS.below.fill);
  },
  info: () => undefined,
  link: (r) => {
    r.Font.Color = bgr(STYLE_COLOURS.link.font);
    r.Font.Underline = ET.xlUnderlineStyleSingle;
  },
};

/** Cells grouped by a key (a number format, a style), in first-seen order. */
function groupCells<K>(sheet: OutputSheet, keyOf: (row: number, col: number) => K | null): Map<K, string[]> {
  const groups = new Map<K, string[]>();
  sheet.rows.forEach((row, r) =>
    row.forEach((_, c) => {
      const key = keyOf(r, c);
      if (key === null) return;
      const cells = groups.get(key) ?? [];
      cells.push(cellAddress(r, c));
      groups.set(key, cells);
    }),
  );
  return groups;
}

function writeValues(ws: EtWorksheet, sheet: OutputSheet): void {
  const m = matrices(sheet);
  if (m.width === 0 || m.values.length === 0) return;
  // ET takes one number format per range: cells are grouped by format, "General" (a new sheet's own) skipped.
  const byFormat = groupCells(sheet, (r, c) => (m.formats[r][c] === "General" ? null : m.formats[r][c]));
  for (const [format, cells] of byFormat) for (const address of areaChunks(cells)) ws.Range(address).NumberFormat = format;
  ws.Range(`A1:${columnLetter(m.width - 1)}${m.values.length}`).Value2 = m.values;
}

function writeStyles(ws: EtWorksheet, sheet: OutputSheet): void {
  const byStyle = groupCells(sheet, (r, c) => {
    const cell = sheet.rows[r][c];
    const style = cell.link ? "link" : cell.style;
    return style && style !== "info" ? style : null;
  });
  for (const [style, cells] of byStyle) for (const address of areaChunks(cells)) STYLES[style](ws.Range(address));
}

function writeLinks(ws: EtWorksheet, sheet: OutputSheet): void {
  sheet.rows.forEach((row, r) =>
    row.forEach(({ link, value }, c) => {
      if (!link || value === null) return;
      const address = cellAddress(r, c);
      // An empty address and a sub-address is VBA's in-workbook link (UNCONFIRMED on WPS).
      ws.Hyperlinks.Add(ws.Range(address), "", `${quoteSheet(link.sheet)}!${link.cell}`, "", String(value));
    }),
  );
}

/** Runs of consecutive numbers, ascending: [2, 3, 4, 7] → [[2, 4], [7, 7]]. */
function spans(numbers: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/** Whole columns by 1-based number ("B:D"), or whole rows ("3:5"), joined under VBA's 255 characters. */
const columnChunks = (columns: readonly number[]) => chunkAddresses(spans(columns).map(([a, b]) => `${columnLetter(a - 1)}:${columnLetter(b - 1)}`), MAX_ADDRESS_CHARS);
const rowChunks = (rows: readonly number[]) => chunkAddresses(spans(rows).map(([a, b]) => `${a}:${b}`), MAX_ADDRESS_CHARS);

/** Keys grouped by a value, in first-seen order. */
function byValue<V>(entries: Iterable<[number, V]>): Map<V, number[]> {
  const groups = new Map<V, number[]>();
  for (const [key, value] of entries) groups.set(value, [...(groups.get(value) ?? []), key]);
  return groups;
}

/** Widths one write per group of columns of a width, hidden key columns in one write. */
function writeColumns(ws: EtWorksheet, sheet: OutputSheet): void {
  for (const [width, columns] of byValue(sheet.columnWidths.map((w, i): [number, number] => [i + 1, w]))) {
    for (const address of columnChunks(columns)) ws.Range(address).ColumnWidth = width;
  }
  for (const address of columnChunks(sheet.hiddenColumns ?? [])) ws.Range(address).EntireColumn.Hidden = true;
}

/** Long text wraps at the top of its cell, in rows as tall as the domain sized them, and long notes are merged. */
function writeWrapping(ws: EtWorksheet, sheet: OutputSheet): void {
  const wrapped = sheet.rows.flatMap((row, r) => row.flatMap((cell, c) => (cell.wrap ? [cellAddress(r, c)] : [])));
  for (const address of areaChunks(wrapped)) {
    const range = ws.Range(address);
    range.WrapText = true;
    range.VerticalAlignment = ET.xlTop;
  }
  const heights = (sheet.rowHeights ?? []).flatMap((h, r): [number, number][] => (h === null ? [] : [[r + 1, h]]));
  for (const [height, rows] of byValue(heights)) for (const address of rowChunks(rows)) ws.Range(address).RowHeight = height;
  // Range.Merge keeps the upper-left value; only that cell of a note holds one.
  for (const range of sheet.merges ?? []) ws.Range(range).Merge();
}

/** Page margins in points, the other writers' inches (0.5 at the sides: the printable width printLayout.ts assumes). */
const MARGINS = { LeftMargin: 36, RightMargin: 36, TopMargin: 54, BottomMargin: 54, HeaderMargin: 21.6, FooterMargin: 21.6 } as const;

function writePageSetup(ws: EtWorksheet, sheet: OutputSheet): void {
  const print = printLayoutOf(sheet);
  const page = ws.PageSetup;
  page.PaperSize = ET.xlPaperA4;
  page.Orientation = print.landscape ? ET.xlLandscape : ET.xlPortrait;
  // A legible scale, never fit to one page width: a wide table breaks into page-wide column groups. (VBA: a number
  // in Zoom turns fitting to pages off.)
  page.Zoom = print.scale;
  Object.assign(page, MARGINS);
  if (print.repeatRows) page.PrintTitleRows = `$${print.repeatRows.first}:$${print.repeatRows.last}`;
  if (print.repeatColumns > 0) page.PrintTitleColumns = `$A:$${columnLetter(print.repeatColumns - 1)}`;
  page.LeftHeader = headerText(sheet.printHeader.left);
  page.CenterHeader = headerText(print.title);
  page.RightHeader = headerText(sheet.printHeader.right);
  page.CenterFooter = "第 &P 页，共 &N 页";
  // A break goes above the range given, so "after row n" is above row n + 1.
  const breaks = sheet.pageBreaksAfter ?? [];
  if (breaks.length === 0) return;
  const pageBreaks = ws.HPageBreaks;
  for (const row of breaks) pageBreaks.Add(ws.Range(`A${row + 1}`));
}

/** Adds the sheet (deleting Junheng's previous one of that name first when `replace`) and writes its content. */
export function writeOutputSheet(book: EtBook, sheet: OutputSheet, replace: boolean): void {
  if (replace) deleteSheet(book, sheet.name);
  const ws = addSheetAtEnd(book, sheet.name);
  writeValues(ws, sheet);
  writeStyles(ws, sheet);
  writeLinks(ws, sheet);
  writeLists(ws, sheet);
  writeColumns(ws, sheet);
  writeWrapping(ws, sheet);
  writePageSetup(ws, sheet);
}

/** 整改清单's 状态 drop-downs (statusLists.ts), as in Excel: a list, Stop for anything else typed. */
function writeLists(ws: EtWorksheet, sheet: OutputSheet): void {
  for (const { address, values } of statusLists(sheet)) ws.Range(address).Validation.Add(ET.xlValidateList, ET.xlValidAlertStop, ET.xlBetween, values.join(","));
}
