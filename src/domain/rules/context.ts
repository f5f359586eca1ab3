/**
 * What rules see: the register, its rows indexed by school code, tolerances, and helpers that turn a row and
 * some fields into a finding pointing at their cells.
 */
import type { Finding, Said, Severity } from "../findings";
import type { FieldId, SheetId } from "../fields/types";
import { numberOf, textOf, type Register, type RegisterRow } from "../register";
import type { RuleId } from "../ruleIds";

/** Differences up to these are rounding, not errors. */
export interface Tolerances {
  /** For sums of areas (㎡), which registers keep to two decimals. */
  readonly area: number;
  /** For counts. */
  readonly count: number;
}

export const DEFAULT_TOLERANCES: Tolerances = { area: 0.01, count: 0 };

const SCHOOL_SHEETS: readonly SheetId[] = ["schools", "students", "staff", "buildings", "facilities"];

/** One school's rows across the register sheets (the first row with that code on each sheet). */
export interface SchoolRows {
  readonly code: string;
  readonly name: string | null;
  readonly rows: Partial<Record<SheetId, RegisterRow>>;
}

export interface CheckContext {
  readonly register: Register;
  readonly schools: ReadonlyMap<string, SchoolRows>;
  readonly tolerances: Tolerances;
}

export function buildContext(register: Register, tolerances: Tolerances = DEFAULT_TOLERANCES): CheckContext {
  const schools = new Map<string, { code: string; name: string | null; rows: Partial<Record<SheetId, RegisterRow>> }>();
  for (const sheetId of SCHOOL_SHEETS) {
    for (const row of register.sheets[sheetId]?.rows ?? []) {
      if (row.key === null) continue;
      let school = schools.get(row.key);
      if (!school) {
        school = { code: row.key, name: null, rows: {} };
        schools.set(row.key, school);
      }
      if (!school.rows[sheetId]) school.rows[sheetId] = row;
      school.name = school.name ?? textOf(row, "name");
    }
  }
  // The name on 学校基本情况 is the school's name of record.
  for (const school of schools.values()) school.name = textOf(school.rows.schools, "name") ?? school.name;
  return { register, schools, tolerances };
}

export function rowsOf(ctx: CheckContext, sheet: SheetId): readonly RegisterRow[] {
  return ctx.register.sheets[sheet]?.rows ?? [];
}

/** The school codes (or village names) of a sheet's rows. */
export function keysOf(ctx: CheckContext, sheet: SheetId): Set<string> {
  const keys = new Set<string>();
  for (const row of rowsOf(ctx, sheet)) if (row.key !== null) keys.add(row.key);
  return keys;
}

export function sheetNameOf(ctx: CheckContext, sheet: SheetId): string | null {
  return ctx.register.sheets[sheet]?.name ?? null;
}

/**
 * Builds a finding on one row, pointing at the cells of `fields` that the sheet has. The sentence must be the
 * rule's own (`say(rule, …)`): another rule's sentence does not compile.
 */
export function rowFinding<R extends RuleId>(
  ctx: CheckContext,
  rule: { readonly id: R; readonly severity: Severity },
  sheet: SheetId,
  row: RegisterRow,
  fields: readonly FieldId[],
  message: Said<NoInfer<R>>,
  severity: Severity = rule.severity,
): Finding {
  const cells = fields.flatMap((f) => (row.fields[f] ? [row.fields[f].cell] : []));
  const schoolId = sheet === "villages" ? null : row.key;
  const school = schoolId ? ctx.schools.get(schoolId) : undefined;
  const schoolName = sheet === "villages" ? null : (school?.name ?? textOf(row, "name"));
  return { rule: rule.id, severity, schoolId, schoolName, sheet: sheetNameOf(ctx, sheet), cells, ...sentence(message), explained: false };
}

/** A finding's message fields from a sentence: its Chinese rendering, its template and its parameters. */
export function sentence(message: Said): { message: string; params: Said["params"]; text: string } {
  return { message: message.message, params: message.params, text: message.text };
}

/** A finding about a whole sheet or the workbook (no school row), e.g. a missing column or sheet; the rule's own sentence. */
export function plainFinding<R extends RuleId>(
  rule: { readonly id: R; readonly severity: Severity },
  message: Said<NoInfer<R>>,
  sheet: string | null = null,
  cells: readonly string[] = [],
): Finding {
  return { rule: rule.id, severity: rule.severity, schoolId: null, schoolName: null, sheet, cells: [...cells], ...sentence(message), explained: false };
}

/** Sum of the fields that have a number; null when none of them has. */
export function sumOf(row: RegisterRow | undefined, fields: readonly FieldId[]): number | null {
  let total = 0;
  let any = false;
  for (const f of fields) {
    const v = numberOf(row, f);
    if (v !== null) {
      total += v;
      any = true;
    }
  }
  return any ? total : null;
}

/** Formats a number for a message: integers as they are, others with up to two decimals. */
export function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, "");
}
