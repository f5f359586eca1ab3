/**
 * Checklists (domain.md §10): the assessment items ("23项考核指标") and veto items ("四项一票否决") a township checks.
 * Each item is computed from the run (bound to a target or a rule) or manual (status and evidence typed by the user
 * in the 考核自查 sheet and read back on the next run).
 */
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
  /** For a fired veto: where (school names or 乡). */
  readonly where: readonly string[];
}
