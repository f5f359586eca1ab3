/**
 * The fake ET's cell store and address parsing. Addresses follow VBA's Range(): "A1", "A1:B2", whole columns
 * "B:B", `$` allowed, several areas joined by commas, at most 255 characters (longer ones are refused, as in VBA).
 */
import { ERROR_CODES } from "../../../../src/workbook/wps/cellValues";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

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
}

export function emptyCell(): FakeCell {
  return { value: null, numberFormat: "General", fill: null, font: {} };
}

export const key = (row: number, col: number) => `${row}:${col}`;

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

function parseOne(area: string): Area {
  const plain = area.replace(/\$/g, "").toUpperCase();
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(plain);
  if (columns) return { top: 0, bottom: MAX_ROWS - 1, left: columnIndex(columns[1]), right: columnIndex(columns[2]) };
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(plain);
  if (!match) throw new Error(`Range("${area}"): 无效的引用`);
  const [r1, c1] = [Number(match[2]) - 1, columnIndex(match[1])];
  const [r2, c2] = match[3] ? [Number(match[4]) - 1, columnIndex(match[3])] : [r1, c1];
  if (r1 < 0 || r2 < 0 || Math.max(r1, r2) >= MAX_ROWS || Math.max(c1, c2) >= MAX_COLUMNS) throw new Error(`Range("${area}"): 超出工作表范围`);
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export function parseAddress(address: string): Area[] {
  if (address.length > 255) throw new Error(`Range(): 引用超过 255 个字符（${address.length}）`);
  return address.split(",").map((a) => parseOne(a.trim()));
}

function letters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function formatArea(area: Area, absolute: boolean): string {
  const d = absolute ? "$" : "";
  const cell = (r: number, c: number) => `${d}${letters(c)}${d}${r + 1}`;
  const from = cell(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? from : `${from}:${cell(area.bottom, area.right)}`;
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function covers(a: Area, row: number, col: number): boolean {
  return a.top <= row && row <= a.bottom && a.left <= col && col <= a.right;
}

/** The error's XlCVError code. */
export function errorCode(text: string): number {
  for (const [code, shown] of ERROR_CODES) if (shown === text) return code;
  throw new Error(`no XlCVError for ${text}`);
}
