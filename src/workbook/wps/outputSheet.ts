/**
 * Writes one OutputSheet into a new ET sheet: number formats then values as whole blocks (text cells get "@" first,
 * so "=SUM(…)", "2016-08-10" or "001" stay the text Junheng wrote), styles on grouped multi-area ranges, in-workbook
 * links, column widths, hidden key columns and print setup. Not drawn in WPS: frozen header rows (they need the
 * sheet activated in the user's window), page breaks, data bars and charts — the numbers are all there.
 */
import { cellAddress, columnLetter } from "../../domain/grid";
import { HIGHLIGHT_COLOURS, type CellStyle, type OutputSheet } from "../../domain/outputs/writePlan";
import { quoteSheet } from "../office/addresses";
import { headerText, matrices } from "../office/outputSheet";
import { statusLists } from "../statusLists";
import { bgr, ET, type EtRange, type EtWorksheet } from "./etApi";
import { areaChunks } from "./highlights";
import { addSheetAtEnd, deleteSheet, type EtBook } from "./sheets";

const STYLES: Record<CellStyle, (range: EtRange) => void> = {
  title: (r) => {
    r.Font.Bold = true;
    r.Font.Size = 14;
  },
  subtitle: (r) => {
    r.Font.Color = bgr("595959");
  },
  header: (r) => {
    r.Font.Bold = true;
    r.Interior.Color = bgr("D9E1F2");
    r.VerticalAlignment = ET.xlCenter;
    r.WrapText = true;
  },
  error: (r) => {
    r.Interior.Color = bgr(HIGHLIGHT_COLOURS.error);
  },
  warning: (r) => {
    r.Interior.Color = bgr(HIGHLIGHT_COLOURS.warning);
  },
  below: (r) => {
    r.Interior.Color = bgr(HIGHLIGHT_COLOURS.below);
  },
  info: () => undefined,
  link: (r) => {
    r.Font.Color = bgr("0563C1");
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

function writeLayout(ws: EtWorksheet, sheet: OutputSheet): void {
  sheet.columnWidths.forEach((width, i) => {
    ws.Range(`${columnLetter(i)}:${columnLetter(i)}`).ColumnWidth = width;
  });
  for (const col of sheet.hiddenColumns ?? []) ws.Range(`${columnLetter(col - 1)}:${columnLetter(col - 1)}`).EntireColumn.Hidden = true;
  const page = ws.PageSetup;
  page.PaperSize = ET.xlPaperA4;
  page.Orientation = ET.xlLandscape;
  // One page wide, as many tall as needed (VBA: Zoom off, FitToPagesTall false).
  page.Zoom = false;
  page.FitToPagesWide = 1;
  page.FitToPagesTall = false;
  if (sheet.headerRow > 0) page.PrintTitleRows = `$${sheet.headerRow}:$${sheet.headerRow}`;
  page.LeftHeader = headerText(sheet.printHeader.left);
  page.RightHeader = headerText(sheet.printHeader.right);
  page.CenterFooter = "第 &P 页，共 &N 页";
}

/** Adds the sheet (deleting Junheng's previous one of that name first when `replace`) and writes its content. */
export function writeOutputSheet(book: EtBook, sheet: OutputSheet, replace: boolean): void {
  if (replace) deleteSheet(book, sheet.name);
  const ws = addSheetAtEnd(book, sheet.name);
  writeValues(ws, sheet);
  writeStyles(ws, sheet);
  writeLinks(ws, sheet);
  writeLists(ws, sheet);
  writeLayout(ws, sheet);
}

/** 整改清单's 状态 drop-downs (statusLists.ts), as in Excel: a list, Stop for anything else typed. */
function writeLists(ws: EtWorksheet, sheet: OutputSheet): void {
  for (const { address, values } of statusLists(sheet)) ws.Range(address).Validation.Add(ET.xlValidateList, ET.xlValidAlertStop, ET.xlBetween, values.join(","));
}
