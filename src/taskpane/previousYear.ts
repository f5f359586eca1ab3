/**
 * Reading the 上年数据 file the user picks in the pane or on the web page: the bytes through the exceljs adapter in
 * the browser. The check's input stage recognises it, as it does the open workbook. exceljs is imported on demand,
 * so the Office pane loads it only when someone compares with last year.
 */
import { asPreviousYear, type PreviousYear } from "../domain/rules/historyYear";
import { assertXlsxBytes } from "../workbook/fileKind";
import { fileBytes } from "./fileBytes";

export interface PreviousYearChoice {
  readonly fileName: string;
  readonly year: PreviousYear;
}

/** Throws InputError naming the file when it is not a workbook; one that holds no register is named by the check. */
export async function loadPreviousYear(file: File): Promise<PreviousYearChoice> {
  return asPreviousYear(file.name, async () => {
    const bytes = await fileBytes(file);
    assertXlsxBytes(bytes, file.name);
    const { PackageWorkbook } = await import(/* webpackChunkName: "exceljs" */ "../workbook/package/PackageWorkbook");
    const workbook = await PackageWorkbook.load(bytes, file.name);
    return { fileName: file.name, year: { fileName: file.name, grid: await workbook.read() } };
  });
}
