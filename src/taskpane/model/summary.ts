/**
 * The summary bar and the veto list (docs/method.md §10): errors, warnings, evaluation units below standard, and the
 * veto items that fired. Which vetoes fire is decided in the domain (run.checklist, from the pack's checklist);
 * the pane only splits each fired veto into one entry per school, village or finding so each can be located.
 */
import type { CheckRun } from "../../domain/check";
import { firedVetoes } from "../../domain/checklists/evaluateChecklist";
import type { ChecklistHit, ChecklistResult } from "../../domain/checklists/types";
import type { Finding } from "../../domain/findings";
import type { RuleId } from "../../domain/ruleIds";

/** other: a veto the pane has no label of its own for (a manual one, or one a pack adds); its title is shown. */
export type VetoKind = "hugeClasses" | "dangerous" | "dropout" | "other";

export interface Veto {
  readonly kind: VetoKind;
  /** The checklist item's title. */
  readonly title: string;
  /** School name, village or 乡 (the township) the veto concerns; null for the township. */
  readonly where: string | null;
  /** The finding behind it (its message and cells), when there is one. */
  readonly finding: Finding | null;
  /** For target-based vetoes: the value and target (fractions for rates, counts for T6). */
  readonly value: number | null;
  readonly target: number | null;
  /** The item's evidence: what the user wrote for a manual veto. */
  readonly evidence: string;
}

export const HUGE_CLASS_RULE: RuleId = "212-05";
export const DANGEROUS_RULE: RuleId = "512-03";
const TOWNSHIP_SCOPE = "乡";

/** The pane's own labels for the vetoes of the shipped checklist, recognised by what fired them. */
function kindOf(hit: ChecklistHit): VetoKind {
  if (hit.finding) return hit.finding.rule === HUGE_CLASS_RULE ? "hugeClasses" : hit.finding.rule === DANGEROUS_RULE ? "dangerous" : "other";
  const id = hit.target?.id;
  return id === "T6" ? "hugeClasses" : id === "T4" || id === "T5" ? "dropout" : "other";
}

function vetoEntries(r: ChecklistResult): Veto[] {
  const base = { title: r.title, evidence: r.evidence };
  const hits = r.hits ?? [];
  if (hits.length === 0) return [{ ...base, kind: "other", where: null, finding: null, value: null, target: null }];
  return hits.map((h) => ({
    ...base,
    kind: kindOf(h),
    where: h.finding ? h.finding.schoolName : h.where === TOWNSHIP_SCOPE ? null : h.where,
    finding: h.finding,
    value: h.target?.value ?? null,
    target: h.target?.target ?? null,
  }));
}

/** Fired vetoes in the pack's order, one entry per place (the township's shown as null). */
export function vetoes(run: CheckRun): Veto[] {
  return firedVetoes(run.checklist).flatMap(vetoEntries);
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
