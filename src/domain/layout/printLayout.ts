/**
 * Print layout as data (docs/workbook-format.md §2.3): every sheet Junheng writes prints legibly on A4 by itself —
 * landscape, at a fixed legible scale instead of shrinking to one page width, the table header and the identifying
 * columns repeated on every page, long table text wrapped in rows tall enough to show it. The adapters only apply
 * what is decided here.
 */
import { columnLetter } from "../grid";
import type { OutputCell, OutputSheet, PrintLayout } from "../outputs/writePlan";

/** 11-point text at 80 % prints at about 9 points (a table font): legible, and wide tables split into few page groups. */
export const PRINT_SCALE = 80;
/**
 * Height of one wrapped line of 11-point text, in points: Noto Sans CJK, which LibreOffice and WPS on Linux put in
 * for Chinese, sets its lines 16 points apart (measured in the LibreOffice PDF: 12.8 points at 80 %); Excel's CJK
 * fonts less. With 15, the second line of a two-line cell ran 2.6 points into the row below.
 */
const LINE_HEIGHT = 16;
/** Room above the first line and below the last of a wrapped row, in points. */
const ROW_PADDING = 4;
/**
 * Height of a title row (14-point bold): left to the default 15 points, the title printed over the row above it
 * (the 草稿 line of 自评报告) in LibreOffice, which does not grow such a row by itself.
 */
const TITLE_HEIGHT = 22;
/** Excel's tallest row, in points: a row never asks for more (the rest of such a cell is cut on screen too). */
const MAX_ROW_HEIGHT = 409;
const MAX_LINES = Math.floor((MAX_ROW_HEIGHT - ROW_PADDING) / LINE_HEIGHT);
/**
 * Text is counted 5 % wider than textWidth says: the CJK fonts Excel falls back to on Chinese Windows (DengXian,
 * SimSun) are 2.1 digit widths wide at 11 points, not 2.
 */
const WIDTH_MARGIN = 1.05;

/** Height of a row of wrapped text. */
const wrappedHeight = (lines: number) => Math.min(lines, MAX_LINES) * LINE_HEIGHT + ROW_PADDING;

/** The default layout with some parts changed: a sheet with its own header rows per group, or identifying columns. */
export function printLayout(sheet: Pick<OutputSheet, "name" | "headerRow">, changes: Partial<PrintLayout> = {}): PrintLayout {
  return { ...printLayoutOf({ ...sheet } as OutputSheet), ...changes };
}

export function printLayoutOf(sheet: OutputSheet): PrintLayout {
  return (
    sheet.print ?? {
      landscape: true,
      scale: PRINT_SCALE,
      repeatRows: sheet.headerRow > 0 ? { first: sheet.headerRow, last: sheet.headerRow } : null,
      repeatColumns: 0,
      title: sheet.name,
    }
  );
}

/** The print layout of a register sheet: its heading rows and the code and name columns repeated. */
export function registerPrintLayout(name: string, headingRows: number): PrintLayout {
  return { landscape: true, scale: PRINT_SCALE, repeatRows: headingRows > 0 ? { first: 1, last: headingRows } : null, repeatColumns: 2, title: name };
}

/**
 * Width of a text in Excel column units: a CJK character takes two, anything else one — except curly quotes, dashes,
 * ellipses and ≤ / ≥, which a CJK font (LibreOffice's choice beside Chinese text) sets full width.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF\u2010-\u2027\u2264\u2265]/.test(ch) ? 2 : 1;
  return width;
}

/** Lines a text takes in a column of this width (a cell's padding takes about one unit). */
function linesIn(text: string, columnWidth: number): number {
  const usable = Math.max(1, columnWidth - 1);
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil((textWidth(part) * WIDTH_MARGIN) / usable)), 0);
}

/** Whether a text prints on one line of a column this wide (what a link must do: it never wraps). */
export const fitsOneLine = (text: string, columnWidth: number) => linesIn(text, columnWidth) === 1;

function linesOf(cell: OutputCell, columnWidth: number): number {
  return typeof cell.value !== "string" || cell.value === "" ? 1 : linesIn(cell.value, columnWidth);
}

