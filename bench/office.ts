/**
 * The Office.js adapter on the recording fake Excel (test/workbook/office/fakeExcel.ts, which refuses requests
 * and responses over 5 MB as Excel on the web does): round trips and payload per sync for a read and a write of
 * one register size, beside the naive one-sync-per-row add-in of naiveOffice.ts on an identical fake.
 */
import { runCheck } from "../src/domain/check";
import { checkWritePlan } from "../src/domain/outputs/checkPlan";
import type { WorkbookGrid } from "../src/domain/grid";
import { OfficeWorkbook } from "../src/workbook/office/OfficeWorkbook";
import { FakeExcel, type SyncRecord } from "../test/workbook/office/fakeExcel";
import { naiveRead, naiveWrite } from "./naiveOffice";
import { benchGrid } from "./registers";

export interface SyncFigures {
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly meanRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly meanResponseBytes: number;
  /** The error code Excel refused a sync with, or null. */
  readonly failure: string | null;
}

export interface OfficeResult {
  readonly schools: number;
  readonly read: SyncFigures;
  readonly write: SyncFigures;
  readonly naiveRead: SyncFigures;
  readonly naiveWrite: SyncFigures;
}

async function recorded(excel: FakeExcel, operation: () => Promise<unknown>): Promise<SyncFigures> {
  const before = excel.syncs.length;
  let failure: string | null = null;
  try {
    await operation();
  } catch (error) {
    failure = (error as { code?: string }).code ?? (error as Error).message;
  }
  const syncs: SyncRecord[] = excel.syncs.slice(before);
  const sum = (pick: (s: SyncRecord) => number) => syncs.reduce((n, s) => n + pick(s), 0);
  return {
    syncs: syncs.length,
    maxRequestBytes: Math.max(0, ...syncs.map((s) => s.requestBytes)),
    meanRequestBytes: syncs.length ? Math.round(sum((s) => s.requestBytes) / syncs.length) : 0,
    maxResponseBytes: Math.max(0, ...syncs.map((s) => s.responseBytes)),
    meanResponseBytes: syncs.length ? Math.round(sum((s) => s.responseBytes) / syncs.length) : 0,
    failure: failure ?? syncs.find((s) => s.error)?.error ?? null,
  };
}

function adapterOn(grid: WorkbookGrid): { excel: FakeExcel; host: OfficeWorkbook } {
  const excel = new FakeExcel(grid);
  return { excel, host: new OfficeWorkbook(excel.run, { isSetSupported: excel.isSetSupported }) };
}

export async function runOffice(schools: number): Promise<OfficeResult> {
  const grid = benchGrid(schools);
  // The plan comes from the grid itself, so the write does not depend on the adapter's read succeeding.
  const plan = checkWritePlan(runCheck(grid), grid);

  const { excel, host } = adapterOn(grid);
  const read = await recorded(excel, () => host.read());
  const write = await recorded(excel, () => host.write(plan));

  const naive = new FakeExcel(grid);
  // Excel applies each sync as it comes; the fake's default all-or-nothing mode would copy the workbook per sync.
  naive.batchMode = "sequential";
  const naiveReadFigures = await recorded(naive, () => naiveRead(naive.run));
  const naiveWriteFigures = await recorded(naive, () => naiveWrite(naive.run, plan));
  return { schools, read, write, naiveRead: naiveReadFigures, naiveWrite: naiveWriteFigures };
}
