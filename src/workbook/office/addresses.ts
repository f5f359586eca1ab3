/**
 * A1 addresses as Office.js speaks them: sheet-qualified ("'学生与班级'!C4"), multi-area ("A1:B2,D4") and the
 * compact range lists the adapter hands to `getRanges`, so thousands of highlighted cells cost a few requests.
 */
import { cellAddress, parseCellAddress, type CellRange } from "../../domain/grid";

/** Excel refuses longer `getRanges` addresses (8 192 characters); stay clear of the edge. */
export const MAX_AREAS_ADDRESS_CHARS = 8000;

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Splits a multi-area address at its commas (or semicolons), ignoring those inside a quoted sheet name. */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && (ch === "," || ch === ";")) {
      areas.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") areas.push(current.trim());
  return areas.filter((a) => a !== "");
}

/** The sheet name of a qualified area ("'a''b'!A1" → "a'b"), or null when it has none. */
export function sheetOf(area: string): string | null {
  const bang = area.lastIndexOf("!");
  if (bang < 0) return null;
  const name = area.slice(0, bang);
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** The area without its sheet and without `$` ("Sheet1!$A$1:$B$2" → "A1:B2"). */
export function localArea(area: string): string {
  return area.slice(area.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/** 0-based bounds of a local "A1" or "A1:B2" area. */
export function parseArea(area: string): CellRange {
  const [from, to = from] = localArea(area).split(":");
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function areaAddress(range: CellRange): string {
  const from = cellAddress(range.top, range.left);
  return range.top === range.bottom && range.left === range.right ? from : `${from}:${cellAddress(range.bottom, range.right)}`;
}

/** Top-left cell of the first area of an address, e.g. of a selection "Sheet1!C4:D9" → "C4". */
export function topLeftCell(address: string): string {
  const first = splitAreas(address)[0] ?? "A1";
  const range = parseArea(first);
  return cellAddress(range.top, range.left);
}

/**
 * Groups cells into rectangles: first runs along each row, then runs with the same columns in consecutive rows
 * merge downwards. A column of 1 000 highlighted values becomes one "D3:D1002" instead of 1 000 addresses.
 */
export function compressCells(cells: readonly string[]): string[] {
  const byRow = new Map<number, number[]>();
  for (const cell of new Set(cells)) {
    const { row, col } = parseCellAddress(cell);
    const cols = byRow.get(row);
    if (cols) cols.push(col);
    else byRow.set(row, [col]);
  }
  const done: CellRange[] = [];
  let open = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, { top: number; left: number; bottom: number; right: number }>();
    for (const [left, right] of runs(byRow.get(row) ?? [])) {
      const key = `${left}:${right}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) {
        above.bottom = row;
        next.set(key, above);
        open.delete(key);
      } else next.set(key, { top: row, left, bottom: row, right });
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left).map(areaAddress);
}

function runs(cols: readonly number[]): [number, number][] {
  const sorted = [...cols].sort((a, b) => a - b);
  const result: [number, number][] = [];
  for (const col of sorted) {
    const last = result[result.length - 1];
    if (last && last[1] === col - 1) last[1] = col;
    else result.push([col, col]);
  }
  return result;
}

/** Joins addresses with commas into strings of at most `maxChars` characters each. */
export function chunkAddresses(addresses: readonly string[], maxChars = MAX_AREAS_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + 1 + address.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}
