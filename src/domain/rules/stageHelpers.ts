/**
 * Small pieces shared by the per-stage rules of 基础基212/312/313/422/512/522: which fields make up a stage's
 * breakdowns, how many students a school has, and comparisons that respect the register's tolerances.
 */
import { CLASS_SIZE_BANDS, QUALIFICATIONS, STAGES, TITLES } from "../fields/dictionary";
import type { Finding } from "../findings";
import type { FieldId, SheetId, StageFieldKey, StageId } from "../fields/types";
import { numberOf, type RegisterRow } from "../register";
import { rowsOf, sumOf, type CheckContext, type SchoolRows } from "./context";

export const STAGE_IDS: readonly StageId[] = STAGES.map((s) => s.id);

/** A per-stage check over every row of a sheet, findings collected in order. */
export function eachStageRow(ctx: CheckContext, sheet: SheetId, check: (row: RegisterRow, stage: StageId) => readonly Finding[]): Finding[] {
  // Plain loops: nested flatMaps build an array per row and per stage, for every row of a province.
  const findings: Finding[] = [];
  for (const row of rowsOf(ctx, sheet)) for (const stage of STAGE_IDS) findings.push(...check(row, stage));
  return findings;
}

export function stageOf(stage: StageId): (typeof STAGES)[number] {
  return STAGES.find((s) => s.id === stage) ?? STAGES[0];
}

/**
 * Field ids built once per stage. The rules ask for them on every row, and an id spelt afresh each time is a new
 * string that V8 must look up in its string table whenever it indexes a row; a kept one is looked up once.
 */
function perStage(build: (stage: StageId) => FieldId[]): (stage: StageId) => readonly FieldId[] {
  const built = new Map<StageId, readonly FieldId[]>();
  return (stage) => {
    let ids = built.get(stage);
    if (!ids) built.set(stage, (ids = build(stage)));
    return ids;
  };
}

const stageFieldIds = new Map<StageId, Map<string, FieldId>>();

/** `primary.total` for ("primary", "total"), spelt once (see perStage). */
export function stageField(stage: StageId, key: StageFieldKey): FieldId {
  let ids = stageFieldIds.get(stage);
  if (!ids) stageFieldIds.set(stage, (ids = new Map()));
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = `${stage}.${key}`));
  return id;
}

// The index makes a number, not a literal; FieldId lists the grades STAGES has.
export const gradeFields = perStage((stage) => stageOf(stage).grades.map((_, i) => `${stage}.grade${i + 1}` as FieldId));
export const bandFields = perStage((stage) => CLASS_SIZE_BANDS.map((b) => `${stage}.${b.key}` as const));
export const qualificationFields = perStage((stage) => QUALIFICATIONS.map((q) => `${stage}.edu.${q.key}` as const));
export const titleFields = perStage((stage) => TITLES.map((t) => `${stage}.title.${t.key}` as const));

/** The fields whose sum is "the students of a school" (all stages, including senior high for mixed schools). */
export const SCHOOL_STUDENT_FIELDS: readonly FieldId[] = ["primary.total", "junior.total", "senior.students"];

/** Students of a school on its students row; null when it has no row or none of the totals is filled. */
export function studentsOfSchool(school: SchoolRows): number | null {
  return sumOf(school.rows.students, SCHOOL_STUDENT_FIELDS);
}

/**
 * True when one of the cells was typed but could not be read. A sum over such cells would be wrong for a reason
 * the hygiene rules (D01, D06) already report at that cell, so the arithmetic rules stay silent.
 */
export function hasUnreadable(row: RegisterRow, fields: readonly FieldId[]): boolean {
  return fields.some((f) => isUnreadable(row, f));
}

export function isUnreadable(row: RegisterRow, field: FieldId): boolean {
  const reading = row.fields[field];
  return reading !== undefined && reading.value === null && reading.note !== undefined;
}

/**
 * The cell's number, 0 for an empty cell of a column the sheet has (rules that say "0 or empty"), and null when
 * the column is absent or the cell unreadable, so the rule skips it.
 */
export function numberOrZeroIfEmpty(row: RegisterRow, field: FieldId): number | null {
  const reading = row.fields[field];
  if (!reading) return null;
  if (typeof reading.value === "number") return reading.value;
  return reading.value === null && reading.note === undefined ? 0 : null;
}

/** How a cell counted as 0 was: "zero" when typed, "empty" when left empty (messages say 为 0 or 未填写). */
export function emptyOrZero(row: RegisterRow, field: FieldId): "empty" | "zero" {
  return numberOf(row, field) === null ? "empty" : "zero";
}

// Sums of two-decimal areas carry binary noise (0.1 + 0.2); without this margin a difference of exactly the
// tolerance could be reported.
const FLOAT_NOISE = 1e-9;

export function differs(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) > tolerance + FLOAT_NOISE;
}

export function exceeds(value: number, limit: number, tolerance: number): boolean {
  return value - limit > tolerance + FLOAT_NOISE;
}

export interface SumMismatch {
  readonly sum: number;
  readonly total: number;
}

/**
 * Checks a breakdown against its total: only when some part is filled, the total is a number and no cell is
 * unreadable. Returns the two numbers when they differ by more than the tolerance.
 */
export function sumMismatch(row: RegisterRow, parts: readonly FieldId[], totalField: FieldId, tolerance: number): SumMismatch | null {
  const sum = sumOf(row, parts);
  const total = numberOf(row, totalField);
  if (sum === null || total === null || hasUnreadable(row, parts) || isUnreadable(row, totalField)) return null;
  return differs(sum, total, tolerance) ? { sum, total } : null;
}
