/**
 * What every evaluation output says about its rule pack (docs/method.md §3.3, §5): the pack's id and title, the
 * "参考值，请按省定标准核对" warning while a judgement rests on reference or empty standards, and the numbers the
 * workbook's 标准参数 sheet changed. Shared by 指标计算 and 差异系数 so both word it the same way.
 */
import type { StageId } from "../fields/types";
import type { UrbanRural } from "../fields/dictionary";
import { thresholdFor } from "../evaluation/judge";
import { indicatorName, isFractionUnit } from "../packs/indicatorNames";
import type { RulePack, Threshold } from "../packs/schema";
import { REFERENCE_MARK } from "./standardsSheet";
import { paramLabel } from "../packs/standardsTable";
import { NUMBER_FORMATS } from "./writePlan";

export function packLine(pack: RulePack): string {
  return `规则包：${pack.title}（${pack.id}）`;
}

/** `勐往乡 2016年度`, or "" when the register names neither. */
export function placeText(meta: Readonly<Record<string, string>>): string {
  return [meta["乡镇"], meta["统计年度"] && `${meta["统计年度"]}年度`].filter(Boolean).join(" ");
}

export function printHeaderOf(meta: Readonly<Record<string, string>>): { left: string; right: string } {
  return { left: meta["乡镇"] ?? "", right: meta["数据日期"] ? `数据日期 ${meta["数据日期"]}` : "" };
}

export interface ThresholdUse {
  readonly indicator: string;
  readonly stage: StageId;
  readonly area: UrbanRural | null;
}

/**
 * The pack entries a set of judgements actually rests on (the 城乡 entry where there is one), each once, in the
 * pack's order so that notes list S1 before S10 however the units are ordered.
 */
export function thresholdsUsed(pack: RulePack, uses: readonly ThresholdUse[]): Threshold[] {
  const used = new Set<Threshold>();
  for (const u of uses) {
    const t = thresholdFor(pack, u.indicator, u.stage, u.area);
    if (t) used.add(t);
  }
  return pack.thresholds.filter((t) => used.has(t));
}

const uniqueIds = (thresholds: readonly Threshold[]) => [...new Set(thresholds.map((t) => t.indicator))].join("、");

/**
 * null when every standard used is official or set in the workbook; otherwise the warning, naming the indicators
 * that rest on reference values and those left empty, so the user knows which numbers to check or fill.
 */
export function referenceNote(used: readonly Threshold[]): string | null {
  const unset = used.filter((t) => t.value === null);
  const reference = used.filter((t) => t.value !== null && (t.provenance.kind === "reference" || t.provenance.kind === "placeholder"));
  if (unset.length === 0 && reference.length === 0) return null;
  const parts = [
    reference.length > 0 ? `${uniqueIds(reference)} 为参考值` : null,
    unset.length > 0 ? `${uniqueIds(unset)} 未设定标准值，只计算不判定` : null,
  ].filter(Boolean);
  return `${REFERENCE_MARK}：${parts.join("；")}`;
}

/** A threshold as users read it: `30册`, `98%`; an emptied one is not judged. */
export function thresholdText(indicator: string, value: number | null): string {
  if (value === null) return "空（不判定）";
  const unit = indicatorName(indicator).unit;
  // Fractions are kept as 0.98 in packs; 98% is how the standards are written. Rounded only to drop float noise.
  return isFractionUnit(unit) ? `${Math.round(value * 1e8) / 1e6}%` : `${value}${unit}`;
}

/** `S6 小学 30册（标准参数!E12）` for every threshold of `indicators` that the workbook changed. */
export function thresholdOverrides(pack: RulePack, indicators: readonly string[]): string[] {
  return pack.thresholds
    .filter((t) => t.provenance.kind === "workbook" && indicators.includes(t.indicator))
    .map((t) => `${paramLabel({ code: t.indicator, stage: t.stage, area: t.area })} ${thresholdText(t.indicator, t.value)}（${t.provenance.source}）`);
}

export function overrideNote(overrides: readonly string[]): string | null {
  return overrides.length > 0 ? `已按标准参数修改：${overrides.join("；")}` : null;
}

/** `1 : 14.7` for a per-student ratio such as 师生比 (published tables print B6–B8 this way); null when not positive. */
export function perStudentRatio(value: number | null): string | null {
  return value !== null && value > 0 && Number.isFinite(value) ? `1 : ${(1 / value).toFixed(1)}` : null;
}

/** B6–B8: teachers per student, the indicators published tables print as 1 : n. */
export function isPerStudentRatio(indicator: string): boolean {
  return indicatorName(indicator).unit === "人/生";
}

/** How an indicator's values are shown: rates as percentages, 元 whole, per-student teacher ratios with 4 decimals. */
export function indicatorFormat(id: string): string {
  const { unit } = indicatorName(id);
  if (isFractionUnit(unit)) return NUMBER_FORMATS.percent;
  if (["B6", "B7", "B8"].includes(id)) return NUMBER_FORMATS.ratio;
  return unit === "元" ? NUMBER_FORMATS.whole : NUMBER_FORMATS.decimal;
}
