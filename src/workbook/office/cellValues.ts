/**
 * Turns what Office.js returns for a used range (values, valueTypes, numberFormat) into the domain's grid.
 * Excel hands errors back as their text ("#DIV/0!") and dates as serial numbers; valueTypes and the number format
 * are what tell them apart from text and plain numbers.
 */
import type { CellErrorValue, CellRange, CellValue, SheetGrid, SheetVisibility } from "../../domain/grid";
import { parseArea, splitAreas } from "./addresses";

export interface UsedRangeData {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

export interface LoadedSheet {
  readonly name: string;
  readonly visibility: string;
  /** null when the sheet holds no value at all. */
  readonly used: UsedRangeData | null;
  /** Address of the merged areas (multi-area, sheet-qualified), or null when there are none or they were not read. */
  readonly merges: string | null;
}

const DAY_MS = 86_400_000;

/**
 * Whether a number format shows a date or time: after dropping quoted text, escapes and bracketed codes
 * ([$-804], [Red], [DBNum1]), any of y, m, d, h, s remains. "General", "0.00", "@" and "#,##0" have none.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  const bare = format.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "");
  if (/^general$/i.test(bare.trim())) return false;
  return /[ymdhs]/i.test(bare);
}

/**
 * Excel's 1900 date system, midnight UTC like the exceljs adapter; serials before 1 March 1900 skip Excel's fake
 * 29 February. A serial no Date can hold (NaN, ±Infinity, beyond ±100 million days) gives Excel's #NUM! error
 * instead of an invalid Date, which the grid never carries (see WorkbookGrid).
 */
export function serialToDate(serial: number): Date | CellErrorValue {
  const epoch = serial < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + Math.round(serial * DAY_MS));
  return Number.isNaN(date.getTime()) ? { error: "#NUM!" } : date;
}

export function cellValue(value: unknown, type: string, format: unknown): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Boolean":
      return value === true;
    case "Double":
    case "Integer":
      return typeof value === "number" && isDateFormat(format) ? serialToDate(value) : typeof value === "number" ? value : null;
    default:
      if (typeof value === "string") return value === "" ? null : value;
      return typeof value === "number" || typeof value === "boolean" ? value : null;
  }
}

export function visibilityOf(visibility: string): SheetVisibility {
  return visibility === "VeryHidden" ? "veryHidden" : visibility === "Hidden" ? "hidden" : "visible";
}

/** Rows from the top of the sheet (the used range may start lower or further right), full width of the used range. */
function rowsOf(used: UsedRangeData | null): CellValue[][] {
  if (!used) return [];
  const rows: CellValue[][] = [];
  for (let r = 0; r < used.rowIndex; r++) rows.push([]);
  used.values.forEach((values, r) => {
    const row: CellValue[] = new Array<CellValue>(used.columnIndex).fill(null);
    values.forEach((value, c) => row.push(cellValue(value, used.valueTypes[r]?.[c] ?? "Unknown", used.numberFormat[r]?.[c])));
    rows.push(row);
  });
  return rows;
}

function mergesOf(address: string | null): CellRange[] {
  if (!address) return [];
  return splitAreas(address)
    .map(parseArea)
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

export function toSheetGrid(sheet: LoadedSheet): SheetGrid {
  return { name: sheet.name, rows: rowsOf(sheet.used), merges: mergesOf(sheet.merges), visibility: visibilityOf(sheet.visibility) };
}
