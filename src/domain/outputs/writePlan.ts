/**
 * What a run writes into a workbook, as plain data: highlight groups on input sheets (formatting only) and
 * whole output sheets. Adapters turn it into exceljs calls or a constant number of Office.js batches.
 */
export type HighlightKind = "error" | "warning" | "below";

/** Light red, light yellow, light orange (workbook.md §2), as RGB hex. */
export const HIGHLIGHT_COLOURS: Record<HighlightKind, string> = { error: "FFC7CE", warning: "FFEB9C", below: "FCD5B4" };

export const HIGHLIGHT_LABEL: Record<HighlightKind, string> = { error: "错误", warning: "警告", below: "低于标准" };

export interface HighlightGroup {
  readonly sheet: string;
  readonly kind: HighlightKind;
  /** A1 addresses, each listed once across all groups of the plan. */
  readonly cells: readonly string[];
}

export type CellStyle = "title" | "subtitle" | "header" | "error" | "warning" | "info" | "below" | "link";

export interface OutputCell {
  readonly value: string | number | null;
  readonly style?: CellStyle;
  /** An in-workbook hyperlink to a cell. */
  readonly link?: { readonly sheet: string; readonly cell: string };
  /** Excel number format for display; the value itself stays unrounded. */
  readonly numberFormat?: string;
}

/** Display formats: coefficients to 3 decimals as published, shares and rates as percentages. */
export const NUMBER_FORMATS = {
  coefficient: "0.000",
  percent: "0.0%",
  decimal: "0.00",
  ratio: "0.0000",
  whole: "0",
} as const;

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
}

export interface WritePlan {
  readonly highlights: readonly HighlightGroup[];
  readonly sheets: readonly OutputSheet[];
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
