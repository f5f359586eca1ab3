/**
 * Print layout as data (docs/workbook-format.md §2.3): every sheet Junheng writes prints legibly on A4 by itself —
 * landscape, at a fixed legible scale instead of shrinking to one page width, the table header and the identifying
 * columns repeated on every page, long table text wrapped in rows tall enough to show it. The adapters only apply
 * what is decided here.
 */
import { REGISTER_SHEETS } from "../fields/dictionary";
import { columnLetter, type SheetGrid } from "../grid";
import type { OutputCell, OutputSheet, PrintLayout } from "../outputs/writePlan";

/** 11-point text at 80 % prints at about 9 points (a table font): legible, and wide tables split into few page groups. */
export const PRINT_SCALE = 80;
/**
 * Height of one wrapped line of 11-point text, in points: Noto Sans CJK, which LibreOffice and WPS on Linux put in
 * for Chinese, sets its lines 16 points apart (measured in the LibreOffice PDF: 12.8 points at 80 %); Excel's CJK
 * fonts less. With 15, the second line of a two-line cell ran 2.6 points into the row below.
 */
const LINE_HEIGHT = 16;
/**
 * Height of a row of one line of 11-point text, in points: the 16-point CJK line and a point to spare. Excel's
 * default of 15 is a Calibri line: LibreOffice (WPS on Linux alike) printed a Chinese note in it 1.8 points over the
 * row below, and at 16 the printed boxes still overlapped by 0.7.
 */
const LINE_ROW_HEIGHT = 17;
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

/**
 * How many columns on the left of a register sheet name its rows: 标识码 and 学校名称 on the school sheets, the
 * 村委会 alone on 普及与控辍 (its second column is data, part of a heading group that split oddly when repeated).
 */
export function identifyingColumns(sheetName: string): number {
  return REGISTER_SHEETS.find((def) => def.name === sheetName)?.keyField === "village" ? 1 : 2;
}

/** The print layout of a register sheet: its heading rows and its identifying columns repeated on every page. */
export function registerPrintLayout(name: string, headingRows: number): PrintLayout {
  return { landscape: true, scale: PRINT_SCALE, repeatRows: headingRows > 0 ? { first: 1, last: headingRows } : null, repeatColumns: identifyingColumns(name), title: name };
}

/**
 * Heights in points of a register's heading rows, each tall enough for its wrapped headings: a heading takes the
 * width of the columns it is merged across, and one merged down over several rows shares their height (the last of
 * them grows when they are too low together). Left at Excel's 15 points, a two-line heading printed over the row
 * below in LibreOffice (the sample's 校舍, 场地与装备 and 普及与控辍 sheets).
 */
