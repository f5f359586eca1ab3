/**
 * What an add-in written the obvious way does: `await context.sync()` inside the loop, one round trip per school
 * row when reading and per output row (and per highlighted row) when writing. It exists only so the bench can
 * count its syncs and request sizes on the same fake Excel as the real adapter; nothing ships it.
 */
import type { WritePlan } from "../src/domain/outputs/writePlan";
import { HIGHLIGHT_COLOURS } from "../src/domain/outputs/palette";
import { parseCellAddress } from "../src/domain/grid";
import type { BatchRunner } from "../src/workbook/office/OfficeWorkbook";
import { areaAddress } from "../src/workbook/office/addresses";

/** Reads every used row of every sheet, one sync per row index (one school across all its sheets). */
export async function naiveRead(run: BatchRunner): Promise<number> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load({ name: true });
    await context.sync();
    const used = worksheets.items.map((ws) => ({ ws, range: ws.getUsedRangeOrNullObject(true).load({ rowIndex: true, columnIndex: true, rowCount: true, columnCount: true }) }));
    await context.sync();
    const present = used.filter((u) => !u.range.isNullObject);
    const last = Math.max(0, ...present.map((u) => u.range.rowIndex + u.range.rowCount));
    let cells = 0;
    for (let row = 0; row < last; row++) {
      const loaded = present
        .filter(({ range }) => row >= range.rowIndex && row < range.rowIndex + range.rowCount)
        .map(({ ws, range }) =>
          ws.getRange(areaAddress({ top: row, left: range.columnIndex, bottom: row, right: range.columnIndex + range.columnCount - 1 })).load({ values: true, valueTypes: true, numberFormat: true }),
        );
      await context.sync();
      for (const range of loaded) cells += range.values[0].length;
    }
    return cells;
  });
}

/** Fills highlighted cells row by row and writes each output sheet row by row, a sync after each. */
export async function naiveWrite(run: BatchRunner, plan: WritePlan): Promise<void> {
  await run(async (context) => {
    for (const group of plan.highlights) {
      const ws = context.workbook.worksheets.getItem(group.sheet);
      const byRow = new Map<number, string[]>();
      for (const cell of group.cells) {
        const { row } = parseCellAddress(cell);
        byRow.set(row, [...(byRow.get(row) ?? []), cell]);
      }
      for (const cells of byRow.values()) {
        for (const cell of cells) ws.getRange(cell).format.fill.color = `#${HIGHLIGHT_COLOURS[group.kind]}`;
        await context.sync();
      }
    }
    for (const sheet of plan.sheets) {
      const ws = context.workbook.worksheets.add(sheet.name);
      await context.sync();
      for (const [r, cells] of sheet.rows.entries()) {
        if (cells.length === 0) continue;
        ws.getRange(areaAddress({ top: r, left: 0, bottom: r, right: cells.length - 1 })).values = [cells.map((c) => c.value ?? "")];
        await context.sync();
      }
    }
  });
}
