/**
 * Reading past Excel on the web's 5 MB response limit: the limit is per sync, so a large register is read in row
 * blocks spread over a few syncs — as many as its bytes need, never one per school — and every response stays
 * under the limit. When a response is refused anyway, the same rows are asked for again in smaller blocks.
 */
import type { WorkbookGrid } from "../../../src/domain/grid";
import { layoutRegister } from "../../../src/domain/layout/registerLayout";
import { generateTownship } from "../../../src/domain/sample/generator";
import { blockRead, newCursor, planSync, responseRefused } from "../../../src/workbook/office/readBlocks";
import { PAYLOAD_LIMIT_BYTES } from "./fakeExcel";
import { open, syncsOf } from "./fixtures";

function register(schools: number): WorkbookGrid {
  return layoutRegister(generateTownship({ seed: 2016, schoolCount: schools })).grid;
}

describe("Office.js adapter: reading large registers", () => {
  it("reads 3 000 schools in a few syncs, each response under 5 MB, exactly as one unlimited response would", async () => {
    const grid = register(3000);
    const { excel, host } = open(grid);
    let read: WorkbookGrid | undefined;
    const syncs = await syncsOf(excel, async () => (read = await host.read()));
    const total = excel.syncs.reduce((n, s) => n + s.responseBytes, 0);
    // More than one response's worth of cells: the old single-sync read was refused here.
    expect(total).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.syncs.every((s) => s.error === null && s.responseBytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(syncs).toBeGreaterThan(3);
    expect(syncs).toBeLessThanOrEqual(2 + Math.ceil(total / (3 * 1024 * 1024)));

    const unlimited = open(grid, { responseBudgetBytes: Number.MAX_SAFE_INTEGER });
    unlimited.excel.responseLimitBytes = Number.MAX_SAFE_INTEGER;
    expect(await syncsOf(unlimited.excel, async () => expect(await unlimited.host.read()).toEqual(read))).toBe(3);
  }, 120_000);

  it("asks again in smaller blocks when Excel refuses a response, and reads every cell", async () => {
    // Remarks of 60 characters (180 bytes a cell) cost far more than the first estimate; scaled down 256×: a
    // 16 KB budget under a 20 KB limit, as the default 4 MB budget sits under Excel's 5 MB.
    const remarks = { name: "备注", visibility: "visible" as const, merges: [], rows: Array.from({ length: 300 }, (_, r) => [`第${r}行`, "说".repeat(60)]) };
    const base = register(40);
    const grid = { ...base, sheets: [...base.sheets, remarks] };
    const expected = await open(grid).host.read();
    const { excel, host } = open(grid, { responseBudgetBytes: 16_000 });
    excel.responseLimitBytes = 20_000;
    expect(await host.read()).toEqual(expected);
    const refused = excel.syncs.filter((s) => s.error === "ResponsePayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThan(0);
    // Each refusal halves the cells asked for, and the measured cost carries on: a few refusals, not one per block.
    expect(refused.length).toBeLessThanOrEqual(3);
    expect(excel.syncs.filter((s) => s.error === null).every((s) => s.responseBytes <= 20_000)).toBe(true);
  });
});

describe("read blocks", () => {
  const sheet = (rows: number, cols: number) => newCursor({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 });

  it("packs row blocks of several sheets into one sync while the estimate fits the budget", () => {
    const cursors = [sheet(10, 4), newCursor(null), sheet(5, 2)];
    expect(planSync(cursors, 1_000_000)).toEqual([
      { sheet: 0, top: 0, bottom: 9 },
      { sheet: 2, top: 0, bottom: 4 },
    ]);
  });

  it("splits a sheet over syncs under a small budget, and always gives the first block a row", () => {
    const cursors = [sheet(100, 10)];
    // 10 cells × 32 bytes = 320 bytes a row; 200 bytes per block for the range itself.
    const first = planSync(cursors, 3_400);
    expect(first).toEqual([{ sheet: 0, top: 0, bottom: 9 }]);
    blockRead(cursors[0], first[0], 10 * 10 * 24);
    expect(planSync(cursors, 3_400)[0].top).toBe(10);
    expect(planSync([sheet(3, 1000)], 1_000)).toEqual([{ sheet: 0, top: 0, bottom: 0 }]);
    expect(planSync([sheet(3, 2)], 0)).toEqual([{ sheet: 0, top: 0, bottom: 0 }]);
  });

  it("after a refusal asks for at most half the cells, and gives up on a single row", () => {
    const cursors = [sheet(1000, 10), sheet(1000, 10)];
    const refused = planSync(cursors, 100_000);
    const asked = refused.reduce((n, b) => n + (b.bottom - b.top + 1) * 10, 0);
    expect(responseRefused(cursors, refused, 100_000)).toBe(true);
    const next = planSync(cursors, 100_000);
    expect(next.reduce((n, b) => n + (b.bottom - b.top + 1) * 10, 0)).toBeLessThanOrEqual(asked / 2);
    expect(responseRefused(cursors, [{ sheet: 0, top: 5, bottom: 5 }], 100_000)).toBe(false);
  });

  it("has nothing to plan once every row is read", () => {
    const cursors = [sheet(2, 2)];
    blockRead(cursors[0], planSync(cursors, 1_000_000)[0], 100);
    expect(planSync(cursors, 1_000_000)).toEqual([]);
  });
});
