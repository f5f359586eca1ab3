/** What the page's sheet grid derives from a workbook view: the sheets to show, cell text, highlight colours. Pure. */
import { isCellError, type CellValue, type SheetGrid, type WorkbookGrid } from "../domain/grid";
import type { HighlightGroup, HighlightKind } from "../domain/outputs/writePlan";

/** Sheets a user sees in Excel; hidden ones (Junheng's marker, the user's own hidden sheets) stay hidden here too. */
export function visibleSheets(grid: WorkbookGrid): readonly SheetGrid[] {
  return grid.sheets.filter((sheet) => sheet.visibility === "visible");
}

export function columnCount(sheet: SheetGrid): number {
  let widest = 0;
  for (const row of sheet.rows) widest = Math.max(widest, row.length);
  return widest;
}

/** A1 address → highlight kind, for one sheet. */
export function highlightsOf(groups: readonly HighlightGroup[], sheet: string): ReadonlyMap<string, HighlightKind> {
  const kinds = new Map<string, HighlightKind>();
  for (const group of groups) if (group.sheet === sheet) for (const cell of group.cells) kinds.set(cell, group.kind);
  return kinds;
}

/** A cell as Excel would roughly show it: dates as yyyy-mm-dd, long fractions to ten significant digits. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

export function cellTextAt(sheet: SheetGrid, row: number, col: number): string {
  return cellText(sheet.rows[row]?.[col] ?? null);
}
