/**
 * Where a live highlight's conditional formats go (docs/workbook-format.md §2): a condition is relative to its
 * range's top-left cell, so each rectangle of the group's cells needs its own format, with the condition anchored
 * there. Shared by the Office adapter and the file writer.
 */
import { conditionAt } from "../domain/outputs/liveHighlights";
import { compressCells, topLeftCell } from "./office/addresses";

export function liveRanges(cells: readonly string[], live: string): { range: string; condition: string }[] {
  return compressCells(cells).map((range) => ({ range, condition: conditionAt(live, topLeftCell(range)) }));
}
