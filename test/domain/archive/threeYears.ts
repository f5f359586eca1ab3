/**
 * Test helper: one generated township over three years. The schools stay (same seed, same codes); from year to year
 * half of them buy books and the central school computers, so the coefficients move, and 2015 carries a data
 * error (the central school's 一年级 no longer adds up), so the counts differ between years.
 */
import type { RecordCells, RegisterRecords } from "../../../src/domain/layout/registerLayout";
import { generateTownship } from "../../../src/domain/sample/generator";

export const YEARS = [2014, 2015, 2016] as const;

function changed(rows: readonly RecordCells[] | undefined, edit: (row: RecordCells, i: number) => RecordCells): RecordCells[] {
  return (rows ?? []).map(edit);
}

export function townshipYear(year: number, meta: Record<string, string> = { 乡镇: "示例乡", 统计年度: String(year) }): RegisterRecords {
  const base = generateTownship({ seed: 21, schoolCount: 16, township: "示例乡" });
  const k = year - YEARS[0];
  const facilities = changed(base.sheets.facilities, (r, i) => ({
    ...r,
    books: i % 2 === 0 ? Math.round((r.books as number) * (1 + 0.5 * k)) : r.books,
    computers: i === 0 ? (r.computers as number) + 10 * k : r.computers,
    teachingComputers: r.teachingComputers,
  }));
  const students = changed(base.sheets.students, (r, i) => (year === 2015 && i === 0 ? { ...r, "primary.grade1": (r["primary.grade1"] as number) + 1 } : r));
  return { ...base, sheets: { ...base.sheets, facilities, students }, meta };
}
