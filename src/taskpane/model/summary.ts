/**
 * The summary bar and the veto list (domain.md §10): errors, warnings, evaluation units below standard, and the
 * veto items — 超大班额 (212-05, or the township's T6), 危房 (512-03) and dropout above the national control line (T4/T5
 * at level warning or error, domain.md §10). A veto that fires is shown first.
 */
import type { CheckRun } from "../../domain/check";
import type { Finding } from "../../domain/findings";

export type VetoKind = "hugeClasses" | "dangerous" | "dropout";

export interface Veto {
  readonly kind: VetoKind;
  /** School name, village or 乡 (the township) the veto concerns; null for the township. */
  readonly where: string | null;
  /** The finding behind it (its message and cells), when there is one. */
  readonly finding: Finding | null;
  /** For target-based vetoes: the value and target (fractions for rates, counts for T6). */
  readonly value: number | null;
  readonly target: number | null;
}

export const HUGE_CLASS_RULE = "212-05";
export const DANGEROUS_RULE = "512-03";
const TOWNSHIP_SCOPE = "乡";

export function vetoes(run: CheckRun): Veto[] {
  const fromFinding = (kind: VetoKind, f: Finding): Veto => ({ kind, where: f.schoolName, finding: f, value: null, target: null });
  const huge = run.findings.filter((f) => f.rule === HUGE_CLASS_RULE).map((f) => fromFinding("hugeClasses", f));
  const targets = run.evaluation.targets;
  const scope = (s: string) => (s === TOWNSHIP_SCOPE ? null : s);
  // The township count of 66+ classes fires only with 212-05 findings behind it; list it when they are missing.
  const t6 =
    huge.length > 0
      ? []
      : targets.filter((t) => t.id === "T6" && t.level === "error").map((t): Veto => ({ kind: "hugeClasses", where: scope(t.scope), finding: null, value: t.value, target: t.target }));
  const dangerous = run.findings.filter((f) => f.rule === DANGEROUS_RULE).map((f) => fromFinding("dangerous", f));
  const dropout = targets
    .filter((t) => (t.id === "T4" || t.id === "T5") && (t.level === "error" || t.level === "warning"))
    .map((t): Veto => ({ kind: "dropout", where: scope(t.scope), finding: null, value: t.value, target: t.target }));
  return [...huge, ...t6, ...dangerous, ...dropout];
}

export interface PaneSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  /** Counted evaluation units below at least one standard. */
  readonly below: number;
  readonly veto: number;
  readonly schools: number;
  readonly units: number;
}

export function paneSummary(run: CheckRun): PaneSummary {
  const below = run.evaluation.units.filter((u) => !u.unit.excluded && u.below.length > 0).length;
  const { error, warning, info, schools, units } = run.summary;
  return { error, warning, info, below, veto: vetoes(run).length, schools, units };
}
