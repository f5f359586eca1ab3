/** Small constructors for report table cells, so every table file reads as its layout. */
import type { ReportCell } from "./model";

export type CellExtra = Omit<ReportCell, "text">;

export const cell = (text: string, extra: CellExtra = {}): ReportCell => ({ text, ...extra });

/** A header row from labels; `[label, span]` pairs span several columns. */
export function headerRow(labels: readonly (string | readonly [string, number])[]): ReportCell[] {
  return labels.map((label) => (typeof label === "string" ? cell(label) : cell(label[0], { span: label[1] })));
}


/** Columns a row occupies, spans included. */
export function rowWidth(row: readonly ReportCell[]): number {
  return row.reduce((n, c) => n + (c.span ?? 1), 0);
}
