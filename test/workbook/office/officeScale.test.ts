/** A constant number of syncs whatever the number of schools, and every request under Excel's 5 MB limit. */
import type { WritePlan } from "../../../src/domain/outputs/writePlan";
import { cellAddress } from "../../../src/domain/grid";
import { HostError } from "../../../src/workbook/host";
import { PAYLOAD_LIMIT_BYTES } from "./fakeExcel";
import { open, syncsOf, township } from "./fixtures";

interface Measured {
  readonly readSyncs: number;
  readonly writeSyncs: number;
  readonly maxRequest: number;
  readonly maxResponse: number;
  readonly applySuspendsCalculation: boolean;
}

async function measure(schools: number): Promise<Measured> {
  const { grid, plan } = township(schools);
  const { excel, host } = open(grid);
  const readSyncs = await syncsOf(excel, () => host.read());
  const before = excel.syncCount;
  const writeSyncs = await syncsOf(excel, () => host.write(plan));
  return {
    readSyncs,
    writeSyncs,
    maxRequest: Math.max(...excel.syncs.map((s) => s.requestBytes)),
    maxResponse: Math.max(...excel.syncs.map((s) => s.responseBytes)),
    applySuspendsCalculation: excel.syncs.slice(before).at(-1)!.calculationSuspended,
  };
}

describe("Office.js adapter: scale", () => {
  it("reads and writes 10 and 1 000 schools in the same number of syncs, each request and response under 5 MB", async () => {
    const small = await measure(10);
    const large = await measure(1000);
    expect(small.readSyncs).toBe(3);
    expect(small.writeSyncs).toBe(3);
    expect([large.readSyncs, large.writeSyncs]).toEqual([small.readSyncs, small.writeSyncs]);
    for (const m of [small, large]) {
      expect(m.maxRequest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(m.maxResponse).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(m.applySuspendsCalculation).toBe(true);
    }
  }, 120_000);

  it("splits only a write that would not fit in one request, keeping each under the limit", async () => {
    const { grid } = township(10);
    // 60 000 scattered cells (every other row and column) cannot be merged into rectangles: ~450 KB of addresses.
    const cells = Array.from({ length: 60_000 }, (_, i) => cellAddress(2 * Math.floor(i / 100), 2 * (i % 100)));
    const plan: WritePlan = { highlights: [{ sheet: "学生与班级", kind: "error", cells }], sheets: [] };
    // Scaled down 40×: a 100 KB budget under a 128 KB limit, as the default 4 MB budget sits under Excel's 5 MB.
    const { excel, host } = open(grid, { requestBudgetBytes: 100_000 });
    excel.requestLimitBytes = 128 * 1024;
    const syncs = await syncsOf(excel, () => host.write(plan));
    expect(syncs).toBeGreaterThan(5);
    expect(excel.syncs.every((s) => s.error === null)).toBe(true);
    expect(excel.syncs.filter((s) => s.writes > 0).every((s) => s.calculationSuspended)).toBe(true);
    for (const cell of [cells[0], cells[29_999], cells[59_999]]) expect(excel.fillOf("学生与班级", cell)).toBe("FFC7CE");
    expect(excel.fillOf("学生与班级", "B1")).toBeNull();
  }, 60_000);

  it("reports a request Excel still refuses as a HostError suggesting a smaller workbook (the pane has no way to mark fewer)", async () => {
    const { grid, plan } = township(10);
    const { excel, host } = open(grid);
    excel.requestLimitBytes = 20_000;
    const failure = host.write(plan);
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toThrow("请把登记表拆成较小的工作簿后再试");
  });

  it("reports a row too large for one response as a HostError", async () => {
    // Smaller blocks cannot help a single row: 8 000 characters of text come to 24 KB against a 20 KB limit.
    const grid = { sheets: [{ name: "备注", visibility: "visible" as const, merges: [], rows: [["说明"], ["很".repeat(8000)]] }], ownedSheets: [] };
    const { excel, host } = open(grid);
    excel.responseLimitBytes = 20_000;
    const failure = host.read();
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toThrow("ResponsePayloadSizeLimitExceeded");
  });
});
