/**
 * The fake ET's cell store and address parsing. Addresses follow VBA's Range(): "A1", "A1:B2", whole columns
 * "B:B", `$` allowed, several areas joined by commas, at most 255 characters (longer ones are refused, as in VBA).
 */
import { ERROR_CODES } from "../../../../src/workbook/wps/cellValues";
import { cellCount, contains as covers, formatArea as officeFormat, intersects, MAX_ROWS, parseAreas, WHOLE_SHEET, type Area } from "../../office/fake/a1";

// A1 parsing is the Office fake's (not the adapter's helpers, so a bug there cannot hide itself here).
export { cellCount, covers, intersects, MAX_ROWS, WHOLE_SHEET, type Area };

export interface FakeFont {
  bold?: boolean;
  size?: number;
  color?: number;
  underline?: number;
  name?: string;
  italic?: boolean;
}

/** One cell; an error is kept as its XlCVError code, the way the fake's Value2 returns it (UNCONFIRMED on WPS). */
export interface FakeCell {
  value: number | string | boolean | { error: string } | null;
  numberFormat: string;
  /** BGR, or null for no fill. */
  fill: number | null;
  font: FakeFont;
  formula?: string;
  verticalAlignment?: number | boolean;
  wrapText?: boolean;
  border?: string;
  /** Range.Validation.Add's list (xlValidateList only), or absent. */
  validation?: string[];
}

export function emptyCell(): FakeCell {
  return { value: null, numberFormat: "General", fill: null, font: {} };
}

export const key = (row: number, col: number) => `${row}:${col}`;

/** VBA's Range(): at most 255 characters, as ET's own error says it. */
export function parseAddress(address: string): Area[] {
  if (address.length > 255) throw new Error(`Range(): 引用超过 255 个字符（${address.length}）`);
  try {
    return parseAreas(address);
  } catch {
    throw new Error(`Range("${address}"): 无效的引用`);
  }
}

/** Address(): "$A$1:$B$2", or "A1:B2" when not absolute. */
export function formatArea(area: Area, absolute: boolean): string {
  const plain = officeFormat(area);
  return absolute ? plain.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2") : plain;
}

/** The error's XlCVError code. */
export function errorCode(text: string): number {
  for (const [code, shown] of ERROR_CODES) if (shown === text) return code;
  throw new Error(`no XlCVError for ${text}`);
}
