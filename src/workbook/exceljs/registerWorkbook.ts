/**
 * A register (sample, practice or merged) as an .xlsx workbook in the canonical layout, with each sheet's header
 * rows frozen — the one way the CLI and the web page turn records into a file a statistician opens.
 */
import { layoutRegister, type RegisterRecords } from "../../domain/layout/registerLayout";
import { ExcelJsWorkbook } from "./ExcelJsWorkbook";

export function registerWorkbook(records: RegisterRecords): ExcelJsWorkbook {
  const { grid, layouts } = layoutRegister(records);
  const headerRows = Object.fromEntries(Object.values(layouts).map((l) => [l.grid.name, l.firstDataRow]));
  return ExcelJsWorkbook.fromGrid(grid, headerRows);
}
