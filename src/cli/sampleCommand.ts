import { layoutRegister } from "../domain/layout/registerLayout";
import { sampleRegister } from "../domain/sample/sample";
import { ExcelJsWorkbook } from "../workbook/exceljs/ExcelJsWorkbook";
import type { CommandIO } from "./checkCommand";
import { writeFileAtomic } from "./files";

export async function sampleCommand(options: { readonly out: string }, io: CommandIO): Promise<number> {
  const workbook = ExcelJsWorkbook.fromGrid(layoutRegister(sampleRegister()).grid);
  await writeFileAtomic(options.out, await workbook.toBuffer());
  io.stdout(`已写出示例登记表（示例数据，虚构）：${options.out}`);
  return 0;
}
