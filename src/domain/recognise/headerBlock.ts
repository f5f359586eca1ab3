/**
 * Finding the header block of a sheet (docs/workbook-format.md §1.1): one to three header rows above the first row whose
 * key cell holds a school code or name, merged cells filled across their span, levels joined into paths.
 */
import { cellAt, type CellRange, type CellValue, type SheetGrid } from "../grid";
import type { SheetDef } from "../fields/types";
import { normaliseHeaderLevel, type HeaderLevel } from "./headerText";
import { perDefinition } from "./perDefinition";

export const MAX_HEADER_ROWS = 3;
/** Title lines, notes and blank rows above the header are looked through up to this row. */
const SEARCH_ROWS = 20;
/** The column-number line of official tables (甲 乙 1 2 3 …) sits between header and data. */
const COLUMN_NUMBER_MARKERS = new Set(["甲", "乙", "丙", "栏次", "序号"]);

export interface HeaderBlock {
  /** 0-based first and last header row. */
  readonly top: number;
  readonly bottom: number;
  /** 0-based first data row. */
  readonly dataStart: number;
  /** Normalised header path of each column (empty when the column has no header). */
  readonly paths: readonly (readonly HeaderLevel[])[];
}

/** The cell value shown at (row, col), taking merged areas into account. */
function mergedValue(sheet: SheetGrid, row: number, col: number): CellValue {
  const merge = mergeAt(sheet, row, col);
  return merge ? cellAt(sheet, merge.top, merge.left) : cellAt(sheet, row, col);
}

function headerText(value: CellValue): string {
  if (value === null || typeof value === "object") return "";
  return normaliseHeaderLevel(String(value)).text;
}

const vocabularyOf = perDefinition((def) => {
  const words = new Set<string>();
  for (const f of def.fields) for (const p of [f.path, ...f.aliases]) for (const level of p) words.add(level);
  return words;
});

function labelsOf(def: SheetDef, fieldId: string | undefined): Set<string> {
  const f = def.fields.find((x) => x.id === fieldId);
  return new Set(f ? [f.path, ...f.aliases].map((p) => p[p.length - 1]) : []);
}

const keyLabels = perDefinition((def) => labelsOf(def, def.keyField));
const nameLabels = perDefinition((def) => labelsOf(def, def.nameField));

function rowWidth(sheet: SheetGrid, row: number): number {
  return sheet.rows[row]?.length ?? 0;
}

/** Locates the header block, or null when the sheet has no header naming the key column of `def`. */
export function locateHeader(sheet: SheetGrid, def: SheetDef): HeaderBlock | null {
  const keys = keyLabels(def);
  const names = nameLabels(def);
  const vocabulary = vocabularyOf(def);
  const limit = Math.min(SEARCH_ROWS, sheet.rows.length);

  let top = -1;
  let keyCol = -1;
  for (let r = 0; r < limit && top < 0; r++) {
    for (let c = 0; c < rowWidth(sheet, r); c++) {
      const text = headerText(cellAt(sheet, r, c));
      if (keys.has(text) || (keyCol < 0 && names.has(text))) {
        top = r;
        keyCol = c;
        if (keys.has(text)) break;
      }
    }
  }
  if (top < 0) return null;
  const keyLabel = headerText(cellAt(sheet, top, keyCol));

  // Group headers (小学 over 合计, 班数) may stand above the row that names the key column, when the key header
  // sits at the bottom of the block instead of being merged down from its top. A title line merged across the
  // table covers the key column, so it is never taken for one.
  const keyRow = top;
  while (top > 0 && keyRow - top + 1 < MAX_HEADER_ROWS && headerText(mergedValue(sheet, top - 1, keyCol)) === "" && rowHasVocabulary(sheet, top - 1, vocabulary)) top--;

  let bottom = keyRow;
  while (bottom + 1 < sheet.rows.length && bottom - top + 1 < MAX_HEADER_ROWS) {
    const next = bottom + 1;
    const key = headerText(mergedValue(sheet, next, keyCol));
    const continuesHeader = (key === "" || key === keyLabel) && rowHasVocabulary(sheet, next, vocabulary);
    if (!continuesHeader) break;
    bottom = next;
  }

  // Blank rows may stand between the header and the column-number line too.
  let dataStart = bottom + 1;
  const skipped = (row: number) => {
    const key = headerText(cellAt(sheet, row, keyCol));
    return COLUMN_NUMBER_MARKERS.has(key) || (key === "" && !(sheet.rows[row] ?? []).some(hasText));
  };
  while (dataStart < sheet.rows.length && skipped(dataStart)) dataStart++;

  let width = 0;
  for (let r = top; r <= bottom; r++) width = Math.max(width, rowWidth(sheet, r));
  const shown = shownHeaderValue(sheet, top, bottom);
  const paths: HeaderLevel[][] = [];
  for (let c = 0; c < width; c++) {
    const levels: HeaderLevel[] = [];
    for (let r = top; r <= bottom; r++) {
      const value = shown(r, c);
      if (value === null || typeof value === "object") continue;
      const level = normaliseHeaderLevel(String(value));
      if (level.text === "" || levels[levels.length - 1]?.text === level.text) continue;
      levels.push(level);
    }
    paths.push(levels);
  }
  return { top, bottom, dataStart, paths };
}

const hasText = (value: CellValue) => value !== null && typeof value !== "object" && String(value).trim() !== "";

function mergeAt(sheet: SheetGrid, row: number, col: number): CellRange | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/**
 * The value a header cell shows. A merged cell shows its area's value. A group header such as 小学 that is not
 * merged (hosts that cannot report merged areas, copies pasted as values, a sheet where only some headers were
 * merged) stands in its first column only: an empty header cell takes the group name to its left when both columns
 * have sub-headers below, which is what a merged group header looks like once the merge is gone. A field merged
 * down (学校名称) has nothing below it and so never spreads, and a merged group's edge stops the search, since the
 * merge says where that group ends.
 */
function shownHeaderValue(sheet: SheetGrid, top: number, bottom: number): (row: number, col: number) => CellValue {
  const hasBelow = (row: number, col: number) => {
    for (let r = row + 1; r <= bottom; r++) if (hasText(mergedValue(sheet, r, col))) return true;
    return false;
  };
  return (row, col) => {
    const merge = mergeAt(sheet, row, col);
    if (merge) return cellAt(sheet, merge.top, merge.left);
    const own = cellAt(sheet, row, col);
    if (hasText(own) || row < top || row >= bottom || !hasBelow(row, col)) return own;
    for (let c = col - 1; c >= 0; c--) {
      if (mergeAt(sheet, row, c)) return null;
      const left = cellAt(sheet, row, c);
      if (hasText(left)) return hasBelow(row, c) ? left : null;
      if (!hasBelow(row, c)) return null;
    }
    return null;
  };
}

function rowHasVocabulary(sheet: SheetGrid, row: number, vocabulary: Set<string>): boolean {
  for (let c = 0; c < rowWidth(sheet, row); c++) {
    if (vocabulary.has(headerText(mergedValue(sheet, row, c)))) return true;
  }
  return false;
}
