/**
 * The work calendar of one check (docs/method.md §1): the pack's schedule dated in the register's statistical
 * year, with the dates and statuses users set in the 工作进度 sheet. Deadlines of the 整改清单 come from here, so a
 * 2017 register never shows a 2016 date.
 */
import type { Milestone, RulePack } from "../packs/schema";
import { monthDayText } from "./schedule";

export const PROGRESS_STATUSES = ["未开始", "进行中", "已完成"] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export function isProgressStatus(text: string): text is ProgressStatus {
  return (PROGRESS_STATUSES as readonly string[]).includes(text);
}

export interface DatedMilestone extends Milestone {
  /** "2017-07-25"; the month and day alone ("7月25日") when the statistical year is unknown. */
  readonly date: string;
  readonly status: ProgressStatus;
}

export interface WorkCalendar {
  readonly year: number | null;
  readonly milestones: readonly DatedMilestone[];
}

/** What the 工作进度 sheet Junheng wrote says: the year it was written for and each milestone's date and status. */
export interface ProgressReadBack {
  readonly year: number | null;
  readonly entries: ReadonlyMap<string, { readonly date: string; readonly status: ProgressStatus }>;
}

/** The first four-digit year of 统计年度 ("2017", "2017年", "2017—2018学年"), or null. */
export function statisticalYear(meta: Readonly<Record<string, string>>): number | null {
  const match = /(19|20)\d{2}/.exec(meta["统计年度"] ?? "");
  return match ? Number(match[0]) : null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date the user kept or typed, moved to `year` when the sheet was written for another one: the plan repeats
 * every year, so last year's 7月28日 becomes this year's. Anything that is not a date is not used.
 */
function carriedDate(text: string, from: number | null, year: number | null): string | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  if (year === null) return `${Number(match[2])}月${Number(match[3])}日`;
  const shift = from === null ? 0 : year - from;
  return `${Number(match[1]) + shift}-${match[2]}-${match[3]}`;
}

export function workCalendar(pack: RulePack, meta: Readonly<Record<string, string>>, progress?: ProgressReadBack): WorkCalendar {
  const year = statisticalYear(meta);
  const sameYear = progress !== undefined && progress.year === year;
  const milestones = pack.schedule.map((m): DatedMilestone => {
    const kept = progress?.entries.get(m.id);
    const date = (kept && carriedDate(kept.date, progress?.year ?? null, year)) ?? (year === null ? monthDayText(m.due) : `${year}-${m.due}`);
    // A status belongs to its year's work: a new year starts every step afresh.
    return { ...m, date, status: sameYear && kept ? kept.status : "未开始" };
  });
  return { year, milestones };
}

/** The date of a milestone, or undefined when the schedule has no such step. */
export function milestoneDate(calendar: WorkCalendar, id: string): string | undefined {
  return calendar.milestones.find((m) => m.id === id)?.date;
}
