/**
 * Rows of cell values as the grid holds them, whichever reader produced them (the package's own cell reader or
 * exceljs): empty rows share one frozen array and merged areas keep their value in the top-left cell only.
 */
import type { CellRange, CellValue } from "../domain/grid";

/**
 * Rows between the ones that hold values. One shared frozen array: a sheet with a stray value in row 1 048 576
 * then costs one pointer per empty row instead of a million arrays.
 */
export const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/** Empty cells added to rows inside merged areas, at most (a register's merges need a few hundred). */
const MAX_MERGE_PADDING = 100_000;

/**
 * Fills the holes between rows with EMPTY_ROW, then clears a merged area's cells other than its top-left one, and
 * makes a row that holds cells reach at least to the merge's right edge (empty), as it does when exceljs expands the
 * merge. Only rows that exist are visited and the padding has a budget, so a merge over whole columns (A:XFD) or a
 * million rows costs nothing extra.
 */
export function settleRows(rows: (readonly CellValue[] | undefined)[], merges: readonly CellRange[]): (readonly CellValue[])[] {
  for (let r = 0; r < rows.length; r++) rows[r] ??= EMPTY_ROW;
  const settled = rows as (readonly CellValue[])[];
  let padding = MAX_MERGE_PADDING;
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, settled.length - 1); r++) {
      const cells = settled[r] as CellValue[];
      if (cells === EMPTY_ROW) continue;
      for (let c = m.left; c <= Math.min(m.right, cells.length - 1); c++) if (r !== m.top || c !== m.left) cells[c] = null;
      while (cells.length <= m.right && padding > 0) {
        cells.push(null);
        padding--;
      }
    }
  }
  return settled;
}
