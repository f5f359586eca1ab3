import { layoutRegister } from "../domain/layout/registerLayout";
import { sampleRegister } from "../domain/sample/sample";
import { ExcelJsWorkbook } from "../workbook/exceljs/ExcelJsWorkbook";
import type { CommandIO } from "./checkCommand";
import { writeFileAtomic } from "./files";

export async function sampleCommand(options: { readonly out: string }, io: CommandIO): Promise<number> {
  const { grid, layouts } = layoutRegister(sampleRegister());
  const headerRows = Object.fromEntries(Object.values(layouts).map((l) => [l.grid.name, l.firstDataRow]));
  const workbook = ExcelJsWorkbook.fromGrid(grid, headerRows);
  await writeFileAtomic(options.out, await workbook.toBuffer());
  io.stdout(`已写出示例登记表（示例数据，虚构）：${options.out}`);
  return 0;
}
