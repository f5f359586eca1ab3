/** Cells of one sheet in one or several areas: what ranges and their formats stand for, and walking them. */
import { cellCount, formatArea, type Area } from "./a1";
import { fakeError } from "./errors";
import type { Json, Transaction } from "./core";
import { cellFor, cellKey, type CellState, type SheetState } from "./state";

export interface CellsTarget {
  readonly sheet: SheetState;
  readonly areas: readonly Area[];
}

export type CellsLocator = (tx: Transaction) => CellsTarget | null;

/** More cells than this in one call (formatting or loading whole columns cell by cell) is beyond what the fake models. */
const CELL_LIMIT = 2_000_000;

export function eachCell(target: CellsTarget, fn: (row: number, col: number) => void): void {
  if (target.areas.reduce((n, a) => n + cellCount(a), 0) > CELL_LIMIT) {
    throw new Error(`fake Excel: over ${CELL_LIMIT} cells in one call is not modelled (whole columns or sheets cell by cell?)`);
  }
  for (const a of target.areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(r, c);
}

export function single(target: CellsTarget): Area {
  if (target.areas.length !== 1) throw fakeError("InvalidArgument", "The operation needs a single rectangular range.");
  return target.areas[0];
}

export function matrix(target: CellsTarget, get: (cell: CellState | undefined, row: number, col: number) => Json): Json[][] {
  const area = single(target);
  const rows: Json[][] = [];
  eachCell(target, (r, c) => {
    if (c === area.left) rows.push([]);
    rows[rows.length - 1].push(get(target.sheet.cells.get(cellKey(r, c)), r, c));
  });
  return rows;
}

/** Writes a matrix the size of the (single-area) range, cell by cell, as Excel requires the shape to match. */
export function writeMatrix(target: CellsTarget, input: unknown, tx: Transaction, where: string, put: (cell: CellState, value: unknown) => void): void {
  tx.guardSheet(target.sheet, where);
  const area = single(target);
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (!Array.isArray(input) || input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw fakeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${where}).`);
  }
  input.forEach((row: unknown[], r) => row.forEach((value, c) => put(cellFor(target.sheet, area.top + r, area.left + c), value)));
  if (where === "Range.values") tx.valueChanges.push({ sheetId: target.sheet.id, address: formatArea(area) });
}

export function formatCells(target: CellsTarget, tx: Transaction, where: string, change: (cell: CellState) => void): void {
  tx.guardSheet(target.sheet, where);
  eachCell(target, (r, c) => change(cellFor(target.sheet, r, c)));
}

export function firstCell(target: CellsTarget): CellState | undefined {
  const a = target.areas[0];
  return a ? target.sheet.cells.get(cellKey(a.top, a.left)) : undefined;
}

