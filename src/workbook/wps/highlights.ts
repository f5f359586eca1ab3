/**
 * Highlights in WPS: per sheet and kind, the cells grouped into rectangles and the rectangles joined into
 * multi-area addresses under VBA's 255-character limit, one conditional format per address — the same marked,
 * always-true rule as in Excel, so either application can clear what the other drew.
 *
 * `FormatConditions.Add(xlExpression, , formula)` is declared but unconfirmed on WPS. Where it throws, that
 * group's cells are filled instead, and each cell's fill before is recorded (FillRecord) so clearing restores it;
 * a cell the user has recoloured since is left as the user made it.
 */
import type { HighlightGroup } from "../../domain/outputs/writePlan";
import { HIGHLIGHT_COLOURS } from "../../domain/outputs/palette";
import { cellAddress } from "../../domain/grid";
import { chunkAddresses, compressCells, parseArea, splitAreas } from "../office/addresses";
import { markerFormula } from "../office/highlightRules";
import { bgr, ET, type EtInterior, type EtWorkbook, type EtWorksheet } from "./etApi";
import type { JunhengHighlight } from "./inspect";
import type { FillRecord } from "./marker";

/** VBA's limit on a Range address string. */
export const MAX_ADDRESS_CHARS = 255;

/** Multi-area addresses covering the cells, each under the limit. */
export function areaChunks(cells: readonly string[]): string[] {
  return chunkAddresses(compressCells(cells), MAX_ADDRESS_CHARS);
}

function originalFill(interior: EtInterior): number | null {
  return interior.ColorIndex === ET.xlColorIndexNone ? null : Number(interior.Color);
}

function restoreFill(wb: EtWorkbook, fill: FillRecord): void {
  const interior = wb.Worksheets.Item(fill.sheet).Range(fill.cell).Interior;
  // Recoloured by the user since: theirs now.
  if (interior.ColorIndex === ET.xlColorIndexNone || Number(interior.Color) !== bgr(HIGHLIGHT_COLOURS[fill.kind])) return;
  if (fill.original === null) interior.ColorIndex = ET.xlColorIndexNone;
  else interior.Color = fill.original;
}

export function removeHighlights(wb: EtWorkbook, highlights: readonly JunhengHighlight[]): void {
  for (const highlight of highlights) {
    if (highlight.condition) highlight.condition.Delete();
    else if (highlight.fill) restoreFill(wb, highlight.fill);
  }
}

/** Adds one marked conditional format over `address`; false when WPS refuses conditional formats. */
function addCondition(ws: EtWorksheet, address: string, group: HighlightGroup): boolean {
  let condition;
  try {
    condition = ws.Range(address).FormatConditions.Add(ET.xlExpression, undefined, markerFormula(group.kind));
  } catch {
    return false;
  }
  condition.Interior.Color = bgr(HIGHLIGHT_COLOURS[group.kind]);
  try {
    // Above the user's own rules, so the highlight shows where one of theirs also fills the cell (unconfirmed on WPS).
    condition.SetFirstPriority();
  } catch {
    // The highlight is drawn; only its order among the rules is unknown.
  }
  return true;
}

function cellsOf(address: string): string[] {
  return splitAreas(address).flatMap((area) => {
    const { top, left, bottom, right } = parseArea(area);
    const cells: string[] = [];
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) cells.push(cellAddress(r, c));
    return cells;
  });
}

function fillCells(ws: EtWorksheet, group: HighlightGroup, address: string): FillRecord[] {
  return cellsOf(address).map((cell) => {
    const interior = ws.Range(cell).Interior;
    const record = { sheet: group.sheet, cell, kind: group.kind, original: originalFill(interior) };
    interior.Color = bgr(HIGHLIGHT_COLOURS[group.kind]);
    return record;
  });
}

/**
 * Draws the groups; returns the fills made where conditional formats were refused. `beforeFill` runs before the
 * first cell of a group is filled, and may throw to stop (when the fills could not be recorded).
 */
export function addHighlights(wb: EtWorkbook, groups: readonly HighlightGroup[], beforeFill: (group: HighlightGroup) => void): FillRecord[] {
  const fills: FillRecord[] = [];
  for (const group of groups) {
    const ws = wb.Worksheets.Item(group.sheet);
    for (const address of areaChunks(group.cells)) {
      if (addCondition(ws, address, group)) continue;
      beforeFill(group);
      fills.push(...fillCells(ws, group, address));
    }
  }
  return fills;
}
