/**
 * One stage's full-time teachers on 教职工, with qualification and title breakdowns that add up to them exactly.
 * 小学 teachers are at least 高中(中专、中师) and 初中 teachers at least 专科, so 422-06 has nothing to say.
 */
import type { CellValue } from "../grid";
import { QUALIFICATIONS, TITLES } from "../fields/dictionary";
import type { StageId } from "../fields/types";
import type { Rng } from "./random";
import { splitInteger } from "./split";

export interface StageStaff {
  readonly cells: Record<string, CellValue>;
  readonly fullTime: number;
}

/** Teachers a stage needs: by students per teacher, and at least what the classes need. */
export function teachersFor(stage: StageId, students: number, classes: number, rng: Rng): number {
  if (students === 0) return 0;
  if (stage === "primary") return Math.max(1, Math.ceil(students / rng.float(14.5, 18.5)), Math.ceil(classes * 1.1));
  return Math.max(1, Math.ceil(students / rng.float(11.2, 13)), Math.ceil(classes * 1.8));
}

function qualificationWeights(stage: StageId, rng: Rng): number[] {
  // Order of QUALIFICATIONS: 研究生, 本科, 专科, 高中(中专、中师), 高中以下.
  if (stage === "primary") return [rng.chance(0.2) ? 0.02 : 0, rng.float(0.35, 0.6), rng.float(0.3, 0.5), rng.float(0, 0.1), 0];
  return [rng.float(0, 0.03), rng.float(0.75, 0.92), rng.float(0.08, 0.22), 0, 0];
}

function titleWeights(stage: StageId, rng: Rng): number[] {
  // Order of TITLES: 正高级, 副高级, 中级, 助理级, 员级, 未定职级.
  const vice = stage === "primary" ? rng.float(0, 0.03) : rng.float(0.05, 0.12);
  return [0, vice, rng.float(0.3, 0.5), rng.float(0.25, 0.4), rng.float(0.02, 0.08), rng.float(0.05, 0.15)];
}

export function stageStaff(stage: StageId, fullTime: number, rng: Rng): StageStaff {
  const cells: Record<string, CellValue> = { [`${stage}.fullTime`]: fullTime };
  if (fullTime === 0) return { cells, fullTime };
  splitInteger(fullTime, qualificationWeights(stage, rng)).forEach((n, i) => (cells[`${stage}.edu.${QUALIFICATIONS[i].key}`] = n));
  splitInteger(fullTime, titleWeights(stage, rng)).forEach((n, i) => (cells[`${stage}.title.${TITLES[i].key}`] = n));
  // Together at most a quarter of the teachers, so each is well within 专任教师 (422-04).
  cells[`${stage}.keyTeachers`] = fullTime >= 3 ? Math.round(fullTime * rng.float(0.04, 0.1)) : 0;
  cells[`${stage}.peTeachers`] = fullTime >= 3 ? Math.max(1, Math.round(fullTime * rng.float(0.04, 0.08))) : 0;
  cells[`${stage}.artTeachers`] = fullTime >= 4 ? Math.max(1, Math.round(fullTime * rng.float(0.05, 0.09))) : 0;
  return { cells, fullTime };
}

/** 教职工数: the teachers plus administrative and support staff (more at boarding schools). */
export function staffTotal(fullTime: number, boarding: boolean, small: boolean, rng: Rng): number {
  if (small) return fullTime;
  return fullTime + Math.max(1, Math.round(fullTime * rng.float(0.04, 0.12))) + (boarding ? rng.int(1, 4) : 0);
}
