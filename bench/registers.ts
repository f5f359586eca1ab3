/**
 * The bench's synthetic registers: the sample's own generator (generateTownship, one fixed seed) at any size, laid
 * out and saved as .xlsx exactly as `junheng sample` does, so every run of the bench reads the same bytes.
 */
import type { WorkbookGrid } from "../src/domain/grid";
import { layoutRegister } from "../src/domain/layout/registerLayout";
import { generateTownship } from "../src/domain/sample/generator";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/ExcelJsWorkbook";

export const BENCH_SEED = 2016;

export function benchGrid(schools: number): { grid: WorkbookGrid; headerRows: Record<string, number> } {
  const { grid, layouts } = layoutRegister(generateTownship({ seed: BENCH_SEED, schoolCount: schools }));
  const headerRows = Object.fromEntries(Object.values(layouts).map((l) => [l.grid.name, l.firstDataRow]));
  return { grid, headerRows };
}

export async function benchXlsx(schools: number): Promise<Uint8Array> {
  const { grid, headerRows } = benchGrid(schools);
  return ExcelJsWorkbook.fromGrid(grid, headerRows).toBuffer();
}