export function headingRowHeights(sheet: SheetGrid, headingRows: number, widths: readonly number[]): number[] {
  const heights = Array<number>(headingRows).fill(LINE_ROW_HEIGHT);
  const tall: { top: number; bottom: number; height: number }[] = [];
  for (let r = 0; r < headingRows; r++) {
    (sheet.rows[r] ?? []).forEach((value, c) => {
      if (typeof value !== "string" || value === "") return;
      const merge = sheet.merges.find((m) => m.top === r && m.left === c) ?? { top: r, left: c, bottom: r, right: c };
      const width = widths.slice(merge.left, merge.right + 1).reduce((sum, w) => sum + w, 0);
      const height = wrappedHeight(linesIn(value, width));
      if (merge.bottom === r) heights[r] = Math.max(heights[r], height);
      else tall.push({ top: r, bottom: Math.min(merge.bottom, headingRows - 1), height });
    });
  }
  for (const { top, bottom, height } of tall) {
    const shared = heights.slice(top, bottom + 1).reduce((sum, h) => sum + h, 0);
    if (shared < height) heights[bottom] += height - shared;
  }
  return heights;
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

/** Width of the first `span` columns as printed: a hidden column (a key) takes no room in a merge across it. */
function shownWidth(sheet: OutputSheet, span: number): number {
  const hidden = new Set(sheet.hiddenColumns ?? []);
  return sheet.columnWidths.slice(0, span).reduce((sum, width, c) => sum + (hidden.has(c + 1) ? 0 : width), 0);
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

/** A row with a text in it (numbers alone print in the Latin font's line, which Excel's default row fits). */
const holdsText = (row: readonly OutputCell[]) => row.some((c) => typeof c.value === "string" && c.value !== "");

/**
 * The sheet with long table text wrapped and each such row as tall as its longest cell, and each long note merged
 * across the printed width (noteSpan), wrapped there in a row as tall as it needs; every other row of text one CJK
 * line tall, and the whole of a cell longer than the tallest row after the table (fullTexts). Titles stay on one
 * line, in a row tall enough for their larger type.
 */
export function withWrappedText(sheet: OutputSheet): OutputSheet {
  const heights: (number | null)[] = [];
  const merges: string[] = [];
  let any = false;
  let span: number | null = null;
  const overflows: Overflow[] = [];
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const rows = sheet.rows.map((row, r) => {
    if (!isTableRow(sheet, row, r)) {
      const height = row[0]?.style === "title" ? TITLE_HEIGHT : holdsText(row) ? LINE_ROW_HEIGHT : null;
      if (height !== null) {
        heights[r] = height;
        any = true;
      }
      if (!isNote(sheet, row)) return row;
      span ??= noteSpan(sheet);
      // Where the first printed page holds column A alone (a template of one wide column), the note wraps there.
      const lines = linesOf(row[0], shownWidth(sheet, span));
      if (span > 1) merges.push(`A${r + 1}:${columnLetter(span - 1)}${r + 1}`);
      any = true;
      if (lines > 1) heights[r] = wrappedHeight(lines);
      if (lines > MAX_LINES) overflows.push({ row: r, column: 0, note: true });
      return [{ ...row[0], wrap: true }, ...row.slice(1)];
    }
    // A link prints on one line whatever its wrap (LibreOffice never breaks one): its text is made to fit instead.
    // A hidden column (学校 and the keys of 整改清单) prints nothing, so it asks for no height.
    const lines = Math.max(...row.map((cell, c) => (cell.link || hidden.has(c + 1) ? 1 : linesOf(cell, sheet.columnWidths[c] ?? 10))));
    if (lines <= 1) {
      if (holdsText(row)) {
        heights[r] = LINE_ROW_HEIGHT;
        any = true;
      }
      return row;
    }
    heights[r] = wrappedHeight(lines);
    any = true;
    row.forEach((cell, c) => {
      if (!cell.link && !hidden.has(c + 1) && typeof cell.value === "string" && linesOf(cell, sheet.columnWidths[c] ?? 10) > MAX_LINES) overflows.push({ row: r, column: c });
    });
    // Every shown cell of a tall row wraps, so all sit at its top: a long text at the top and its row's other cells
    // at the bottom read as two rows. (A hidden key wrapped in its zero-width column, LibreOffice printed it.)
    return row.map((cell, c) => (cell.value === null || hidden.has(c + 1) ? cell : { ...cell, wrap: true }));
  });
  if (!any) return sheet;
  if (overflows.length > 0) {
    const across = (span ??= noteSpan(sheet));
    const width = shownWidth(sheet, across);
    for (const row of fullTexts(sheet, overflows, width)) {
      const r = rows.length;
      rows.push(row);
      const text = row[0]?.value;
      if (typeof text !== "string") continue;
      heights[r] = wrappedHeight(linesIn(text, width));
      if (across > 1) merges.push(`A${r + 1}:${columnLetter(across - 1)}${r + 1}`);
    }
  }
  return { ...sheet, rows, ...(heights.length > 0 ? { rowHeights: Array.from(heights, (h) => h ?? null) } : {}), ...(merges.length > 0 ? { merges } : {}) };
}

/** A table cell with more lines than Excel's tallest row holds (0-based row and column). */
interface Overflow {
  readonly row: number;
  readonly column: number;
  /** A note across the page (a 主要做法 paragraph), not a table cell: named by its row alone. */
  readonly note?: boolean;
}

/**
 * The whole text of each cell too long for its row, printed after the sheet's last row: on paper such a cell shows
 * its first 25 lines only, and the cell itself is the user's (a 依据 they typed), never shortened. A heading names
 * the cell by its column, its row and the row's first cells (序号, 项目); the text follows in parts short enough for
 * a row, every row merged across the printed width (as notes are) and wrapped there. Rows after the table move nothing the sheet's other parts point
 * at (page breaks, merges, data bars, validations), and carry no key, so the read-back of a sheet skips them.
 */
function fullTexts(sheet: OutputSheet, overflows: readonly Overflow[], width: number): OutputCell[][] {
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const header = sheet.rows[sheet.headerRow - 1] ?? [];
  const rows: OutputCell[][] = [[], [{ value: `以下为表中印不全的文字全文（一行最高 ${MAX_ROW_HEIGHT} 磅，只印得下前 ${MAX_LINES} 行）。`, style: "subtitle", wrap: true }]];
  for (const { row, column, note } of overflows) {
    const cells = sheet.rows[row];
    const label = note ? undefined : header[column]?.value;
    const named = cells
      .slice(0, column)
      .filter((cell, c) => cell.value !== null && cell.value !== "" && !hidden.has(c + 1))
      .slice(0, 2)
      .map((cell) => String(cell.value).slice(0, 20));
    const where = `第 ${row + 1} 行${named.length > 0 ? `（${named.join(" ")}）` : ""}${typeof label === "string" && label ? `「${label}」` : ""}`;
    rows.push([{ value: `${where}全文：`, style: "subtitle", wrap: true }]);
    for (const part of partsOf(String(cells[column].value), width)) rows.push([{ value: part, wrap: true }]);
  }
  return rows;
}

/**
 * A text cut into parts of at most MAX_LINES lines across a width, at line ends where it can (a part never ends
 * mid-line of its own counting, so the parts read on as one text).
 */
export function partsOf(text: string, width: number): string[] {
  // Whole lines as linesIn counts them: a part never holds more than it says.
  const perLine = Math.max(1, Math.floor(Math.max(1, width - 1) / WIDTH_MARGIN));
  const parts: string[] = [];
  let part = "";
  let lines = 0;
  const flush = () => {
    if (part !== "") parts.push(part.replace(/\n$/, ""));
    part = "";
    lines = 0;
  };
  for (const paragraph of text.split("\n")) {
    let units = 0;
    let line = "";
    const pushLine = (end: string) => {
      if (lines + 1 > MAX_LINES) flush();
      part += line + end;
      lines += 1;
      line = "";
      units = 0;
    };
    for (const ch of paragraph) {
      const w = textWidth(ch);
      if (units + w > perLine && line !== "") pushLine("");
      line += ch;
      units += w;
    }
    pushLine("\n");
  }
  flush();
  return parts;
}
