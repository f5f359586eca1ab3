/**
 * Finding the header block of a sheet (workbook.md §1.1): one to three header rows above the first row whose
 * key cell holds a school code or name, merged cells filled across their span, levels joined into paths.
 */
import { cellAt, type CellValue, type SheetGrid } from "../grid";
import type { SheetDef } from "../fields/types";
import { normaliseHeaderLevel, type HeaderLevel } from "./headerText";

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
  for (const m of sheet.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return cellAt(sheet, m.top, m.left);
  }
  return cellAt(sheet, row, col);
}

function headerText(value: CellValue): string {
  if (value === null || typeof value === "object") return "";
  return normaliseHeaderLevel(String(value)).text;
}

export function vocabularyOf(def: SheetDef): Set<string> {
  const words = new Set<string>();
  for (const f of def.fields) for (const p of [f.path, ...f.aliases]) for (const level of p) words.add(level);
  return words;
}

function keyLabels(def: SheetDef, fieldId: string | undefined): Set<string> {
  const f = def.fields.find((x) => x.id === fieldId);
  return new Set(f ? [f.path, ...f.aliases].map((p) => p[p.length - 1]) : []);
}

function rowWidth(sheet: SheetGrid, row: number): number {
  return sheet.rows[row]?.length ?? 0;
}

/** Locates the header block, or null when the sheet has no header naming the key column of `def`. */
export function locateHeader(sheet: SheetGrid, def: SheetDef): HeaderBlock | null {
  const keys = keyLabels(def, def.keyField);
  const names = keyLabels(def, def.nameField);
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

  let bottom = top;
  while (bottom + 1 < sheet.rows.length && bottom - top + 1 < MAX_HEADER_ROWS) {
    const next = bottom + 1;
    const key = headerText(mergedValue(sheet, next, keyCol));
    const continuesHeader = (key === "" || key === keyLabel) && rowHasVocabulary(sheet, next, vocabulary);
    if (!continuesHeader) break;
    bottom = next;
  }

  let dataStart = bottom + 1;
  while (dataStart < sheet.rows.length && COLUMN_NUMBER_MARKERS.has(headerText(cellAt(sheet, dataStart, keyCol)))) dataStart++;

  let width = 0;
  for (let r = top; r <= bottom; r++) width = Math.max(width, rowWidth(sheet, r));
  const shown = sheet.merges.length > 0 ? mergedValue : groupFilledValue(sheet, top, bottom);
  const paths: HeaderLevel[][] = [];
  for (let c = 0; c < width; c++) {
    const levels: HeaderLevel[] = [];
    for (let r = top; r <= bottom; r++) {
      const value = shown(sheet, r, c);
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

/**
 * Without merge information (hosts that cannot report merged areas, copies pasted as values), a group header such
 * as 小学 stands in its first column only. An empty header cell takes the group name to its left when both columns
 * have sub-headers below, which is what a merged group header looks like once the merge is gone; a field merged
 * down (学校名称) has nothing below it and so never spreads.
 */
function groupFilledValue(sheet: SheetGrid, top: number, bottom: number): (sheet: SheetGrid, row: number, col: number) => CellValue {
  const hasBelow = (row: number, col: number) => {
    for (let r = row + 1; r <= bottom; r++) if (hasText(cellAt(sheet, r, col))) return true;
    return false;
  };
  return (_sheet, row, col) => {
    const own = cellAt(sheet, row, col);
    if (hasText(own) || row < top || row >= bottom || !hasBelow(row, col)) return own;
    for (let c = col - 1; c >= 0; c--) {
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
