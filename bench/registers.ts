/**
 * The bench's synthetic registers: the sample's own generator (generateTownship, one fixed seed) at any size, laid
 * out and saved as .xlsx exactly as `junheng sample` does, so every run of the bench reads the same bytes.
 */
import type { WorkbookGrid } from "../src/domain/grid";
import { layoutRegister } from "../src/domain/layout/registerLayout";
import { generateTownship } from "../src/domain/sample/generator";
import { registerWorkbook } from "../src/workbook/exceljs/registerWorkbook";

export const BENCH_SEED = 2016;

export function benchGrid(schools: number): WorkbookGrid {
  return layoutRegister(generateTownship({ seed: BENCH_SEED, schoolCount: schools })).grid;
}

export async function benchXlsx(schools: number): Promise<Uint8Array> {
  return registerWorkbook(generateTownship({ seed: BENCH_SEED, schoolCount: schools })).toBuffer();
}
