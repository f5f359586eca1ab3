/**
 * Bad workbooks for the corpus, generated at test time: a small valid register (two 小学) laid out canonically,
 * then edited with exceljs the way users break registers. Each builder returns the .xlsx bytes.
 */
import ExcelJS from "exceljs";
import { layoutRegister, type RegisterRecords } from "../../src/domain/layout/registerLayout";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { CODE_A, CODE_B, primarySchool, records } from "../helpers/register";

export const SCHOOL_A = "甲小学";
export const SCHOOL_B = "乙小学";

export function twoSchools(): RegisterRecords {
  return { ...records(primarySchool(CODE_A, SCHOOL_A), primarySchool(CODE_B, SCHOOL_B)), meta: { 乡镇: "勐往乡", 统计年度: "2016" } };
}

/** The register as exceljs holds it after saving, ready to be edited. */
export async function editable(input: RegisterRecords = twoSchools()): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await ExcelJsWorkbook.fromGrid(layoutRegister(input).grid).toBuffer()) as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function edited(edit: (workbook: ExcelJS.Workbook) => void, input: RegisterRecords = twoSchools()): Promise<Uint8Array> {
  const workbook = await editable(input);
  edit(workbook);
  return bytesOf(workbook);
}
