/**
 * Print layout as data (docs/workbook-format.md §2.3): every sheet Junheng writes prints legibly on A4 by itself —
 * landscape, at a fixed legible scale instead of shrinking to one page width, the table header and the identifying
 * columns repeated on every page, long table text wrapped in rows tall enough to show it. The adapters only apply
 * what is decided here.
 */
import type { OutputCell, OutputSheet, PrintLayout } from "../outputs/writePlan";

/** 11-point text at 80 % prints at about 9 points (a table font): legible, and wide tables split into few page groups. */
export const PRINT_SCALE = 80;
/** Height of one line of 11-point text, in points, as Excel and LibreOffice lay rows out. */
const LINE_HEIGHT = 15;
/** Rows never grow past this many lines: a cell that long is cut on screen anyway, and a page must hold a row. */
const MAX_LINES = 12;

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

/** Width of a text in Excel column units: a CJK character takes two, anything else one. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return width;
}

function linesOf(cell: OutputCell, columnWidth: number): number {
  if (typeof cell.value !== "string" || cell.value === "") return 1;
  const usable = Math.max(1, columnWidth - 1);
  return cell.value.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / usable)), 0);
}

/** A row of the table (the header and below, with more than one cell), where text must stay in its column. */
const isTableRow = (sheet: OutputSheet, row: readonly OutputCell[], index: number) => index + 1 >= sheet.headerRow && row.filter((c) => c.value !== null).length > 1;

/**
 * The sheet with long table text wrapped and each such row as tall as its longest cell. Titles and notes (one cell
 * across the top) are left alone: they run across the empty cells beside them.
 */
export function withWrappedText(sheet: OutputSheet): OutputSheet {
  const heights: (number | null)[] = [];
  let any = false;
  const rows = sheet.rows.map((row, r) => {
    if (!isTableRow(sheet, row, r)) return row;
    let lines = 1;
    const cells = row.map((cell, c) => {
      const needed = linesOf(cell, sheet.columnWidths[c] ?? 10);
      if (needed <= 1) return cell;
      lines = Math.max(lines, needed);
      return { ...cell, wrap: true };
    });
    if (lines > 1) {
      heights[r] = Math.min(lines, MAX_LINES) * LINE_HEIGHT;
      any = true;
    }
    return cells;
  });
  return any ? { ...sheet, rows, rowHeights: Array.from(heights, (h) => h ?? null) } : sheet;
}
