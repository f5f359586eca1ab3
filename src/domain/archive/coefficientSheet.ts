/**
 * 历年差异系数: per stage and balance indicator (and the composite in the basic pack) one row per year — the units
 * counted, the mean, the coefficient, its change against the year before with the direction, and the year's
 * standard and verdict. The coefficient column of each stage carries data bars on one scale for all its years, so
 * a year's bar can be compared with the next.
 */
import { STAGE_LABEL, STAGES } from "../fields/dictionary";
import type { StageId } from "../fields/types";
import type { StageBalance } from "../evaluation/evaluate";
import { indicatorName } from "../packs/indicatorNames";
import { indicatorFormat } from "../outputs/packNote";
import { coefficientBarMax, rangeAddress } from "../outputs/pictures";
import { DATA_BAR_COLOUR } from "../outputs/palette";
import { NUMBER_FORMATS, type DataBar, type OutputCell, type OutputSheet } from "../outputs/writePlan";
import { verdict } from "./archiveSummary";
import { archivePrintHeader, archiveTop, type Row } from "./archiveTop";
import type { ArchiveYear } from "./archiveYears";
import { TREND_LABEL, trendOf } from "./trend";

export const ARCHIVE_COEFFICIENT_SHEET = "历年差异系数";

export const COEFFICIENT_COLUMNS = ["学段", "指标", "年度", "参加计算的学校数", "平均值", "差异系数", "较上一年度", "趋势", "标准", "结论", "说明"] as const;
const CV_COLUMN = COEFFICIENT_COLUMNS.indexOf("差异系数");
const COMPOSITE = "综合差异系数";

const CHANGE_FORMAT = "+0.000;-0.000;0.000";

/** The row key of the composite: not an indicator id, so it never collides with one. */
const COMPOSITE_ID = "composite";

function label(id: string): string {
  if (id === COMPOSITE_ID) return COMPOSITE;
  const { name, unit } = indicatorName(id);
  return unit && !name.endsWith("）") ? `${id} ${name}（${unit}）` : `${id} ${name}`;
}

const num = (value: number | null | undefined, numberFormat?: string): OutputCell =>
  value === null || value === undefined ? { value: null } : numberFormat ? { value, numberFormat } : { value };

function verdictCell(passed: boolean | null): OutputCell {
  return passed === false ? { value: verdict(passed), style: "below" } : { value: verdict(passed) };
}

interface Judged {
  readonly cv: number | null;
  readonly threshold: number | null;
  readonly passed: boolean | null | undefined;
}

/** In the composite pack only the composite is judged; in the 2017 pack each indicator is. */
function judged(year: ArchiveYear, b: StageBalance, id: string): Judged {
  const composite = year.run.pack.coefficient.mode === "composite";
  if (id === COMPOSITE_ID) return { cv: b.composite, threshold: b.threshold, passed: b.passed };
  const cv = b.cv[id] ?? null;
  return composite ? { cv, threshold: null, passed: undefined } : { cv, threshold: b.threshold, passed: cv === null ? null : cv <= b.threshold };
}

function note(year: ArchiveYear, b: StageBalance, id: string): string {
  if (b.units === 0) return `该年度没有参加计算的${STAGE_LABEL[b.stage]}学校`;
  const parts: string[] = [];
  const reason = id === COMPOSITE_ID ? (b.composite === null ? "有指标的差异系数无法计算" : null) : (b.cvReason[id] ?? null);
  if (reason) parts.push(reason);
  const flagged = year.run.evaluation.units.filter((e) => e.unit.stage === b.stage && !e.unit.excluded && e.dataErrors.length > 0);
  if (flagged.length > 0) parts.push(`${flagged.length} 所学校数据有错误，结果仅供参考`);
  return parts.join("；");
}

/** Ids of one stage's rows: the pack's balance indicators, then the composite where the pack has one. */
function rowIds(years: readonly ArchiveYear[]): string[] {
  const latest = years[years.length - 1].run.pack;
  const ids = [...latest.balanceIndicators];
  return latest.coefficient.mode === "composite" ? [...ids, COMPOSITE_ID] : ids;
}

function stageRows(years: readonly ArchiveYear[], stage: StageId): Row[] {
  const rows: Row[] = [];
  for (const id of rowIds(years)) {
    let previous: number | null = null;
    for (const [i, year] of years.entries()) {
      const b = year.run.evaluation.balance[stage];
      const j = judged(year, b, id);
      const trend = trendOf(i === 0 ? undefined : previous, j.cv);
      previous = j.cv;
      rows.push([
        { value: STAGE_LABEL[stage] },
        { value: label(id) },
        { value: year.year },
        num(b.units),
        id === COMPOSITE_ID ? num(null) : num(b.mean[id], indicatorFormat(id)),
        num(j.cv, NUMBER_FORMATS.coefficient),
        num(trend.change, CHANGE_FORMAT),
        trend.direction === null ? { value: i === 0 ? "—" : "无法比较" } : { value: TREND_LABEL[trend.direction], ...(trend.direction === "up" ? { style: "warning" as const } : {}) },
        num(j.threshold),
        j.passed === undefined ? num(null) : verdictCell(j.passed),
        { value: note(year, b, id) },
      ]);
    }
  }
  return rows;
}

export function archiveCoefficientSheet(years: readonly ArchiveYear[], name: string = ARCHIVE_COEFFICIENT_SHEET): OutputSheet {
  const top = archiveTop(years, "历年差异系数", [
    "差异系数越小，校际差异越小；“较上一年度”为与表中前一个年度之差，不足 0.0005 记为持平。",
  ]);
  const rows: Row[] = [...top, [], COEFFICIENT_COLUMNS.map((value): OutputCell => ({ value, style: "header" }))];
  const dataBars: DataBar[] = [];
  for (const stage of STAGES.map((s) => s.id)) {
    if (years.every((y) => y.run.evaluation.balance[stage].units === 0)) continue;
    const block = stageRows(years, stage);
    const cvs = block.map((r) => r[CV_COLUMN].value).filter((v): v is number => typeof v === "number");
    const threshold = Math.max(...years.map((y) => y.run.evaluation.balance[stage].threshold));
    const max = coefficientBarMax(threshold, cvs);
    if (max !== null) dataBars.push({ ranges: [rangeAddress(rows.length, CV_COLUMN, rows.length + block.length - 1, CV_COLUMN)], min: 0, max, colour: DATA_BAR_COLOUR });
    rows.push(...block);
  }
  if (rows.length === top.length + 2) rows.push([{ value: "各年度都没有参加计算的学校，没有差异系数" }]);
  return {
    name,
    rows,
    columnWidths: [6, 34, 8, 10, 12, 10, 10, 16, 8, 8, 40],
    headerRow: top.length + 2,
    printHeader: archivePrintHeader(years),
    dataBars,
  };
}
