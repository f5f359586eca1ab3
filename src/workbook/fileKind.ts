import { InputError } from "../domain/errors";

/**
 * Refuses bytes that cannot be an .xlsx before handing them to a parser, with a message that tells the user
 * what the file is and what to do.
 */
export function assertXlsxBytes(bytes: Uint8Array, fileName: string): void {
  if (bytes.length === 0) throw new InputError(`文件「${fileName}」是空的（0 字节），请重新导出或复制一份完整的工作簿。`);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) return;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (isOle) {
    throw new InputError(
      `文件「${fileName}」是旧版 .xls 工作簿或设置了打开密码的工作簿，无法读取。请在 Excel 或 WPS 中取消密码并“另存为”Excel 工作簿（.xlsx）后再审核。`,
    );
  }
  throw new InputError(`文件「${fileName}」不是 Excel 工作簿（.xlsx）。请选择统计登记表的 .xlsx 文件。`);
}
