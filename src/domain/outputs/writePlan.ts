/**
 * What a run writes into a workbook, as plain data: highlight groups on input sheets (formatting only) and
 * whole output sheets. Adapters turn it into exceljs calls or a constant number of Office.js batches.
 */
export type HighlightKind = "error" | "warning" | "below";

export const HIGHLIGHT_LABEL: Record<HighlightKind, string> = { error: "错误", warning: "警告", below: "低于标准" };

export interface HighlightGroup {
  readonly sheet: string;
  readonly kind: HighlightKind;
  /**
   * A1 addresses, each listed once across the plan's groups without `live`; a live cell is listed in each live
   * group whose condition covers it (it is painted while any of them holds).
   */
  readonly cells: readonly string[];
  /** The condition template that keeps the colour only while it holds (liveHighlights.ts); absent: always painted. */
  readonly live?: string;
}

export type CellStyle = "title" | "subtitle" | "header" | "error" | "warning" | "info" | "below" | "link";

export interface OutputCell {
  readonly value: string | number | null;
  readonly style?: CellStyle;
  /** An in-workbook hyperlink to a cell. */
  readonly link?: { readonly sheet: string; readonly cell: string };
  /** Excel number format for display; the value itself stays unrounded. */
  readonly numberFormat?: string;
  /** Wrap the text within the column (long table text; the row is made tall enough: OutputSheet.rowHeights). */
  readonly wrap?: boolean;
}

/**
 * How a sheet prints on A4 (docs/workbook-format.md §2.3). Never "fit to page width": a wide table breaks into
 * page-wide column groups, each with the identifying columns and the header rows repeated, at a legible scale.
 */
export interface PrintLayout {
  readonly landscape: boolean;
  /** Percent of the on-screen size. */
  readonly scale: number;
  /** 1-based rows repeated at the top of every page (the table header); null where each group has its own. */
  readonly repeatRows: { readonly first: number; readonly last: number } | null;
  /** Leftmost columns repeated on every page of a column group (学校, 学段 …); 0 for none. */
  readonly repeatColumns: number;
  /** The centre of the page header. */
  readonly title: string;
}

/** Display formats: coefficients to 3 decimals as published, shares and rates as percentages. */
export const NUMBER_FORMATS = {
  coefficient: "0.000",
  percent: "0.0%",
  decimal: "0.00",
  ratio: "0.0000",
  whole: "0",
} as const;

/**
 * In-cell bars on an output sheet, drawn on one fixed scale from `min` to `max` so that a bar's length means the
 * same in every cell it covers (a value at the middle of the scale is half full) — not "relative to the largest
 * value in the column", which would make the best school look perfect however far it is from the standard.
 */
export interface DataBar {
  /** Rectangles on this sheet sharing the scale ("F6:F14"); several when rows on one scale are not adjacent. */
  readonly ranges: readonly string[];
  readonly min: number;
  readonly max: number;
  /** RGB hex, as the palette (palette.ts). */
  readonly colour: string;
}

/**
 * A clustered column chart of a small table on the same sheet. `dataRange` is the table: a header row over one
 * row per category; the first column names the categories, and every further column is one series, in the
 * order of `series`. Only the Office.js adapter draws charts (exceljs cannot write them); the table itself is
 * ordinary cells, so the numbers are in every output.
 */
export interface ColumnChart {
  readonly title: string;
  readonly dataRange: string;
  /** The header row's series names; `line` draws that series as a line across the columns (a threshold is a level to compare with, not a quantity). */
  readonly series: readonly { readonly name: string; readonly line?: boolean }[];
  /** The cells the chart covers, top-left to bottom-right ("I5:M27"), beside the table it explains. */
  readonly anchor: string;
}

export interface OutputSheet {
  readonly name: string;
  readonly rows: readonly (readonly OutputCell[])[];
  /** Character widths, by column. */
  readonly columnWidths: readonly number[];
  /** Rows kept in view when scrolling and repeated on every printed page (the table header). */
  readonly headerRow: number;
  /** Left and right text of the printed page header (township, data date). */
  readonly printHeader: { readonly left: string; readonly right: string };
  /** 1-based rows after which a printed page ends (one page group per school in 整改清单). */
  readonly pageBreaksAfter?: readonly number[];
  /** 1-based columns kept in the sheet but hidden (keys Junheng reads back on the next run). */
  readonly hiddenColumns?: readonly number[];
  readonly dataBars?: readonly DataBar[];
  readonly charts?: readonly ColumnChart[];
  /** How it prints; printLayoutOf (layout/printLayout.ts) gives the default for sheets that set none. */
  readonly print?: PrintLayout;
  /** Heights in points by 0-based row, for rows whose wrapped text needs more than one line. */
  readonly rowHeights?: readonly (number | null)[];
  /**
   * Cells merged into one, as A1 ranges ("A3:H3"): a long note across the printed width, where it wraps instead of
   * running past the page edge (layout/printLayout.ts). Only the first cell of each range holds a value.
   */
  readonly merges?: readonly string[];
}

export interface WritePlan {
  readonly highlights: readonly HighlightGroup[];
  readonly sheets: readonly OutputSheet[];
}

/** Excel's limit on the text of one cell, in UTF-16 code units; Excel refuses to open a file with more. */
export const MAX_CELL_TEXT = 32_767;

function cutText(text: string): string {
  const note = (left: number) => `……（以下 ${left} 字从略：超过 Excel 单元格 ${MAX_CELL_TEXT} 字的上限）`;
  let keep = MAX_CELL_TEXT - note(text.length).length;
  // Never between the two halves of a character outside the BMP.
  if (/[\uD800-\uDBFF]/.test(text[keep - 1] ?? "")) keep -= 1;
  return text.slice(0, keep) + note(text.length - keep);
}

/**
 * The sheet with every text cell within MAX_CELL_TEXT: a longer one (a list of thousands of schools, a school
 * name pasted a thousand times) is cut with a note saying how much was left out. Rows are not added, so links,
 * page breaks and bars into the sheet stay where they point.
 */
export function withinCellLimit(sheet: OutputSheet): OutputSheet {
  const long = (cell: OutputCell) => typeof cell.value === "string" && cell.value.length > MAX_CELL_TEXT;
  if (!sheet.rows.some((row) => row.some(long))) return sheet;
  return { ...sheet, rows: sheet.rows.map((row) => (row.some(long) ? row.map((cell) => (long(cell) ? { ...cell, value: cutText(cell.value as string) } : cell)) : row)) };
}

/**
 * The name an output sheet gets: its own name when free or made by Junheng earlier (then it is replaced),
 * otherwise `名称(2)`, `名称(3)` … so a user's own sheet of that name is never replaced.
 */
export function outputSheetName(desired: string, existing: readonly string[], owned: readonly string[]): string {
  const usable = (name: string) => !existing.includes(name) || owned.includes(name);
  if (usable(desired)) return desired;
  for (let n = 2; ; n++) if (usable(`${desired}(${n})`)) return `${desired}(${n})`;
}
