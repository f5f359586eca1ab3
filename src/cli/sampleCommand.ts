import { sampleRegister } from "../domain/sample/sample";
import { registerWorkbook } from "../workbook/exceljs/registerWorkbook";
import type { CommandIO } from "./checkCommand";
import { writeFileAtomic } from "./files";

export async function sampleCommand(options: { readonly out: string }, io: CommandIO): Promise<number> {
  await writeFileAtomic(options.out, await registerWorkbook(sampleRegister()).toBuffer());
  io.stdout(`已写出示例登记表（示例数据，虚构）：${options.out}`);
  return 0;
}
