/**
 * The merged register's 填报说明. The year must be one: a file of another 统计年度 or 学年 is a conflict (it is most
 * likely last year's copy). Other entries are kept when the files that give them agree and left out otherwise (a
 * county merge has several 乡镇; each school has its own 填报人), with a note; the caller's values win.
 */
import { FILL_INFO_SHEET } from "../fields/dictionary";
import { fillInfoEntries } from "../recognise/register";
import { squeezeSpaces } from "../text";
import { schoolYearKey, yearOf } from "../archive/year";
import type { SourceRegister } from "./readSource";
import { placeOf, problem, type MergeProblem, type ProblemKind } from "./types";

interface Stated {
  readonly file: string;
  readonly value: string;
  readonly sheet: string | null;
  readonly cell: string | null;
}

function statements(sources: readonly SourceRegister[], key: string): Stated[] {
  return sources.flatMap((s) => {
    const value = s.register.meta[key];
    if (value === undefined || value === "") return [];
    // Where the value sits: the first row labelled with the key, as the recogniser finds it.
    const at = fillInfoEntries(s.grid.sheets).find((e) => e.key === key);
    return [{ file: s.file, value, sheet: at?.sheet ?? null, cell: at?.cell ?? null }];
  });
}

const at = (s: Stated) => placeOf(s.file, s.sheet, s.cell);

/** The one year all files must share; every file that states another is a conflict against the first statement. */
function sameYear(kind: ProblemKind, key: string, sources: readonly SourceRegister[], given: string | undefined, norm: (v: string) => string): { value: string | undefined; conflicts: MergeProblem[]; notes: MergeProblem[] } {
  const stated = statements(sources, key);
  const reference = given ?? stated[0]?.value;
  if (reference === undefined) return { value: undefined, conflicts: [], notes: [] };
  const against = given !== undefined ? `指定的${key}为「${given}」` : `${at(stated[0])} 为「${stated[0].value}」`;
  const conflicts = stated
    .filter((s) => norm(s.value) !== norm(reference))
    .map((s) => problem(kind, s.file, s.sheet, s.cell, `${key}不一致：${at(s)} 为「${s.value}」，而${against}`));
  const silent = sources.filter((s) => !stated.some((t) => t.file === s.file));
  const notes = given !== undefined || conflicts.length > 0 ? [] : silent.map((s) => problem("meta", s.file, null, null, `「${s.file}」的填报说明没有${key}，按「${reference}」合并`));
  return { value: reference, conflicts, notes };
}

function agreed(key: string, sources: readonly SourceRegister[]): { value: string | undefined; notes: MergeProblem[] } {
  const stated = statements(sources, key);
  const values = [...new Set(stated.map((s) => s.value))];
  if (values.length <= 1) return { value: values[0], notes: [] };
  const list = stated.map((s) => `${at(s)}「${s.value}」`).join("，");
  return { value: undefined, notes: [problem("meta", stated[0].file, stated[0].sheet, stated[0].cell, `填报说明的「${key}」各文件不同（${list}），合并结果不填写`)] };
}

export function mergeFillInfo(sources: readonly SourceRegister[], given: Readonly<Record<string, string>>): { meta: Record<string, string>; conflicts: MergeProblem[]; notes: MergeProblem[] } {
  const meta: Record<string, string> = {};
  const conflicts: MergeProblem[] = [];
  const notes: MergeProblem[] = [];
  const year = sameYear("year", "统计年度", sources, given["统计年度"], (v) => yearOf(v) ?? squeezeSpaces(v));
  const schoolYear = sameYear("schoolYear", "学年", sources, given["学年"], schoolYearKey);
  for (const [key, part] of [["统计年度", year], ["学年", schoolYear]] as const) {
    if (part.value !== undefined) meta[key] = part.value;
    conflicts.push(...part.conflicts);
    notes.push(...part.notes);
  }
  for (const key of FILL_INFO_SHEET.keys) {
    if (key === "统计年度" || key === "学年") continue;
    if (given[key] !== undefined) {
      meta[key] = given[key];
      continue;
    }
    const part = agreed(key, sources);
    if (part.value !== undefined) meta[key] = part.value;
    notes.push(...part.notes);
  }
  return { meta, conflicts, notes };
}
