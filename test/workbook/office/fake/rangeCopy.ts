/**
 * What Range.clear, Range.unmerge and Range.copyFrom do to the fake's state, and what deleting a sheet does to
 * formulas elsewhere that point into it. Kept apart from the proxies (range.ts) so each rule reads on its own.
 */
import { contains, intersects, type Area } from "./a1";
import { fakeError } from "./errors";
import type { Transaction } from "./core";
import { blankCell, cellKey, keyCol, keyRow, type CellState, type SheetState, type WorkbookState } from "./state";

export type ClearKind = "All" | "Contents" | "Formats" | "Hyperlinks";

/**
 * Range.clear(applyTo). "All": contents, formats and hyperlinks; "Contents": values and formulas; "Formats": the
 * formats. The fake keeps data validation, conditional formats and merges (Office.js clears those through
 * DataValidation.clear, ConditionalFormatCollection and Range.unmerge), so an adapter that needs them gone must say so.
 */
export function clearArea(sheet: SheetState, area: Area, kind: ClearKind): void {
  for (const [key, cell] of [...sheet.cells]) {
    if (!contains(area, keyRow(key), keyCol(key))) continue;
    const blank = blankCell();
    if (kind === "All" || kind === "Contents") Object.assign(cell, { value: null, type: "Empty", formula: null });
    if (kind === "All" || kind === "Formats") {
      const { value, type, formula, hyperlink } = cell;
      Object.assign(cell, blank, { value, type, formula, hyperlink, validation: cell.validation });
      if (cell.validation === undefined) delete cell.validation;
    }
    if (kind === "All" || kind === "Hyperlinks") cell.hyperlink = null;
    if (JSON.stringify(cell) === JSON.stringify(blank)) sheet.cells.delete(key);
  }
}

export function unmergeArea(sheet: SheetState, area: Area): void {
  sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
}

const moved = (a: Area, dr: number, dc: number): Area => ({ top: a.top + dr, bottom: a.bottom + dr, left: a.left + dc, right: a.right + dc });
const inside = (inner: Area, outer: Area): boolean => contains(outer, inner.top, inner.left) && contains(outer, inner.bottom, inner.right);

/**
 * Range.copyFrom(source, "All") (ExcelApi 1.9), as Paste does: the source's cells (values, formulas, formats,
 * hyperlinks, data validation) overwrite the destination starting at its top-left cell, cells blank in the source
 * become blank, and merged areas and conditional formats lying inside the source come along. Formulas are copied
 * as written, so the fake refuses a copy that would have to move relative references (a different position).
 */
export function copyArea(tx: Transaction, from: { sheet: SheetState; area: Area }, to: { sheet: SheetState; row: number; col: number }): void {
  const dr = to.row - from.area.top;
  const dc = to.col - from.area.left;
  const target = moved(from.area, dr, dc);
  const copies: [number, CellState][] = [];
  for (const [key, cell] of from.sheet.cells) {
    const r = keyRow(key);
    const c = keyCol(key);
    if (!contains(from.area, r, c)) continue;
    if (cell.formula !== null && (dr !== 0 || dc !== 0)) throw new Error("fake Excel: copying formulas to another position (moving references) is not modelled");
    copies.push([cellKey(r + dr, c + dc), structuredClone(cell)]);
  }
  for (const key of [...to.sheet.cells.keys()]) if (contains(target, keyRow(key), keyCol(key))) to.sheet.cells.delete(key);
  for (const [key, cell] of copies) to.sheet.cells.set(key, cell);
  to.sheet.merges = [...to.sheet.merges.filter((m) => !intersects(m, target)), ...from.sheet.merges.filter((m) => inside(m, from.area)).map((m) => moved(m, dr, dc))];
  for (const format of from.sheet.formats.filter((f) => f.ranges.every((r) => inside(r, from.area)))) {
    to.sheet.formats.push({ ...structuredClone(format), id: tx.newId("cf"), ranges: format.ranges.map((r) => moved(r, dr, dc)) });
  }
}

/** The ways a formula names a sheet: 整改清单!A5, '整改清单'!A5 (quotes doubled inside). */
function sheetReference(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = escaped.replace(/'/g, "''");
  return new RegExp(`(?:'${quoted}'|(?<![\\w\\u0080-\\uffff'])${escaped})!(?=\\$?[A-Z]{1,3}\\$?\\d+)`, "gi");
}

/**
 * Excel turns every reference into a deleted sheet into #REF! (=整改清单!A5 becomes =#REF!A5), and the formula keeps
 * failing when a new sheet takes the name.
 */
export function breakReferences(state: WorkbookState, deleted: SheetState): void {
  const pattern = sheetReference(deleted.name);
  for (const sheet of state.sheets) {
    if (sheet === deleted) continue;
    for (const cell of sheet.cells.values()) {
      if (cell.formula === null || !pattern.test(cell.formula)) continue;
      pattern.lastIndex = 0;
      Object.assign(cell, { formula: cell.formula.replace(pattern, "#REF!"), value: "#REF!", type: "Error" });
    }
  }
}

export function noSuchCopyType(kind: string): never {
  throw fakeError("InvalidArgument", `The fake models copyFrom with copyType "All" only, not "${kind}".`);
}
