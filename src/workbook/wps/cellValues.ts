/**
 * Turns what ET's `Range.Value2` returns into the domain's cells. How WPS hands over an error cell is not
 * documented (UNCONFIRMED): VBA gives a CVErr whose code is one of the declared XlCVError numbers, a JavaScript
 * bridge might give that number or the error's text. Both are accepted; a number that equals an error code is
 * only an error when the cell shows that error's text, so a school with 2007 pupils stays 2007.
 */
import type { CellValue } from "../../domain/grid";
import { isDateFormat, serialToDate } from "../office/cellValues";

/** XlCVError codes (et-jsapi-declare lib.et.d.ts) and the text Excel and WPS show for each. */
export const ERROR_CODES: ReadonlyMap<number, string> = new Map([
  [2000, "#NULL!"],
  [2007, "#DIV/0!"],
  [2015, "#VALUE!"],
  [2023, "#REF!"],
  [2029, "#NAME?"],
  [2036, "#NUM!"],
  [2042, "#N/A"],
  [2045, "#SPILL!"],
  [2049, "#FIELD!"],
  [2050, "#CALC!"],
]);

const ERROR_TEXTS: ReadonlySet<string> = new Set([...ERROR_CODES.values(), "#GETTING_DATA"]);

/** A number that may be an error code: the cell's displayed text decides. */
export function mayBeErrorCode(value: unknown): value is number {
  return typeof value === "number" && ERROR_CODES.has(value);
}

/**
 * One cell. `format` is the cell's number format (dates are serial numbers in Value2); `shown` is the cell's
 * Text, asked for only when `mayBeErrorCode(value)`.
 */
export function cellValue(value: unknown, format: unknown, shown?: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return ERROR_TEXTS.has(value) ? { error: value } : value;
  if (typeof value === "boolean") return value;
  if (typeof value !== "number") return null;
  const code = mayBeErrorCode(value) ? ERROR_CODES.get(value) : undefined;
  if (code !== undefined && shown === code) return { error: code };
  return isDateFormat(format) ? serialToDate(value) : value;
}

/**
 * Value2 of a block as rows × columns: an array of row arrays, one flat array (a single row or column — the bridge
 * may flatten it, UNCONFIRMED) or a scalar for a single cell.
 */
export function valueRows(value: unknown, rows: number): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.every(Array.isArray)) return value as unknown[][];
  return rows === 1 ? [value] : value.map((v) => [v]);
}

/** Whether Value2 shows no value at all (an empty sheet's used range is A1, empty). */
export function isBlank(rows: readonly (readonly unknown[])[]): boolean {
  return rows.every((row) => row.every((v) => v === null || v === undefined || v === ""));
}
