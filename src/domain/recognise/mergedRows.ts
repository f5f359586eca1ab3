/**
 * Cells merged down across data rows (a 村委会 or 办学类型 typed once for several schools). Excel shows the value
 * on every row of the merge but stores it in the top cell only; reading it only there would leave the other
 * schools without it, silently. Each row reads what the user sees, and the merge is reported (W-06) so it gets
 * unmerged: sorting, filtering and the statistics system all need the value on every row.
 */
import { cellAddress, cellAt, type CellRange, type CellValue, type SheetGrid } from "../grid";
import type { StructureIssue } from "../register";
import { squeezeSpaces } from "../text";

/** A merge lists at most this many of its cells in its finding, however far down it reaches; `span` has the whole. */
export const MAX_MERGE_CELLS = 1000;

export interface MergedRows {
  /** The value shown at (row, col): the merge's top cell for a cell merged below it, else the cell's own. */
  readonly valueAt: (row: number, col: number) => CellValue;
  readonly issues: readonly StructureIssue[];
}

function shown(value: CellValue): string {
  if (value === null) return "（空）";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return value.error;
  return squeezeSpaces(String(value));
}

export function mergedRows(sheet: SheetGrid, dataStart: number, columns: readonly number[]): MergedRows {
  const read = new Set(columns);
  const merges: CellRange[] = sheet.merges.filter((m) => m.top >= dataStart && m.bottom > m.top && m.top < sheet.rows.length && read.has(m.left));
  const issues = merges.map((m): StructureIssue => {
    // Rows past the sheet's last row hold nothing to read; the merge spans the data rows it covers.
    const bottom = Math.min(m.bottom, sheet.rows.length - 1);
    const listed = Math.min(bottom, m.top + MAX_MERGE_CELLS - 1);
    const cells: string[] = [];
    for (let r = m.top; r <= listed; r++) cells.push(cellAddress(r, m.left));
    const span = { first: cellAddress(m.top, m.left), last: cellAddress(bottom, m.left), rows: bottom - m.top + 1 };
    return { kind: "mergedData", sheet: sheet.name, cells, detail: shown(cellAt(sheet, m.top, m.left)), span };
  });
  if (merges.length === 0) return { valueAt: (row, col) => cellAt(sheet, row, col), issues };
  // Per merged column, the top row of the merge each row lies in (-1 outside any), down to the last merged row:
  // every cell of the sheet is read through valueAt, and scanning all merges for each one grows with rows × merges.
  const lastRows = new Map<number, number>();
  for (const m of merges) lastRows.set(m.left, Math.max(lastRows.get(m.left) ?? 0, Math.min(m.bottom, sheet.rows.length - 1)));
  const topRows = new Map([...lastRows].map(([col, last]) => [col, new Int32Array(last + 1).fill(-1)]));
  for (const m of merges) {
    const tops = topRows.get(m.left) as Int32Array;
    // The first merge listed wins, should a broken file overlap two.
    for (let r = m.top + 1; r < tops.length && r <= m.bottom; r++) if (tops[r] === -1) tops[r] = m.top;
  }
  return {
    valueAt: (row, col) => {
      const top = topRows.get(col)?.[row] ?? -1;
      return top === -1 ? cellAt(sheet, row, col) : cellAt(sheet, top, col);
    },
    issues,
  };
}

/** The range a mergedData issue covers, as "F2:F5001", and its number of data rows — from the span, not the cells,
 * which a long merge lists only in part (for highlighting). */
export function mergedRange(issue: StructureIssue): { readonly range: string; readonly rows: number } {
  const first = issue.span?.first ?? issue.cells[0] ?? "";
  const last = issue.span?.last ?? issue.cells[issue.cells.length - 1] ?? first;
  return { range: last !== first ? `${first}:${last}` : first, rows: issue.span?.rows ?? issue.cells.length };
}
