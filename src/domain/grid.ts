/**
 * The plain view of a workbook the domain works on: cell values by row and column,
 * merged areas and sheet visibility. Adapters (exceljs, Office.js) produce it.
 */

export interface CellErrorValue {
  readonly error: string;
}

/**
 * A Date is always valid: adapters turn a date no Date can hold (a corrupt serial) into { error: "#NUM!" }, so
 * domain code may call toISOString() on any Date it reads from a grid. Grids built by hand must keep to this too.
 */
export type CellValue = null | number | string | boolean | Date | CellErrorValue;

/** 0-based, inclusive bounds. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetGrid {
  readonly name: string;
  /** rows[r][c] is the cell at row r + 1, column c + 1; rows may be ragged. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly merges: ReadonlyArray<CellRange>;
  readonly visibility: SheetVisibility;
}

/** What an adapter produces; no cell holds an invalid Date (see CellValue). */
export interface WorkbookGrid {
  readonly sheets: ReadonlyArray<SheetGrid>;
  /** Names of the sheets Junheng wrote earlier (read from its marker), so they may be replaced. */
  readonly ownedSheets: ReadonlyArray<string>;
}

export function isCellError(value: CellValue): value is CellErrorValue {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address of 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

const A1_REFERENCE = /^\$?[A-Z]{1,3}\$?[1-9]\d{0,6}$/i;

/**
 * The bounds of an A1 range (`C8:I8`, `$A$1:$T$9`, a single `F10`; either corner first, any case), or null when it is
 * none: what a merge's ref, a 审核说明 entry or any other typed reference may hold.
 */
export function parseRangeAddress(ref: string): CellRange | null {
  const [from, to = from, ...rest] = ref.split(":");
  if (rest.length > 0 || !A1_REFERENCE.test(from) || !A1_REFERENCE.test(to)) return null;
  const a = parseCellAddress(from.replace(/\$/g, "").toUpperCase());
  const b = parseCellAddress(to.replace(/\$/g, "").toUpperCase());
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function parseCellAddress(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  return sheet.rows[row]?.[col] ?? null;
}
