/**
 * What separates the report a township hands to the county from its working draft (docs/method.md §9.1): the draft
 * mark while errors remain, the appendix of data-entry errors for the statistician (never part of 整改措施), the
 * closing 报送单位（盖章）/ 日期, and the plain wording of the basis — no rule codes, pack ids or method names.
 */
import type { CheckRun } from "../run";
import { isDataItem, type RectificationItem } from "../evaluation/rectification";
import type { RulePack } from "../packs/schema";
import { cell, headerRow } from "./cells";
import type { ReportTable } from "./model";

export const APPENDIX_ID = "附表";

/** The closing lines of a report ready to hand over. */
export const CLOSING_LINES: readonly string[] = ["报送单位（盖章）：", "日期：　　　　年　　月　　日"];

export interface DraftMark {
  readonly openErrors: number;
}

/** The report is a draft while any error-level finding remains open. */
export function draftOf(run: CheckRun): DraftMark | null {
  const openErrors = run.findings.filter((f) => f.severity === "error").length;
  return openErrors > 0 ? { openErrors } : null;
}

export function draftText(draft: DraftMark): string {
  return `草稿：统计数据尚有 ${draft.openErrors} 处错误未改正，改正并重新审核后方可报送`;
}

/** The measure the pack follows, in the words of its source ("教督〔2012〕3号《…》"), not the pack's id. */
export function basisText(pack: RulePack): string {
  const measure = /^[^；，。]+/.exec(pack.source)?.[0] ?? pack.title;
  return `评估依据：${measure}`;
}

/** A reason with the method's internal labels taken out: "教学点不单独计算（2012 年办法）" → "教学点不单独计算". */
export function plainReason(text: string): string {
  return text.replace(/（\d{4} 年办法[^）]*）/g, "").replace(/按 \d{4} 年办法/g, "");
}

/** Items the county acts on: the 整改清单 without the data-entry errors, which are the statistician's to fix. */
export function countyItems(items: readonly RectificationItem[]): RectificationItem[] {
  return items.filter((i) => !isDataItem(i));
}

/** 附表: the data-entry errors still open, for the statistician to fix before the report goes out; null when none. */
export function appendixTable(items: readonly RectificationItem[]): ReportTable | null {
  const data = items.filter(isDataItem);
  if (data.length === 0) return null;
  return {
    id: APPENDIX_ID,
    title: "附表 待改正的统计数据错误（供统计员核对，不随报告报送）",
    header: [headerRow(["序号", "学校", "问题", "完成时限", "状态"])],
    rows: data.map((item, i) => [cell(String(i + 1)), cell(item.schoolName), cell(item.problem), cell(item.deadline), cell(item.status)]),
    notes: ["改正后重新审核，报告中的数据和结论随之更新；数据全部改正后报告不再标注草稿，也不再有本附表。"],
  };
}
