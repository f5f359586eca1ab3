/**
 * Test helper: a generated township cut into school-group registers, the way a township statistician receives them
 * from its schools (each file the schools of one group, and a share of the villages).
 */
import type { SheetId } from "../../../src/domain/fields/types";
import type { RecordCells, RegisterRecords } from "../../../src/domain/layout/registerLayout";
import type { Register } from "../../../src/domain/register";
import { generateTownship } from "../../../src/domain/sample/generator";

export const TOWNSHIP_META = { 乡镇: "示例乡", 统计年度: "2016" };

export function township(seed = 7, schoolCount = 18): RegisterRecords {
  const records = generateTownship({ seed, schoolCount, township: TOWNSHIP_META.乡镇 });
  return { ...records, meta: { ...TOWNSHIP_META } };
}

/** `parts` contiguous groups of schools (by their order in 学校基本情况) and of villages, each with the same 填报说明. */
export function cut(records: RegisterRecords, parts: number): RegisterRecords[] {
  const codes = (records.sheets.schools ?? []).map((r) => r.code as string);
  const villages = (records.sheets.villages ?? []).map((r) => r.village as string);
  const share = <T>(list: readonly T[], i: number) => list.slice(Math.floor((i * list.length) / parts), Math.floor(((i + 1) * list.length) / parts));
  return Array.from({ length: parts }, (_, i) => {
    const mine = new Set(share(codes, i));
    const ours = new Set(share(villages, i));
    const sheets: Partial<Record<SheetId, RecordCells[]>> = {};
    for (const [id, rows] of Object.entries(records.sheets) as [SheetId, RecordCells[]][]) {
      sheets[id] = id === "villages" ? rows.filter((r) => ours.has(r.village as string)) : rows.filter((r) => mine.has(r.code as string));
    }
    return { sheets, meta: records.meta };
  });
}

/** Each sheet as key → field values, in row order: what checking the register works on, without the addresses. */
export function contentOf(register: Register): Record<string, [string | null, Record<string, unknown>][]> {
  const out: Record<string, [string | null, Record<string, unknown>][]> = {};
  for (const [id, sheet] of Object.entries(register.sheets)) {
    out[id] = sheet!.rows.map((r) => [r.key, Object.fromEntries(Object.entries(r.fields).map(([f, v]) => [f, [v.value, v.note ?? null]]))]);
  }
  return out;
}
