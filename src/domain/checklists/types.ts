/**
 * Checklists (docs/method.md §10): the assessment items ("23项考核指标") and veto items ("四项一票否决") a township checks.
 * Each item is computed from the run (bound to a target or a rule) or manual (status and evidence typed by the user
 * in the 考核自查 sheet and read back on the next run).
 */
import type { TargetResult } from "../evaluation/targets";
import type { Finding } from "../findings";

export type ChecklistKind = "assessment" | "veto";

export type ChecklistStatus = "达标" | "未达标" | "否决" | "未否决" | "待填" | "不适用";

export interface ChecklistResult {
  readonly id: string;
  readonly kind: ChecklistKind;
  readonly title: string;
  /** True when the run computed the status; false for manual items. */
  readonly computed: boolean;
  readonly status: ChecklistStatus;
  /** What the status rests on: a target's value, the findings, or the user's evidence text. */
  readonly evidence: string;
  /** Automatic score for computable assessment items; the user's score for manual ones; null when none. */
  readonly score: number | null;
  readonly maxScore: number | null;
  /** For a fired veto (and a failed computed item): where (school names or 乡). */
  readonly where: readonly string[];
  /**
   * Addition: what failed a computed item or fired a veto, one entry per finding or target result, for views that
   * point at the cells (the task pane's veto list). Empty when nothing failed; absent on manual items.
   */
  readonly hits?: readonly ChecklistHit[];
}

export interface ChecklistHit {
  /** School or village name, or 乡 for the township. */
  readonly where: string;
  readonly finding: Finding | null;
  readonly target: TargetResult | null;
}

/** What the user typed for a manual item in 考核自查; null status: left blank (待填). */
export interface ManualEntry {
  readonly status: ChecklistStatus | null;
  readonly evidence: string;
  readonly score: number | null;
}

export const ASSESSMENT_STATUSES: readonly ChecklistStatus[] = ["达标", "未达标", "待填", "不适用"];
export const VETO_STATUSES: readonly ChecklistStatus[] = ["否决", "未否决", "待填", "不适用"];

export function statusesOf(kind: ChecklistKind): readonly ChecklistStatus[] {
  return kind === "veto" ? VETO_STATUSES : ASSESSMENT_STATUSES;
}
