/**
 * The difference coefficient (差异系数, docs/method.md §4) and the arithmetic around it: composite, what-if, and the split of
 * a mixed school's shared resources between stages (docs/method.md §2).
 *
 * The official statistic weights every unit by its students and divides by P, not by n or n − 1: the mean must be
 * the stage total of the resource over the stage total of students, and only this form reproduces the published
 * worked example (§11.1). The unweighted (0.489) and sample (0.546) variants are plausible but wrong answers.
 *
 * Everything is kept at full precision; rounding to 3 decimals belongs to display (published composites are means
 * of unrounded CVs).
 */

export interface WeightedValue {
  readonly id: string;
  readonly students: number;
  readonly value: number;
}

export interface CoefficientResult {
  /** Units that entered the computation (students > 0). */
  readonly units: number;
  /** P = Σ P_i. */
  readonly students: number;
  /** X̄ = Σ (P_i/P)·X_i. */
  readonly mean: number | null;
  /** S = sqrt(Σ (P_i/P)(X_i − X̄)²) — population, weighted by students, never n − 1. */
  readonly sd: number | null;
  /** S / X̄; null when no unit has students, X̄ = 0 or a value is not a finite number. */
  readonly cv: number | null;
  /** Chinese reason when cv is null. */
  readonly reason: string | null;
  /** Each unit's share of the variance, (P_i/P)(X_i − X̄)² ÷ S²; all 0 when S = 0. Units with P = 0 get 0 and are listed in `zeroStudents`. */
  readonly contributions: ReadonlyMap<string, number>;
  /** Units left out for having no (positive, finite) student count, in input order. */
  readonly zeroStudents: readonly string[];
}

type Stage = "primary" | "junior" | "senior";

const NO_STUDENTS = "没有在校生大于 0 的学校";
const ZERO_MEAN = "平均值为 0，无法计算差异系数";
const TOO_LARGE = "指标值过大，超出可计算的范围，无法计算差异系数";

/**
 * Neumaier-compensated sum. Units range from a 20-student teaching point to a 3 000-student school, and the result
 * should not depend on the order the register lists them in; compensation keeps the sum within an ulp or so of exact.
 */
function sum(terms: readonly number[]): number {
  let s = 0;
  let c = 0;
  // Indexed: a for-of allocates an iterator result per term until the loop is optimised, and this one runs once
  // per indicator over every unit of a province.
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    const u = s + t;
    c += Math.abs(s) >= Math.abs(t) ? s - u + t : t - u + s;
    s = u;
  }
  return s + c;
}

export function weightedCoefficient(values: readonly WeightedValue[]): CoefficientResult {
  return coefficientOf(values, true);
}

/** @param withContributions false when only the CV is wanted (the what-if): each unit's share is then not listed. */
function coefficientOf(values: readonly WeightedValue[], withContributions: boolean): CoefficientResult {
  const counted: WeightedValue[] = [];
  const zeroStudents: string[] = [];
  for (const v of values) {
    if (Number.isFinite(v.students) && v.students > 0) counted.push(v);
    else zeroStudents.push(v.id);
  }
  const contributions = new Map<string, number>();
  if (withContributions) for (const v of values) contributions.set(v.id, 0);
  const P = sum(counted.map((v) => v.students));
  const base = { units: counted.length, students: P, contributions, zeroStudents };

  if (counted.length === 0) return { ...base, mean: null, sd: null, cv: null, reason: NO_STUDENTS };
  const invalid = counted.filter((v) => !Number.isFinite(v.value)).map((v) => v.id);
  if (invalid.length > 0) {
    return { ...base, mean: null, sd: null, cv: null, reason: `指标值不是有效数字（${invalid.join("、")}），无法计算差异系数` };
  }

  // All values equal: the spread is exactly 0. Said directly, because the computed mean of equal values may differ
  // from them in the last bit, which would leave a CV of 1e-16 instead of 0.
  const first = counted[0].value;
  if (counted.every((v) => v.value === first)) {
    return { ...base, mean: first, sd: 0, cv: first === 0 ? null : 0, reason: first === 0 ? ZERO_MEAN : null };
  }

  // Two passes: the mean, then squared deviations from it (a one-pass Σ P·X² − P·X̄² cancels catastrophically when
  // the spread is small against the mean). The drift term Σ P_i·d_i is 0 in exact arithmetic; subtracting its square
  // removes the rounding left in the mean ("corrected two-pass"), and may dip a hair below 0, hence the clamp.
  const mean = sum(counted.map((v) => v.students * v.value)) / P;
  const deviations = counted.map((v) => v.value - mean);
  const squares = counted.map((v, i) => v.students * deviations[i] * deviations[i]);
  const sumSquares = sum(squares);
  const drift = sum(counted.map((v, i) => v.students * deviations[i]));
  const variance = Math.max(0, (sumSquares - (drift * drift) / P) / P);
  const sd = Math.sqrt(variance);
  // Values near Number.MAX_VALUE overflow the sums: no coefficient rather than Infinity or NaN.
  if (!Number.isFinite(mean) || !Number.isFinite(sd)) return { ...base, mean: null, sd: null, cv: null, reason: TOO_LARGE };

  if (withContributions && sd > 0 && sumSquares > 0) {
    // Shares of Σ P_i·d_i² (the same quantity as ÷ S² with P cancelled) so that they add up to 1 to rounding.
    // Duplicate ids accumulate, so the shares still add up to 1.
    counted.forEach((v, i) => contributions.set(v.id, (contributions.get(v.id) ?? 0) + squares[i] / sumSquares));
  }
  if (mean === 0) return { ...base, mean, sd, cv: null, reason: ZERO_MEAN };
  return { ...base, mean, sd, cv: sd / mean, reason: null };
}

/** Arithmetic mean of unrounded CVs; null if the list is empty or any is null (or not a finite number). */
export function compositeCoefficient(cvs: readonly (number | null)[]): number | null {
  if (cvs.length === 0) return null;
  const finite: number[] = [];
  for (const cv of cvs) {
    if (cv === null || !Number.isFinite(cv)) return null;
    finite.push(cv);
  }
  return sum(finite) / finite.length;
}

/** CV after raising every value below its floor to the floor (floors by unit id; units without a floor unchanged). */
export function whatIfCoefficient(values: readonly WeightedValue[], floors: ReadonlyMap<string, number>): number | null {
  const raised = values.map((v) => {
    const floor = floors.get(v.id);
    return floor !== undefined && v.value < floor ? { ...v, value: floor } : v;
  });
  return coefficientOf(raised, false).cv;
}

/**
 * How a mixed school's shared resource is divided between its stages with per-student weights (docs/method.md §2):
 * each stage's fraction, students × weight ÷ Σ students × weight, unrounded (multiply by the school's total to get
 * the stage's part; the parts add back up to the total up to float rounding). The fractions sum to 1 when the
 * weighted total is positive and are all 0 otherwise. Inputs are used as entered; negative counts are for
 * validation to report.
 */
export function splitShares(students: Readonly<Record<Stage, number>>, weights: Readonly<Record<Stage, number>>): Record<Stage, number> {
  const primary = students.primary * weights.primary;
  const junior = students.junior * weights.junior;
  const senior = students.senior * weights.senior;
  const total = sum([primary, junior, senior]);
  if (!(total > 0) || !Number.isFinite(total)) return { primary: 0, junior: 0, senior: 0 };
  return { primary: primary / total, junior: junior / total, senior: senior / total };
}
