/**
 * Coverage targets T1–T7 (docs/method.md §6): enrolment by village, dropout by school, class sizes; each per village
 * or school and for the township, against the plan target, and for dropout the national control line too.
 */
import { STAGES } from "../fields/dictionary";
import type { FieldId, StageId } from "../fields/types";
import { textOf, type Register, type RegisterRow } from "../register";
import type { CoverageTarget, RulePack } from "../packs/schema";
import type { CellRef } from "./quantity";

export type TargetLevel = "met" | "warning" | "error";

export interface TargetResult {
  readonly id: CoverageTarget["id"];
  /** 乡 for the township, else the village or school name. */
  readonly scope: string;
  readonly schoolId: string | null;
  readonly value: number | null;
  readonly target: number | null;
  readonly controlLine: number | null;
  readonly passed: boolean | null;
  /** error: worse than the plan target; warning: within the plan but past the national control line. */
  readonly level: TargetLevel | null;
  readonly cells: readonly CellRef[];
  /**
   * What the rate was computed from (enrolled and school-age children of an enrolment target), so a shortfall can
   * be stated in children (rectification.ts). Absent on results that are not such a rate.
   */
  readonly counts?: { readonly numerator: number; readonly denominator: number };
}

interface Tally {
  numerator: number;
  denominator: number;
  cells: CellRef[];
}

const TOWNSHIP = "乡";

function tally(rows: readonly RegisterRow[], sheet: string, numerator: readonly string[], denominator: readonly string[]): Tally {
  const out: Tally = { numerator: 0, denominator: 0, cells: [] };
  // Plain loops: the township's tallies run over every school, and a pair of arrays built per row adds up there.
  const add = (row: RegisterRow, fields: readonly string[], key: "numerator" | "denominator") => {
    for (const f of fields) {
      const reading = row.fields[f];
      if (typeof reading?.value !== "number") continue;
      out[key] += reading.value;
      out.cells.push({ sheet, cell: reading.cell });
    }
  };
  for (const row of rows) {
    add(row, numerator, "numerator");
    add(row, denominator, "denominator");
  }
  // Copied to its length: push leaves room for a dozen more cells, and a province keeps one list per school.
  out.cells = out.cells.slice();
  return out;
}

/** null when it cannot be judged: no denominator, or sums near Number.MAX_VALUE that overflow to Infinity or NaN. */
function rate(t: Tally): number | null {
  const value = t.numerator / t.denominator;
  return t.denominator > 0 && Number.isFinite(value) ? value : null;
}

/** At least the target (enrolment). */
function atLeast(def: CoverageTarget, scope: string, schoolId: string | null, t: Tally): TargetResult {
  const value = rate(t);
  const passed = value === null || def.value === null ? null : value >= def.value;
  const counts = { numerator: t.numerator, denominator: t.denominator };
  return { id: def.id, scope, schoolId, value, target: def.value, controlLine: null, passed, level: passed === null ? null : passed ? "met" : "error", cells: t.cells, counts };
}

/** At most the plan target, with a warning past the national control line (dropout). */
function atMost(def: CoverageTarget, scope: string, schoolId: string | null, t: Tally): TargetResult {
  const value = rate(t);
  if (value === null || def.value === null) return { id: def.id, scope, schoolId, value, target: def.value, controlLine: def.controlLine, passed: null, level: null, cells: t.cells };
  const level: TargetLevel = value > def.value ? "error" : def.controlLine !== null && value > def.controlLine ? "warning" : "met";
  return { id: def.id, scope, schoolId, value, target: def.value, controlLine: def.controlLine, passed: value <= def.value, level, cells: t.cells };
}

/** The 普及与控辍 fields of each enrolment rate: enrolled ÷ school-age children (the handbook quotes them too). */
export const ENROLMENT_FIELDS: Readonly<Record<"T1" | "T2" | "T3", { readonly enrolled: readonly FieldId[]; readonly age: readonly FieldId[] }>> = {
  T1: { enrolled: ["primaryEnrolled"], age: ["primaryAge"] },
  T2: { enrolled: ["juniorEnrolled"], age: ["juniorAge"] },
  T3: { enrolled: ["disabledEnrolled.regular", "disabledEnrolled.special", "disabledEnrolled.home"], age: ["disabled.visual", "disabled.hearing", "disabled.intellectual"] },
};

/** The dropout rate of each stage: dropouts during the year ÷ students at its start, on 学生与班级. */
export const DROPOUT_TARGETS = [["T4", STAGES[0].id], ["T5", STAGES[1].id]] as const;
export const dropoutFields = (stage: StageId) => ({ dropouts: `${stage}.dropouts` as const, base: `${stage}.prevYearStudents` as const });

export function coverageTargets(register: Register, pack: RulePack): TargetResult[] {
  const results: TargetResult[] = [];
  const villages = register.sheets.villages;
  const students = register.sheets.students;
  const def = (id: CoverageTarget["id"]) => pack.targets.find((t) => t.id === id);

  for (const id of ["T1", "T2", "T3"] as const) {
    const target = def(id);
    if (!target || !villages) continue;
    const { enrolled, age } = ENROLMENT_FIELDS[id];
    for (const row of villages.rows) {
      const t = tally([row], villages.name, enrolled, age);
      if (t.denominator > 0) results.push(atLeast(target, textOf(row, "village") ?? `第 ${row.row} 行`, null, t));
    }
    results.push(atLeast(target, TOWNSHIP, null, tally(villages.rows, villages.name, enrolled, age)));
  }

  const schoolRows = students?.rows ?? [];
  for (const [id, stage] of DROPOUT_TARGETS) {
    const target = def(id);
    if (!target || !students) continue;
    const fields = [[dropoutFields(stage).dropouts], [dropoutFields(stage).base]] as const;
    for (const row of schoolRows) {
      const t = tally([row], students.name, ...fields);
      if (t.denominator > 0) results.push(atMost(target, textOf(row, "name") ?? row.key ?? "", row.key, t));
    }
    results.push(atMost(target, TOWNSHIP, null, tally(schoolRows, students.name, ...fields)));
  }

  const bands = (band: string) => tally(schoolRows, students?.name ?? "", STAGES.map((s) => `${s.id}.${band}`), STAGES.map((s) => `${s.id}.classes`));
  const huge = def("T6");
  if (huge && students) {
    const t = bands("band66");
    const count = Number.isFinite(t.numerator) ? t.numerator : null;
    const passed = huge.value === null || count === null ? null : count <= huge.value;
    results.push({ id: "T6", scope: TOWNSHIP, schoolId: null, value: count, target: huge.value, controlLine: null, passed, level: passed === null ? null : passed ? "met" : "error", cells: t.cells });
  }
  const large = def("T7");
  if (large && students) {
    const t = bands("band56");
    const value = rate(t);
    const passed = large.value === null || value === null ? null : value <= large.value;
    results.push({ id: "T7", scope: TOWNSHIP, schoolId: null, value, target: large.value, controlLine: null, passed, level: null, cells: t.cells });
  }
  return results;
}