/**
 * What one printed page holds across, in points: A4 less the 0.5-inch side margins every writer sets (landscape
 * 842 − 72, portrait 595 − 72).
 */
const PRINTABLE_WIDTH = { landscape: 770, portrait: 523 } as const;

/**
 * A column's printed width in points, at the widest it gets: the column unit is the digit width of the default font,
 * 7 pixels in Calibri but 9⅓ in DejaVu Sans, which LibreOffice and WPS on Linux put in its place; plus 5 pixels of
 * padding. Measured so, a merged note ends inside the page wherever it is printed (in Excel with a quarter to spare).
 */
const columnPoints = (width: number, scale: number) => ((width * 9.33 + 5) * 0.75 * scale) / 100;

/**
 * How many columns from A a note may be merged across: those that print on the first page of the sheet's column
 * groups, and no further than the sheet's own columns.
 */
function noteSpan(sheet: OutputSheet): number {
  const { landscape, scale } = printLayoutOf(sheet);
  const room = landscape ? PRINTABLE_WIDTH.landscape : PRINTABLE_WIDTH.portrait;
  let used = 0;
  let span = 0;
  for (const width of sheet.columnWidths) {
    used += columnPoints(width, scale);
    if (used > room) break;
    span += 1;
  }
  return Math.max(1, span);
}

/**
 * A note: a row with text in its first cell only, outside the table, wider than that cell. On screen it runs
 * across the empty cells beside it, but a printed page ends where the page does and cuts it; so it is merged
 * across the printed width and wrapped there (titles are short and set larger: they are left alone).
 */
const isNote = (sheet: OutputSheet, row: readonly OutputCell[]) =>
  typeof row[0]?.value === "string" && row[0].style !== "title" && row.slice(1).every((c) => c.value === null) && textWidth(row[0].value) > (sheet.columnWidths[0] ?? 10) - 1;

/** A row of the table (the header and below, with more than one cell), where text must stay in its column. */
const isTableRow = (sheet: OutputSheet, row: readonly OutputCell[], index: number) => index + 1 >= sheet.headerRow && row.filter((c) => c.value !== null).length > 1;

/**
 * The sheet with long table text wrapped and each such row as tall as its longest cell, and each long note merged
 * across the printed width (noteSpan), wrapped there in a row as tall as it needs. Titles stay on one line, in a
 * row tall enough for their larger type.
 */
export function withWrappedText(sheet: OutputSheet): OutputSheet {
  const heights: (number | null)[] = [];
  const merges: string[] = [];
  let any = false;
  let span: number | null = null;
  const rows = sheet.rows.map((row, r) => {
    if (!isTableRow(sheet, row, r)) {
      if (row[0]?.style === "title") {
        heights[r] = TITLE_HEIGHT;
        any = true;
      }
      if (!isNote(sheet, row)) return row;
      span ??= noteSpan(sheet);
      if (span < 2) return row;
      const width = sheet.columnWidths.slice(0, span).reduce((a, b) => a + b, 0);
      const lines = linesOf(row[0], width);
      merges.push(`A${r + 1}:${columnLetter(span - 1)}${r + 1}`);
      any = true;
      if (lines > 1) heights[r] = wrappedHeight(lines);
      return [{ ...row[0], wrap: true }, ...row.slice(1)];
    }
    // A link prints on one line whatever its wrap (LibreOffice never breaks one): its text is made to fit instead.
    const lines = Math.max(...row.map((cell, c) => (cell.link ? 1 : linesOf(cell, sheet.columnWidths[c] ?? 10))));
    if (lines <= 1) return row;
    heights[r] = wrappedHeight(lines);
    any = true;
    // Every shown cell of a tall row wraps, so all sit at its top: a long text at the top and its row's other cells
    // at the bottom read as two rows. (A hidden key wrapped in its zero-width column, LibreOffice printed it.)
    const hidden = new Set(sheet.hiddenColumns ?? []);
    return row.map((cell, c) => (cell.value === null || hidden.has(c + 1) ? cell : { ...cell, wrap: true }));
  });
  if (!any) return sheet;
  return { ...sheet, rows, ...(heights.length > 0 ? { rowHeights: Array.from(heights, (h) => h ?? null) } : {}), ...(merges.length > 0 ? { merges } : {}) };
}
