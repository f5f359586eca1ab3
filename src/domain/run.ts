/**
 * What one run over a workbook produces (CheckRun) and what a caller can ask of it (CheckOptions): the types every
 * output (sheets, JSON, report, archive) reads, kept apart from runCheck so that the outputs do not import the
 * function that imports them.
 */
import type { ChecklistResult } from "./checklists/types";
import type { WorkCalendar } from "./calendar/calendar";
import type { Evaluation } from "./evaluation/evaluate";
import type { AddedRectificationRow, RectificationItem } from "./evaluation/rectification";
import type { Finding } from "./findings";
import type { SheetGrid } from "./grid";
import type { RulePack } from "./packs/schema";
import type { Override } from "./packs/readStandardsSheet";
import type { Register } from "./register";
import type { PreviousYear } from "./rules/historyYear";

export interface CheckSummary {
  readonly schools: number;
  /** Evaluation units counted in the coefficients. */
  readonly units: number;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export interface CheckRun {
  readonly register: Register;
  /** Every finding, warnings matched by a 说明 in 审核说明 marked explained (applyExplanations). */
  readonly findings: readonly Finding[];
  /** 填报说明 merged with options given by the caller (command-line options win). */
  readonly meta: Readonly<Record<string, string>>;
  readonly summary: CheckSummary;
  /** The pack the run used: the chosen pack with the workbook's 标准参数 applied. */
  readonly pack: RulePack;
  readonly overrides: readonly Override[];
  readonly evaluation: Evaluation;
  /**
   * 整改清单 items, with status, responsible unit and deadline carried over from the last list Junheng wrote (and,
   * when asked, what still holds of last year's list: inputs/carryOver.ts).
   */
  readonly rectification: readonly RectificationItem[];
  /** Whether the workbook has a 整改清单 Junheng wrote, i.e. whether the statuses above were recorded by anyone. */
  readonly rectificationRecorded: boolean;
  /** Rows users added to the 整改清单 Junheng wrote last time (county findings), kept as typed. */
  readonly addedRectification: readonly AddedRectificationRow[];
  /** The pack's checklist judged on this run (vetoes and assessment items); manual entries carried over. */
  readonly checklist: readonly ChecklistResult[];
  /** The plan's milestones dated in the statistical year, with what users set in 工作进度. */
  readonly calendar: WorkCalendar;
  /** The workbook's 自评报告模板 as the input stage found it: the report is filled from it; none, the default. */
  readonly template: SheetGrid | undefined;
}

export interface CheckOptions {
  readonly meta?: Readonly<Record<string, string>>;
  /** The pack chosen by the user; the default pack otherwise. */
  readonly pack?: RulePack;
  /** Last year's workbook as read (the input stage recognises it): the H rules compare this year's register with it. */
  readonly previous?: PreviousYear;
  /** Also carry last year's 整改清单 状态 and 考核自查 entries into this run (with `previous` only). */
  readonly carryOver?: boolean;
}
