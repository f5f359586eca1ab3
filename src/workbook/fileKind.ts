import { InputError } from "../domain/errors";
import { compoundFileNames, zipEntryNames } from "./containers";

const SAVE_AS = "请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再审核。";

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** What a zip holds, when it is not an .xlsx: Word, PowerPoint, .xlsb, OpenDocument or any other archive. */
function zipProblem(names: readonly string[] | null, fileName: string): string | null {
  if (names === null) return `无法读取工作簿「${fileName}」：文件不完整或已损坏（可能没有下载完，或复制时中断）。请重新导出或复制一份完整的工作簿。`;
  const has = (name: string) => names.includes(name);
  if (names.length === 0 || has("xl/workbook.xml")) return null;
  if (has("xl/workbook.bin")) return `文件「${fileName}」是 Excel 二进制工作簿（.xlsb），无法读取。${SAVE_AS}`;
  if (has("word/document.xml")) return `文件「${fileName}」是 Word 文档，不是 Excel 工作簿。请选择统计登记表的 .xlsx 文件。`;
  if (has("ppt/presentation.xml")) return `文件「${fileName}」是 PowerPoint 演示文稿，不是 Excel 工作簿。请选择统计登记表的 .xlsx 文件。`;
  if (has("mimetype") && has("content.xml")) return `文件「${fileName}」是 OpenDocument 表格（.ods），无法读取。${SAVE_AS}`;
  return `文件「${fileName}」是压缩包，里面没有 Excel 工作簿。请先解压，再选择其中的 .xlsx 文件。`;
}

/** An OLE compound file: an .xlsx with an opening password is one (EncryptedPackage), and so is an old .xls. */
function compoundProblem(names: readonly string[] | null, fileName: string): string {
  if (names?.includes("EncryptedPackage")) {
    return `文件「${fileName}」设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开，取消打开密码并保存后再审核。`;
  }
  if (names?.includes("Workbook") || names?.includes("Book")) return `文件「${fileName}」是旧版 .xls 工作簿（Excel 97-2003），无法读取。${SAVE_AS}`;
  if (names === null) {
    return `文件「${fileName}」是旧版 .xls 工作簿或设置了打开密码的工作簿，无法读取。请在 Excel 或 WPS 中取消密码并“另存为”Excel 工作簿（.xlsx）后再审核。`;
  }
  return `文件「${fileName}」是旧版 Office 文件，不是 Excel 工作簿。请选择统计登记表的 .xlsx 文件。`;
}

/** Text files users take for workbooks: a web page or Excel 2003 XML saved as .xls, or a CSV export. */
function textProblem(bytes: Uint8Array, fileName: string): string {
  const notXlsx = `文件「${fileName}」不是 Excel 工作簿（.xlsx）`;
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "").trimStart();
  if (/^<\?xml/i.test(head) && head.includes("urn:schemas-microsoft-com:office:spreadsheet")) {
    return `${notXlsx}，而是 Excel 2003 XML 表格。${SAVE_AS}`;
  }
  if (/^</.test(head) && /<(html|table)[\s>]/i.test(head)) return `${notXlsx}，而是网页（HTML）格式的表格，常见于从业务系统导出的“.xls”。${SAVE_AS}`;
  const firstLine = head.split(/\r?\n/)[0] ?? "";
  if (!head.includes("\uFFFD") && /[,\t]/.test(firstLine) && /\n/.test(head)) return `${notXlsx}，而是文本（CSV）文件。${SAVE_AS}`;
  return `${notXlsx}。请选择统计登记表的 .xlsx 文件。`;
}

/**
 * Refuses bytes that cannot be an .xlsx before handing them to a parser, with a message that tells the user
 * what the file is and what to do.
 */
export function assertXlsxBytes(bytes: Uint8Array, fileName: string): void {
  if (bytes.length === 0) throw new InputError(`文件「${fileName}」是空的（0 字节），请重新导出或复制一份完整的工作簿。`, { kind: "emptyFile", file: fileName });
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const problem = zipProblem(zipEntryNames(bytes), fileName);
    if (problem) throw new InputError(problem, { kind: "notWorkbook", file: fileName });
    return;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw new InputError(compoundProblem(compoundFileNames(bytes), fileName), { kind: "notWorkbook", file: fileName });
  throw new InputError(textProblem(bytes, fileName), { kind: "notWorkbook", file: fileName });
}

/**
 * The checked copy's name beside the original: `登记表.xlsx` → `登记表.审核.xlsx`; a workbook with macros stays one
 * (`登记表.xlsm` → `登记表.审核.xlsm`), since its macros are kept and Excel opens a macro package only as .xlsm.
 */
export function checkedFileName(name: string): string {
  const ext = /\.xls[xm]$/i.exec(name)?.[0];
  return ext ? `${name.slice(0, -ext.length)}.审核${ext}` : `${name}.审核.xlsx`;
}
