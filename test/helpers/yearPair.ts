/**
 * Two consecutive years of one generated township: year 2 is year 1 with a few cells changed, so whatever the
 * year-on-year rules report must sit on exactly those cells.
 */
import type { CellValue, WorkbookGrid } from "../../src/domain/grid";
import type { SheetId } from "../../src/domain/fields/types";
import { layoutRegister, type RecordCells, type RegisterRecords } from "../../src/domain/layout/registerLayout";
import { generateTownship } from "../../src/domain/sample/generator";
import type { PreviousYear } from "../../src/domain/rules/historyYear";

export const YEAR_SEED = 8;
export const YEAR_SCHOOLS = 12;

export function firstYear(): RegisterRecords {
  const township = generateTownship({ seed: YEAR_SEED, schoolCount: YEAR_SCHOOLS, township: "勐往乡" });
  return { ...township, meta: { ...township.meta, 统计年度: "2015" } };
}

type Sheets = Partial<Record<SheetId, RecordCells[]>>;

function copySheets(records: RegisterRecords): Sheets {
  return Object.fromEntries(Object.entries(records.sheets).map(([id, rows]) => [id, [...(rows ?? [])]])) as Sheets;
}

/** The school codes of a register, in 学校基本情况 order. */
export function codesOf(records: RegisterRecords): string[] {
  return (records.sheets.schools ?? []).map((r) => String(r.code));
}

/** A year with some cells of one school changed on one sheet. */
export function withSchoolCells(records: RegisterRecords, code: string, sheet: SheetId, changes: Record<string, CellValue>): RegisterRecords {
  const sheets = copySheets(records);
  sheets[sheet] = (sheets[sheet] ?? []).map((r) => (String(r.code) === code ? { ...r, ...changes } : r));
  return { ...records, sheets };
}

/** A year in which a school's code was retyped on every sheet. */
export function withCode(records: RegisterRecords, code: string, newCode: string): RegisterRecords {
  const sheets = copySheets(records);
  for (const id of Object.keys(sheets) as SheetId[]) sheets[id] = (sheets[id] ?? []).map((r) => (String(r.code) === code ? { ...r, code: newCode } : r));
  return { ...records, sheets };
}

/** A year without one school (closed or merged). */
export function withoutSchool(records: RegisterRecords, code: string): RegisterRecords {
  const sheets = copySheets(records);
  for (const id of Object.keys(sheets) as SheetId[]) sheets[id] = (sheets[id] ?? []).filter((r) => String(r.code) !== code);
  return { ...records, sheets };
}

export function numberAt(records: RegisterRecords, code: string, sheet: SheetId, field: string): number {
  const value = (records.sheets[sheet] ?? []).find((r) => String(r.code) === code)?.[field];
  if (typeof value !== "number") throw new Error(`no number for ${code} ${sheet}.${field}`);
  return value;
}

export function yearGrid(records: RegisterRecords): WorkbookGrid {
  return layoutRegister(records).grid;
}

/** Last year's workbook as a caller hands it to a check (read, under a file name); the check recognises it. */
export function lastYearWorkbook(grid: WorkbookGrid, fileName = "上年.xlsx"): PreviousYear {
  return { fileName, grid };
}
