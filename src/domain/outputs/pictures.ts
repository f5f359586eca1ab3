/**
 * Shared arithmetic of the pictures on output sheets (issue 5): the scales of data bars, the rectangles they cover,
 * and where a chart sits. The sheets decide what to picture; this decides how, the same way for each of them.
 */
import { cellAddress } from "../grid";

/** Six significant digits: a scale needs no more, and `1.5 × 0.65` stays 0.975 instead of 0.9750000000000001. */
function rounded(x: number): number {
  return Number(x.toPrecision(6));
}

const positive = (values: readonly (number | null | undefined)[]) =>
  values.filter((v): v is number => typeof v === "number" && Number.isFinite(v) && v > 0);

/**
 * Upper end of an indicator's bars: twice the standard, so a value at standard is half full and the gap to it can be
 * seen; without a standard, the largest value shown (bars then compare schools only). null when nothing is positive.
 */
export function indicatorBarMax(standard: number | null, values: readonly (number | null | undefined)[]): number | null {
  if (standard !== null && standard > 0) return rounded(2 * standard);
  const shown = positive(values);
  return shown.length > 0 ? rounded(Math.max(...shown)) : null;
}

/**
 * Upper end of coefficient bars: 1.5 × the threshold (a CV at the threshold is two thirds full), stretched to the
 * largest CV so that no bar is cut off and a far-out coefficient still looks far out. null when nothing is positive
 * (a threshold set to 0 and no spread at all): an empty scale draws nothing.
 */
export function coefficientBarMax(threshold: number, cvs: readonly (number | null | undefined)[]): number | null {
  const max = Math.max(1.5 * threshold, ...positive(cvs));
  return max > 0 ? rounded(max) : null;
}

/** Rectangles of one column over 0-based rows, adjacent rows joined: rows 5–13 and 15 of F → ["F6:F14", "F16"]. */
export function columnRuns(col: number, rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs.map(([top, bottom]) => (top === bottom ? cellAddress(top, col) : `${cellAddress(top, col)}:${cellAddress(bottom, col)}`));
}

/** A rectangle from 0-based bounds. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** Excel's default column width in characters, for columns a sheet leaves unset. */
const DEFAULT_WIDTH = 8.43;

/**
 * Columns from `first` on that together are at least `characters` wide (about 7 points a character), so a chart
 * anchored across them has a readable width whatever widths the sheet gives those columns. Returns the last one.
 */
export function lastColumnSpanning(widths: readonly number[], first: number, characters: number): number {
  let total = 0;
  let col = first;
  for (; ; col++) {
    total += widths[col] ?? DEFAULT_WIDTH;
    if (total >= characters) return col;
  }
}
