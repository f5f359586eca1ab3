/** The embedded sample register as an .xlsx, built in the browser (loaded on demand, with exceljs). */
import { sampleRegister } from "../domain/sample/sample";
import { registerWorkbook } from "../workbook/exceljs/registerWorkbook";

export const SAMPLE_FILE_NAME = "示例登记表.xlsx";

export async function sampleBytes(): Promise<Uint8Array> {
  return registerWorkbook(sampleRegister()).toBuffer();
}
