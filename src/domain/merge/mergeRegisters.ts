/**
 * Consolidation (issue 8): several registers — schools of one township, or townships of one county — into one, in
 * the canonical layout. Rows are taken file by file in the order given, each as typed. A school may be in one file
 * only: the same code on the same register sheet of two files is a conflict (which copy is right would be a guess).
 * A village (普及与控辍) given twice with the same figures is kept once; with different figures, or by two different
 * townships (schools find their village by name, so two villages of one name cannot be told apart), it is a conflict.
 * Rows without a key and repeated codes inside one file pass through, for `check` to report as it would on the file.
 */
import { REGISTER_SHEETS } from "../fields/dictionary";
import type { SheetDef, SheetId } from "../fields/types";
import type { RecordCells } from "../layout/registerLayout";
import { mergedRows } from "../recognise/mergedRows";
import { mergeFillInfo } from "./fillInfo";
import { readSource, type SourceRegister } from "./readSource";
import { recordCells } from "./recordCells";
import { placeOf, problem, type MergedFile, type MergeOptions, type MergeProblem, type MergeResult, type MergeSource } from "./types";

interface Seen {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly cells: RecordCells;
  readonly township: string | undefined;
}

const sameCells = (a: RecordCells, b: RecordCells) => JSON.stringify(a) === JSON.stringify(b);

/** Fields that no file has a column for stay out of the merged layout, as they were out of every file. */
function omitted(sources: readonly SourceRegister[], def: SheetDef): string[] {
  const present = new Set(sources.flatMap((s) => s.register.sheets[def.id]?.columns.map((c) => c.fieldId) ?? []));
  return def.fields.filter((f) => !present.has(f.id)).map((f) => f.id);
}

/**
 * A village a second file gives again: the same figures are one village (kept once, noted); other figures, or a
 * village of another township with the same name (schools find their village by name), cannot be merged.
 */
function villageRepeat(name: string, here: Seen, first: Seen): { conflict: boolean; problem: MergeProblem } {
  const at = placeOf(here.file, here.sheet, here.cell);
  const there = placeOf(first.file, first.sheet, first.cell);
  const say = (conflict: boolean, message: string) => ({ conflict, problem: problem("village", here.file, here.sheet, here.cell, message) });
  if (first.township && here.township && first.township !== here.township) {
    return say(true, `${first.township}和${here.township}都有村委会「${name}」（${at} 与 ${there}）：合并后学校按村委会名称对应，无法区分；请在其中一个文件中改用全称（连同学校基本情况的所属村委会）`);
  }
  if (sameCells(here.cells, first.cells)) return say(false, `${at}：村委会「${name}」与 ${there} 的数据相同，只保留一行`);
  return say(true, `村委会「${name}」在两个文件中的数据不同：${at} 与 ${there}`);
}

export function mergeRegisters(inputs: readonly MergeSource[], options: MergeOptions = {}): MergeResult {
  const conflicts: MergeProblem[] = [];
  const notes: MergeProblem[] = [];
  const sources: SourceRegister[] = [];
  for (const input of inputs) {
    const read = readSource(input);
    conflicts.push(...read.conflicts);
    notes.push(...read.notes);
    if (read.source) sources.push(read.source);
  }

  const sheets: Partial<Record<SheetId, RecordCells[]>> = {};
  const omit: Partial<Record<SheetId, readonly string[]>> = {};
  const reported = new Set<string>();
  const contributed = new Map<string, { schools: Set<string>; villages: number }>(sources.map((s) => [s.file, { schools: new Set(), villages: 0 }]));
  for (const def of REGISTER_SHEETS) {
    const present = sources.filter((s) => s.register.sheets[def.id]);
    if (present.length === 0) continue;
    const rows: RecordCells[] = [];
    const seen = new Map<string, Seen>();
    const fields = new Map(def.fields.map((f) => [f.id, f]));
    for (const source of present) {
      const sheet = source.register.sheets[def.id]!;
      const grid = source.grid.sheets.find((g) => g.name === sheet.name)!;
      // Read as the recogniser read it: only merges running down across data rows of recognised columns count.
      const { valueAt } = mergedRows(grid, sheet.dataStart, sheet.columns.map((c) => c.col));
      const own = contributed.get(source.file)!;
      for (const row of sheet.rows) {
        const cells = recordCells(fields, sheet, valueAt, row);
        const keyCell = row.fields[def.keyField]?.cell ?? `A${row.row}`;
        const first = row.key === null ? undefined : seen.get(row.key);
        if (row.key !== null && first && first.file !== source.file) {
          const here = placeOf(source.file, sheet.name, keyCell);
          const there = placeOf(first.file, first.sheet, first.cell);
          if (def.keyField !== "code") {
            const repeat = villageRepeat(row.key, { file: source.file, sheet: sheet.name, cell: keyCell, cells, township: source.register.meta["乡镇"] }, first);
            (repeat.conflict ? conflicts : notes).push(repeat.problem);
            continue;
          }
          // One line per school and pair of files, at the first sheet where both have it.
          const pair = `${row.key}|${first.file}|${source.file}`;
          if (!reported.has(pair)) {
            reported.add(pair);
            conflicts.push(problem("duplicateCode", source.file, sheet.name, keyCell, `学校标识码 ${row.key} 在两个文件中都有：${here} 与 ${there}；同一所学校只能来自一个文件`));
          }
          continue;
        }
        if (row.key !== null && !first) seen.set(row.key, { file: source.file, sheet: sheet.name, cell: keyCell, cells, township: source.register.meta["乡镇"] });
        rows.push(cells);
        if (def.keyField === "code") {
          if (row.key !== null) own.schools.add(row.key);
        } else own.villages += 1;
      }
    }
    sheets[def.id] = rows;
    const left = omitted(present, def);
    if (left.length > 0) omit[def.id] = left;
  }

  const fillInfo = mergeFillInfo(sources, options.meta ?? {});
  conflicts.push(...fillInfo.conflicts);
  notes.push(...fillInfo.notes);
  const meta = Object.keys(fillInfo.meta).length > 0 ? { meta: fillInfo.meta } : {};
  const files: MergedFile[] = sources.map((s) => ({ file: s.file, schools: contributed.get(s.file)!.schools.size, villages: contributed.get(s.file)!.villages }));
  return { records: { sheets, omit, ...meta }, conflicts, notes, files };
}
