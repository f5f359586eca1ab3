/** The few lines `junheng archive` prints: per year the coefficients with their trend and the counts. */
import { STAGE_LABEL, STAGES } from "../fields/dictionary";
import type { StageBalance } from "../evaluation/evaluate";
import type { ArchiveYear } from "./archiveYears";
import { TREND_LABEL, trendOf } from "./trend";

/** Whether a stage's coefficients met the standard, in the words of the summary and of 历年差异系数's 结论. */
export const verdict = (passed: boolean | null) => (passed === null ? "无法判定" : passed ? "达到" : "未达到");

function stageText(b: StageBalance, before: StageBalance | undefined): string | null {
  if (b.units === 0) return null;
  const label = STAGE_LABEL[b.stage];
  // The 2017 pack judges each coefficient and has no composite to follow over the years.
  if (b.composite === null) return `${label}各项差异系数${verdict(b.passed)}`;
  const trend = trendOf(before?.composite, b.composite);
  const change = trend.direction === null ? "" : `，较上一年度${TREND_LABEL[trend.direction]}`;
  return `${label}综合差异系数 ${b.composite.toFixed(3)}（${verdict(b.passed)}）${change}`;
}

export function archivePlanSummary(years: readonly ArchiveYear[]): string[] {
  return years.map((y, i) => {
    const before = years[i - 1]?.run.evaluation.balance;
    const stages = STAGES.map((s) => stageText(y.run.evaluation.balance[s.id], before?.[s.id])).filter((t): t is string => t !== null);
    const { error, warning } = y.run.summary;
    return `${y.year}年度（${y.file}）：${[...stages, `错误 ${error} 条、警告 ${warning} 条、整改项 ${y.run.rectification.length} 项`].join("；")}`;
  });
}
