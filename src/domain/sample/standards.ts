/**
 * What generated resources are sized against: the reference school-condition standards of docs/method.md §3.3 and the
 * split weights of §2. Sizing against the same numbers the evaluation uses is what makes "most schools meet the
 * standard, a few fall short" come out as intended, including for mixed schools after splitting.
 */
import type { StageId } from "../fields/types";

export type Resource = "books" | "equipment" | "computers" | "building" | "site";

/** Per student, rural/town values (the generator writes no 城区 schools). */
export const SIZING_STANDARDS: Readonly<Record<Resource, Readonly<Record<StageId, number>>>> = {
  books: { primary: 25, junior: 40 },
  /** 元 per student. */
  equipment: { primary: 365, junior: 695 },
  /** Computers per student (10 per 100). */
  computers: { primary: 0.1, junior: 0.1 },
  /** ㎡ of 校舍建筑面积 per student. */
  building: { primary: 5.1, junior: 6.4 },
  /** ㎡ of 占地面积 per student (镇区、乡村). */
  site: { primary: 20, junior: 25 },
};

/** Largest average class the standard allows (S10); generated classes never exceed it. */
export const CLASS_CAP: Readonly<Record<StageId, number>> = { primary: 45, junior: 50 };

/** Per-student weights of the split (docs/method.md §2): 小 : 初 : 高 = 1 : 1.1 : 1.32. */
export const SPLIT_WEIGHT = { primary: 1, junior: 1.1, senior: 1.32 } as const;

export interface StudentCounts {
  readonly primary: number;
  readonly junior: number;
  readonly senior: number;
}

/**
 * Weighted students and the per-weighted-student amount a shared resource needs so that every stage of the school
 * meets its standard after the split: a stage's share per student is weight × R ÷ Σ(weight × students).
 */
export function sizingBase(students: StudentCounts, resource: Resource): { units: number; perUnit: number } {
  const units = students.primary * SPLIT_WEIGHT.primary + students.junior * SPLIT_WEIGHT.junior + students.senior * SPLIT_WEIGHT.senior;
  const std = SIZING_STANDARDS[resource];
  const perUnit = Math.max(
    students.primary > 0 ? std.primary / SPLIT_WEIGHT.primary : 0,
    students.junior > 0 || students.senior > 0 ? std.junior / SPLIT_WEIGHT.junior : 0,
  );
  return { units, perUnit };
}
