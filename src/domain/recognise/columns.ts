/**
 * Matching header paths against the field dictionary. A field matches a column when the last level of one of
 * its paths equals the column's last level and its other levels appear, in order, higher up the column's path
 * (so `专任教师/小学/本科` matches `小学/本科`). The longest matching path wins.
 */
import type { FieldDef, SheetDef } from "../fields/types";
import type { HeaderLevel } from "./headerText";
import { perDefinition } from "./perDefinition";

export interface ColumnMatch {
  readonly col: number;
  readonly field: FieldDef;
  readonly score: number;
  readonly units: readonly string[];
}

function matchScore(column: readonly string[], candidate: readonly string[]): number {
  if (candidate.length === 0 || candidate.length > column.length) return 0;
  if (column[column.length - 1] !== candidate[candidate.length - 1]) return 0;
  let i = column.length - 2;
  let depth = 0;
  for (let j = candidate.length - 2; j >= 0; j--) {
    while (i >= 0 && column[i] !== candidate[j]) i--;
    if (i < 0) return 0;
    depth += i;
    i--;
  }
  // More matched levels are better; a candidate that spans the whole path beats one that skips levels. Between
  // equals, levels matched nearer the leaf win: when a column reads 小学/初中/本科 (a group header carried over
  // from the left onto a column with a group of its own), 初中 sits right above 本科 and is the one that applies.
  return candidate.length * 10 - (column.length - candidate.length) + depth / 1000;
}

interface FieldPath {
  readonly field: FieldDef;
  readonly path: readonly string[];
}

/**
 * A sheet's field paths and aliases by their last level, in dictionary order: only paths ending in a column's own
 * last level can match it (matchScore), so a column is scored against a handful of paths instead of all of them.
 */
const fieldPathsByLeaf = perDefinition((def) => {
  const index = new Map<string, FieldPath[]>();
  for (const field of def.fields) {
    for (const path of [field.path, ...field.aliases]) {
      if (path.length === 0) continue;
      const leaf = path[path.length - 1];
      let paths = index.get(leaf);
      if (!paths) index.set(leaf, (paths = []));
      paths.push({ field, path });
    }
  }
  return index;
});

export function bestField(def: SheetDef, path: readonly HeaderLevel[]): { field: FieldDef; score: number } | null {
  if (path.length === 0) return null;
  const column = path.map((l) => l.text);
  let best: { field: FieldDef; score: number } | null = null;
  for (const candidate of fieldPathsByLeaf(def).get(column[column.length - 1]) ?? []) {
    const score = matchScore(column, candidate.path);
    if (score > 0 && (!best || score > best.score)) best = { field: candidate.field, score };
  }
  return best;
}

export interface ColumnAssignment {
  readonly matches: readonly ColumnMatch[];
  /** Columns with a header that no field claims. */
  readonly unknown: readonly number[];
  /** Columns that match a field another column already took (a better or earlier one). */
  readonly duplicates: readonly ColumnMatch[];
}

export function assignColumns(def: SheetDef, paths: readonly (readonly HeaderLevel[])[]): ColumnAssignment {
  const byField = new Map<string, ColumnMatch>();
  const unknown: number[] = [];
  const duplicates: ColumnMatch[] = [];
  paths.forEach((path, col) => {
    if (path.length === 0) return;
    const best = bestField(def, path);
    if (!best) {
      unknown.push(col);
      return;
    }
    const match: ColumnMatch = { col, field: best.field, score: best.score, units: path.flatMap((l) => (l.unit ? [l.unit] : [])) };
    const taken = byField.get(best.field.id);
    if (!taken) byField.set(best.field.id, match);
    else if (match.score > taken.score) {
      duplicates.push(taken);
      byField.set(best.field.id, match);
    } else duplicates.push(match);
  });
  const matches = [...byField.values()].sort((a, b) => a.col - b.col);
  return { matches, unknown, duplicates };
}
