/** Registers, plans and an adapter over a fake Excel, for the Office.js adapter's tests. */
import { runCheck } from "../../../src/domain/check";
import type { WorkbookGrid } from "../../../src/domain/grid";
import { layoutRegister } from "../../../src/domain/layout/registerLayout";
import { checkWritePlan } from "../../../src/domain/outputs/checkPlan";
import type { WritePlan } from "../../../src/domain/outputs/writePlan";
import { generateTownship } from "../../../src/domain/sample/generator";
import { sampleRegister } from "../../../src/domain/sample/sample";
import { OfficeWorkbook, type OfficeWorkbookOptions } from "../../../src/workbook/office/OfficeWorkbook";
import { FakeExcel } from "./fakeExcel";

export interface Scenario {
  readonly grid: WorkbookGrid;
  readonly plan: WritePlan;
}

/** A generated township register of `schools` schools and the plan a check of it writes. */
export function township(schools: number): Scenario {
  const grid = layoutRegister(generateTownship({ seed: 2016, schoolCount: schools })).grid;
  return { grid, plan: checkWritePlan(runCheck(grid), grid) };
}

/** The sample register with its seeded errors: highlights of every kind. */
export function seededSample(): Scenario {
  const grid = layoutRegister(sampleRegister()).grid;
  return { grid, plan: checkWritePlan(runCheck(grid), grid) };
}

export interface Opened {
  readonly excel: FakeExcel;
  readonly host: OfficeWorkbook;
}

export function open(grid: WorkbookGrid, options: Omit<OfficeWorkbookOptions, "isSetSupported"> & { apiVersion?: string } = {}): Opened {
  const excel = new FakeExcel(grid);
  if (options.apiVersion) excel.apiVersion = options.apiVersion;
  return { excel, host: new OfficeWorkbook(excel.run, { ...options, isSetSupported: excel.isSetSupported }) };
}

/** Syncs an operation took on the fake. */
export async function syncsOf(excel: FakeExcel, operation: () => Promise<unknown>): Promise<number> {
  const before = excel.syncCount;
  await operation();
  return excel.syncCount - before;
}

/** Junheng's conditional formats on a sheet (the marker is in the rule formula). */
export function junhengFormats(excel: FakeExcel, sheet: string) {
  return excel.sheet(sheet).formats.filter((f) => f.formula?.includes('"junheng:'));
}
