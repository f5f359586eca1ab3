/**
 * One stage of one school on 学生与班级: grade counts, classes and class-size bands, all derived from the class
 * sizes themselves, so grades add up to the total and the bands both add up to the classes and bound the students.
 */
import type { CellValue } from "../grid";
import { CLASS_SIZE_BANDS, STAGES } from "../fields/dictionary";
import type { StageId } from "../fields/types";
import type { Rng } from "./random";
import { splitInteger } from "./split";

export interface StageStudentOptions {
  /** Largest class; classes are filled evenly up to it. */
  readonly cap: number;
  /** Grades actually taught, counted from the first (teaching points often teach only the lower grades). */
  readonly grades?: number;
  /** Put neighbouring small grades into one class (复式班) while they fit in this many students. */
  readonly compositeUpTo?: number;
  /** Largest share of last year's students who dropped out. */
  readonly maxDropoutRate: number;
  /** Share of minority students, as [min, max). */
  readonly minorityShare?: readonly [number, number];
}

export interface StageStudents {
  readonly cells: Record<string, CellValue>;
  readonly classes: number;
}

function bandKey(size: number): string {
  const band = CLASS_SIZE_BANDS.find((b) => size >= b.min && (b.max === null || size <= b.max));
  if (!band) throw new Error(`no class-size band for ${size}`);
  return band.key;
}

/** Class sizes for the grade counts: each grade split evenly under the cap, small grades possibly combined. */
function classSizes(grades: readonly number[], cap: number, compositeUpTo: number): number[] {
  const sizes: number[] = [];
  let open = 0;
  for (const count of grades) {
    if (count === 0) continue;
    if (compositeUpTo > 0 && count <= compositeUpTo) {
      if (open > 0 && open + count <= compositeUpTo) {
        open += count;
        continue;
      }
      if (open > 0) sizes.push(open);
      open = count;
      continue;
    }
    if (open > 0) sizes.push(open);
    open = 0;
    const n = Math.ceil(count / cap);
    sizes.push(...splitInteger(count, Array<number>(n).fill(1)));
  }
  if (open > 0) sizes.push(open);
  return sizes;
}

/** The required cells of a stage the school does not have: zero is a value, empty would be missing (D07). */
export function absentStage(stage: StageId): Record<string, CellValue> {
  return { [`${stage}.total`]: 0, [`${stage}.classes`]: 0 };
}

export function stageStudents(stage: StageId, total: number, rng: Rng, options: StageStudentOptions): StageStudents {
  if (total === 0) return { cells: absentStage(stage), classes: 0 };
  const gradeCount = STAGES.find((s) => s.id === stage)?.grades.length ?? 0;
  const taught = Math.min(gradeCount, options.grades ?? gradeCount);
  const weights = Array.from({ length: taught }, () => rng.float(0.85, 1.15));
  const grades = [...splitInteger(total, weights), ...Array<number>(gradeCount - taught).fill(0)];
  const sizes = classSizes(grades, options.cap, options.compositeUpTo ?? 0);

  const cells: Record<string, CellValue> = {};
  grades.forEach((g, i) => (cells[`${stage}.grade${i + 1}`] = g));
  const [minorityMin, minorityMax] = options.minorityShare ?? [0.6, 0.97];
  cells[`${stage}.total`] = total;
  cells[`${stage}.female`] = Math.round(total * rng.float(0.45, 0.5));
  cells[`${stage}.minority`] = Math.round(total * rng.float(minorityMin, minorityMax));
  cells[`${stage}.entrants`] = grades[0];
  cells[`${stage}.expectedGraduates`] = grades[gradeCount - 1];
  cells[`${stage}.classes`] = sizes.length;
  const bands = new Map<string, number>(CLASS_SIZE_BANDS.map((b) => [b.key, 0]));
  for (const size of sizes) bands.set(bandKey(size), (bands.get(bandKey(size)) ?? 0) + 1);
  for (const [key, n] of bands) cells[`${stage}.${key}`] = n;
  const previous = Math.round(total * rng.float(0.96, 1.04));
  cells[`${stage}.prevYearStudents`] = previous;
  cells[`${stage}.dropouts`] = Math.floor(previous * rng.float(0, options.maxDropoutRate));
  return { cells, classes: sizes.length };
}
