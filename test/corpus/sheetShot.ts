/**
 * What a user would call "my sheet" as exceljs reads it back from a saved file: every cell's value, formula,
 * style and note, merges, column and row sizes, conditional formats, data validations, views, visibility and
 * print setup. Two shots of the same sheet before and after a check must be equal, except the fill of the cells
 * Junheng highlights (the checked copy's highlights are fills, docs/decisions.md).
 */
import type ExcelJS from "exceljs";

interface CellModel {
  readonly address: string;
  readonly style?: { readonly fill?: unknown };
  readonly [key: string]: unknown;
}

interface RowModel {
  readonly cells: readonly CellModel[];
  readonly [key: string]: unknown;
}

export interface SheetShot {
  readonly model: Record<string, unknown>;
  /** Fill of each highlighted cell, by address. */
  readonly highlightFills: Record<string, unknown>;
}

function without<T extends object>(value: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key))) as Partial<T>;
}

const COMPARED = ["name", "state", "merges", "cols", "rows", "conditionalFormattings", "dataValidations", "views", "pageSetup", "headerFooter", "autoFilter", "properties", "sheetProtection", "rowBreaks"];

/** Addresses of the cells a sheet holds (a blank cell without formatting is not held). */
export function heldCells(ws: ExcelJS.Worksheet): Set<string> {
  return new Set(((ws.model as unknown as { rows: RowModel[] }).rows).flatMap((row) => row.cells.map((c) => c.address)));
}

/**
 * `before`: the cells the sheet held before the check; a highlighted cell it did not hold (a blank required
 * cell) exists afterwards only to carry the highlight, and is left out of the comparison.
 */
export function sheetShot(ws: ExcelJS.Worksheet, highlighted: ReadonlySet<string> = new Set(), before?: ReadonlySet<string>): SheetShot {
  const model = ws.model as unknown as Record<string, unknown>;
  const highlightFills: Record<string, unknown> = {};
  // A row's min and max are the span of its cells, derived from them (a highlight on a blank cell widens it).
  const rows = (model.rows as RowModel[]).map((row) => ({
    ...without(row, ["min", "max"]),
    cells: row.cells.filter((cell) => !before || before.has(cell.address) || !highlighted.has(cell.address) || record(cell)).map((cell) => {
      if (!highlighted.has(cell.address)) return cell;
      highlightFills[cell.address] = cell.style?.fill;
      return { ...cell, style: without(cell.style ?? {}, ["fill"]) };
    }),
  }));
  return { model: Object.fromEntries(COMPARED.map((key) => [key, key === "rows" ? rows : model[key]])), highlightFills };

  function record(cell: CellModel): false {
    highlightFills[cell.address] = cell.style?.fill;
    return false;
  }
}
