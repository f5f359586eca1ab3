/**
 * How a read splits a workbook's cells into syncs. Excel on the web refuses a response over 5 MB, and the limit
 * is per sync: ranges loaded in one sync come back in one response, so cutting a sheet into blocks only helps
 * when the blocks travel in different syncs. Each sync therefore carries as many row blocks (full used-range
 * width) as an estimated response budget allows, taken in sheet order; a register that fits the budget is one
 * sync of cells whatever its number of schools, and a larger one costs one more sync per budget's worth of
 * cells, never one per school.
 *
 * How many bytes a cell costs is only known once it has come back (text is longer than numbers), so every sheet
 * starts from an estimate and then follows what its blocks really cost; should Excel refuse a response anyway,
 * the same rows are asked for again in half as many cells.
 */
import type { CellRange } from "../../domain/grid";
import { REQUEST_LIMIT_BYTES } from "./payload";

/** Room left under Excel's 5 MB for the response envelope, as for requests. */
export const DEFAULT_RESPONSE_BUDGET_BYTES = REQUEST_LIMIT_BYTES - 1024 * 1024;

/**
 * values + valueTypes + numberFormat of a cell in JSON: a register averages about 24 bytes (a number, "Double",
 * "General"); the margin keeps the first sync of a text-heavy sheet from being refused.
 */
export const INITIAL_BYTES_PER_CELL = 32;

/** The range's own entry in the response (its path, property names, brackets). */
export const BLOCK_OVERHEAD_BYTES = 200;

/** Headroom over the measured cost, as the rows still to come may hold longer text than those already read. */
const MEASURED_MARGIN = 1.25;

/** An empty cell still costs "", "Empty" and "General". */
const MIN_BYTES_PER_CELL = 16;

export interface SheetCursor {
  /** The used range; null when the sheet holds no value. */
  readonly bounds: CellRange | null;
  /** Next row (0-based) still to read. */
  next: number;
  bytesPerCell: number;
}

export interface PlannedBlock {
  readonly sheet: number;
  readonly top: number;
  readonly bottom: number;
}

export function newCursor(bounds: CellRange | null): SheetCursor {
  return { bounds, next: bounds?.top ?? 0, bytesPerCell: INITIAL_BYTES_PER_CELL };
}

function width(bounds: CellRange): number {
  return bounds.right - bounds.left + 1;
}

/** The blocks of the next sync; empty when everything has been read. The first block always gets a row. */
export function planSync(cursors: readonly SheetCursor[], budgetBytes: number): PlannedBlock[] {
  const blocks: PlannedBlock[] = [];
  let left = budgetBytes;
  for (const [sheet, cursor] of cursors.entries()) {
    const bounds = cursor.bounds;
    if (!bounds || cursor.next > bounds.bottom) continue;
    const rowBytes = width(bounds) * cursor.bytesPerCell;
    const fits = Math.floor((left - BLOCK_OVERHEAD_BYTES) / rowBytes);
    const rows = Math.min(bounds.bottom - cursor.next + 1, blocks.length === 0 ? Math.max(1, fits) : fits);
    if (rows < 1) break;
    blocks.push({ sheet, top: cursor.next, bottom: cursor.next + rows - 1 });
    left -= BLOCK_OVERHEAD_BYTES + rows * rowBytes;
    if (left <= 0) break;
  }
  return blocks;
}

function cellsOf(cursor: SheetCursor, block: PlannedBlock): number {
  return (block.bottom - block.top + 1) * (cursor.bounds ? width(cursor.bounds) : 1);
}

/**
 * After a sync came back: the rows are read, and the sheet's estimate becomes what they cost (with a margin), up
 * or down, so one refused sync or one block of long header text does not shrink every later sync for good.
 */
export function blockRead(cursor: SheetCursor, block: PlannedBlock, responseBytes: number): void {
  cursor.next = block.bottom + 1;
  cursor.bytesPerCell = Math.max(MIN_BYTES_PER_CELL, (responseBytes / cellsOf(cursor, block)) * MEASURED_MARGIN);
}

/**
 * After Excel refused the sync's response: the next sync asks for at most half as many cells, as each sheet in the
 * refused one is costed at no less than twice the budget over the cells asked for. False when the sync was a
 * single row already, which no smaller request can fix.
 */
export function responseRefused(cursors: readonly SheetCursor[], blocks: readonly PlannedBlock[], budgetBytes: number): boolean {
  if (blocks.length === 1 && blocks[0].top === blocks[0].bottom) return false;
  const cells = blocks.reduce((n, block) => n + cellsOf(cursors[block.sheet], block), 0);
  for (const block of blocks) {
    const cursor = cursors[block.sheet];
    cursor.bytesPerCell = Math.max(cursor.bytesPerCell, (2 * budgetBytes) / cells);
  }
  return true;
}
