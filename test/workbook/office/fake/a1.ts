/**
 * The fake's own A1 parsing (deliberately not the adapter's helpers, so a bug there cannot hide itself here):
 * cells, ranges, whole columns ("A:C"), whole rows ("1:3"), `$`, sheet prefixes and multi-area lists.
 */
import { cellAddress, columnLetter } from "../../../../src/domain/grid";
import { fakeError } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0-based inclusive bounds. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const WHOLE_SHEET: Area = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };

function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function invalid(address: string): Error {
  return fakeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: "${address}".`);
}

function parseOne(text: string): Area {
  const local = text.slice(text.lastIndexOf("!") + 1).replace(/\$/g, "").trim().toUpperCase();
  const [from, to = from] = local.split(":");
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const a = cell.exec(from);
  const b = cell.exec(to);
  if (a && b) {
    const area = { top: Math.min(+a[2], +b[2]) - 1, left: Math.min(column(a[1]), column(b[1])), bottom: Math.max(+a[2], +b[2]) - 1, right: Math.max(column(a[1]), column(b[1])) };
    if (area.top < 0 || area.bottom >= MAX_ROWS || area.right >= MAX_COLUMNS) throw invalid(text);
    return area;
  }
  if (/^[A-Z]{1,3}$/.test(from) && /^[A-Z]{1,3}$/.test(to)) {
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(column(from), column(to)), right: Math.max(column(from), column(to)) };
  }
  if (/^\d+$/.test(from) && /^\d+$/.test(to) && +from > 0 && +to > 0) {
    return { left: 0, right: MAX_COLUMNS - 1, top: Math.min(+from, +to) - 1, bottom: Math.max(+from, +to) - 1 };
  }
  throw invalid(text);
}

/** Areas of "A1:B2, D4" or "A1:B2; D4" (sheet prefixes are ignored; commas inside quotes are kept). */
export function parseAreas(address: string): Area[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && (ch === "," || ch === ";")) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  const areas = parts.map((p) => p.trim()).filter((p) => p !== "").map(parseOne);
  if (areas.length === 0) throw invalid(address);
  return areas;
}

export function formatArea(area: Area): string {
  if (area.top === 0 && area.bottom === MAX_ROWS - 1) return `${columnLetter(area.left)}:${columnLetter(area.right)}`;
  if (area.left === 0 && area.right === MAX_COLUMNS - 1) return `${area.top + 1}:${area.bottom + 1}`;
  const from = cellAddress(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? from : `${from}:${cellAddress(area.bottom, area.right)}`;
}

/** Excel quotes a sheet name in an address unless it is plain ASCII letters, digits and underscores. */
export function qualify(sheet: string, area: Area): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${formatArea(area)}`;
}

export function contains(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

export function intersects(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function cellCount(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}
