/**
 * The 差异系数 sheet (docs/workbook-format.md §2; docs/method.md §4, §9 表Ⅲ): per stage the township mean and the student-weighted
 * CV of every balance indicator, the composite (or each CV) against the threshold with the verdict, and the CV after
 * rectification; then each counted unit's share of the variance, so users see which schools drive a coefficient;
 * then who is not counted and why, and how mixed schools' shared resources were split — so the count of schools
 * behind every coefficient can be checked by hand.
 *
 * Pictures (issue 5): the 差异系数 column of each stage carries data bars on a scale set by the threshold, and each
 * stage has a chart of its CVs against the threshold beside it (see balanceChart.ts).
 */
import { STAGE_LABEL, STAGES } from "../fields/dictionary";
import { printLayout } from "../layout/printLayout";
import type { StageId } from "../fields/types";
import type { Evaluation, StageBalance, UnitEvaluation } from "../evaluation/evaluate";
import { M01 } from "../rules/methodRules";
import { indicatorName } from "../packs/indicatorNames";
import type { RulePack } from "../packs/schema";
import {
  indicatorFormat,
  isPerStudentRatio,
  overrideNote,
  packLine,
  perStudentRatio,
  placeText,
  printHeaderOf,
  referenceNote,
  thresholdOverrides,
  thresholdsUsed,
} from "./packNote";
import { stagePicture } from "./balanceChart";
import { coefficientBarMax, rangeAddress } from "./pictures";
import { DATA_BAR_COLOUR } from "./palette";
import { NUMBER_FORMATS, type ColumnChart, type DataBar, type OutputCell, type OutputSheet } from "./writePlan";

export const BALANCE_SHEET = "差异系数";

type Row = OutputCell[];

interface Pictures {
  readonly dataBars: readonly DataBar[];
  readonly charts: readonly ColumnChart[];
}

/** A block's rows, and its pictures once its first row on the sheet (0-based) is known. */
interface Block {
  readonly rows: readonly Row[];
  readonly pictures?: (top: number) => Pictures;
}

const header = (labels: readonly string[]): Row => labels.map((value): OutputCell => ({ value, style: "header" }));
const heading = (text: string): Row => [{ value: text, style: "header" }];
const text = (value: string): OutputCell => ({ value });
const num = (value: number | null | undefined, numberFormat?: string): OutputCell =>
  numberFormat && value !== null && value !== undefined ? { value, numberFormat } : { value: value ?? null };
const cvCell = (value: number | null | undefined) => num(value, NUMBER_FORMATS.coefficient);

/** 未达到 is shaded like a value below standard: the cell the user must act on. */
function verdictCell(passed: boolean | null): OutputCell {
  if (passed === null) return { value: "无法判定" };
  return passed ? { value: "达到" } : { value: "未达到", style: "below" };
}

const indicatorLabel = (id: string) => {
  const { name, unit } = indicatorName(id);
  return unit && !name.endsWith("）") ? `${id} ${name}（${unit}）` : `${id} ${name}`;
};

const counted = (evaluation: Evaluation, stage: StageId) => evaluation.units.filter((e) => e.unit.stage === stage && !e.unit.excluded);

const STAGE_COLUMNS = ["指标", "全乡平均值", "差异系数", "标准", "结论", "整改后差异系数", "说明"];
const CV_COLUMN = STAGE_COLUMNS.indexOf("差异系数");

function indicatorRow(evaluation: Evaluation, b: StageBalance, id: string): Row {
  const cv = b.cv[id] ?? null;
  const each = evaluation.pack.coefficient.mode === "each";
  const missing = counted(evaluation, b.stage).filter((e) => e.indicators[id] === null || e.indicators[id] === undefined);
  const ratio = isPerStudentRatio(id) ? perStudentRatio(b.mean[id] ?? null) : null;
  const notes = [
    b.cvReason[id] ?? null,
    missing.length > 0 ? `未参加本项计算（数据缺失或读不出）：${missing.map((e) => e.unit.name).join("、")}` : null,
    ratio ? `平均 ${ratio}` : null,
  ].filter((s): s is string => s !== null);
  return [
    text(indicatorLabel(id)),
    num(b.mean[id], indicatorFormat(id)),
    cvCell(cv),
    // Each CV is judged only in the 2017 pack; in the composite pack the threshold belongs to the summary row.
    each ? num(b.threshold) : num(null),
    each ? verdictCell(cv === null ? null : cv <= b.threshold) : num(null),
    cvCell(b.whatIfCv[id]),
    text(notes.join("；")),
  ];
}

function summaryRow(pack: RulePack, b: StageBalance): Row {
  if (pack.coefficient.mode === "composite") {
    const why = b.composite === null ? "有指标的差异系数无法计算，综合差异系数无法计算" : "";
    return [text("综合差异系数"), num(null), cvCell(b.composite), num(b.threshold), verdictCell(b.passed), cvCell(b.whatIfComposite), text(why)];
  }
  return [text("各项指标"), num(null), num(null), num(b.threshold), verdictCell(b.passed), num(null), text(`每项指标的差异系数均不高于 ${b.threshold} 为达到`)];
}

/** Every number built on data that still has errors says so (docs/method.md §2). */
function dataErrorNote(units: readonly UnitEvaluation[]): Row[] {
  const flagged = units.filter((e) => e.dataErrors.length > 0);
  if (flagged.length === 0) return [];
  const list = flagged.map((e) => `${e.unit.name}（${e.dataErrors.join("、")}）`).join("、");
  return [[text(`注：以下学校的数据仍有错误，差异系数按填报数据计算，仅供参考：${list}`)]];
}

function stageBlock(evaluation: Evaluation, stage: StageId, widths: readonly number[]): Block {
  const b = evaluation.balance[stage];
  const label = STAGE_LABEL[stage];
  const title = heading(`${label}（参加计算的学校 ${b.units} 个）`);
  if (b.units === 0) return { rows: [title, [text(`没有参加计算的${label}学校，不计算${label}差异系数`)]] };
  const ids = evaluation.pack.balanceIndicators;
  const table: Row[] = [
    title,
    header(STAGE_COLUMNS),
    ...ids.map((id) => indicatorRow(evaluation, b, id)),
    summaryRow(evaluation.pack, b),
    [text("参加计算的学校数"), num(b.units)],
    ...dataErrorNote(counted(evaluation, stage)),
  ];
  const picture = stagePicture(evaluation.pack, b);
  const rows = [...table, [], ...picture.rows];
  const max = coefficientBarMax(b.threshold, [...ids.map((id) => b.cv[id]), b.composite]);
  return {
    rows,
    pictures: (top) => ({
      // Every indicator's CV and the summary row's (the composite; empty in the 2017 pack), on one scale.
      dataBars:
        max === null ? [] : [{ ranges: [rangeAddress(top + 2, CV_COLUMN, top + 2 + ids.length, CV_COLUMN)], min: 0, max, colour: DATA_BAR_COLOUR }],
      // The chart table's header is two rows below the stage table (an empty row, then its heading).
      charts: [picture.chart(top + table.length + 2, top, top + rows.length - 1, widths)],
    }),
  };
}

function contributionBlock(evaluation: Evaluation): Row[] {
  const ids = evaluation.pack.balanceIndicators;
  const rows: Row[] = [
    heading("各校对差异的贡献（该校占本学段该项指标加权方差的比例，各校合计为 1）"),
    header(["学校", "标识码", "学段", "学生数", ...ids.map(indicatorLabel), "说明"]),
  ];
  for (const stage of STAGES.map((s) => s.id)) {
    const shares = evaluation.balance[stage].contributions;
    for (const e of counted(evaluation, stage)) {
      const own = shares.get(e.unit.id) ?? {};
      const note = e.dataErrors.length > 0 ? `数据有错误（${e.dataErrors.join("、")}），结果仅供参考` : "";
      rows.push([text(e.unit.name), text(e.unit.schoolId), text(STAGE_LABEL[stage]), num(e.unit.students), ...ids.map((id) => num(own[id], NUMBER_FORMATS.percent)), text(note)]);
    }
  }
  return rows;
}

function excludedBlock(evaluation: Evaluation): Row[] {
  const rows: Row[] = [heading("未参加计算的学校"), header(["学校", "标识码", "学段", "学生数", "原因"])];
  const excluded = evaluation.units.filter((e) => e.unit.excluded);
  for (const e of excluded) rows.push([text(e.unit.name), text(e.unit.schoolId), text(STAGE_LABEL[e.unit.stage]), num(e.unit.students), text(e.unit.excluded ?? "")]);
  if (excluded.length === 0) rows.push([text("无：全部评估单元都参加了计算")]);
  return rows;
}

/** Mixed schools, each with the M-01 note the evaluation gave (weights and shares in its own words). */
function splitBlock(evaluation: Evaluation): Row[] {
  const notes = new Map<string, string>();
  for (const f of evaluation.findings) if (f.rule === M01.id && f.schoolId && !notes.has(f.schoolId)) notes.set(f.schoolId, f.message);
  if (notes.size === 0) return [];
  const rows: Row[] = [heading("一贯制学校、完全中学共用资源的拆分"), header(["学校", "标识码", "学段", "学生数", "拆分比例", "说明"])];
  const shown = new Set<string>();
  for (const e of evaluation.units) {
    const note = notes.get(e.unit.schoolId);
    if (note === undefined) continue;
    // The note names both stages, so it is written once, on the school's first row.
    rows.push([text(e.unit.name), text(e.unit.schoolId), text(STAGE_LABEL[e.unit.stage]), num(e.unit.students), num(e.unit.share, NUMBER_FORMATS.percent), text(shown.has(e.unit.schoolId) ? "" : note)]);
    shown.add(e.unit.schoolId);
  }
  return rows;
}

function ruleText(pack: RulePack): string {
  const { primary, junior } = pack.coefficient;
  return pack.coefficient.mode === "composite"
    ? `综合差异系数为各项指标差异系数的平均值，小学不高于 ${primary}、初中不高于 ${junior} 为达到。`
    : `每项指标的差异系数小学不高于 ${primary}、初中不高于 ${junior} 为达到。`;
}

function whatIfNotes(evaluation: Evaluation): string[] {
  const pairs = Object.entries(evaluation.pack.whatIfStandard);
  if (pairs.length === 0) return ["整改后差异系数：本规则包没有对应的办学标准，与现值相同。"];
  const uses = STAGES.flatMap((s) =>
    counted(evaluation, s.id).flatMap((e) => pairs.map(([, indicator]) => ({ indicator, stage: s.id, area: e.unit.area }))),
  );
  return [
    `整改后差异系数：把低于办学标准的学校提高到标准值后重算（${pairs.map(([b, s]) => (b === s ? b : `${b} 按 ${s}`)).join("、")}），其他指标不变。`,
    referenceNote(thresholdsUsed(evaluation.pack, uses)),
  ].filter((s): s is string => s !== null);
}

function overrides(pack: RulePack): string[] {
  const list: string[] = [];
  const { coefficient: c, splitWeights: w } = pack;
  if (c.provenance.kind === "workbook") list.push(`差异系数标准 小学 ${c.primary}、初中 ${c.junior}（${c.provenance.source}）`);
  if (w.provenance.kind === "workbook") list.push(`拆分权重 小:初:高 = ${w.primary}:${w.junior}:${w.senior}（${w.provenance.source}）`);
  return [...list, ...thresholdOverrides(pack, Object.values(pack.whatIfStandard))];
}

export function balanceSheet(evaluation: Evaluation, meta: Readonly<Record<string, string>>, name: string = BALANCE_SHEET): OutputSheet {
  const { pack } = evaluation;
  const place = placeText(meta);
  const top: Row[] = [
    [{ value: place ? `${place} 差异系数` : "差异系数", style: "title" }],
    ...[`${packLine(pack)}。${ruleText(pack)}`, ...whatIfNotes(evaluation), overrideNote(overrides(pack))]
      .filter((s): s is string => s !== null)
      .map((s): Row => [{ value: s, style: "subtitle" }]),
  ];
  const columnWidths = [30, 14, 12, 12, 12, 14, ...pack.balanceIndicators.slice(2).map(() => 12), 40];
  const blocks: Block[] = [
    ...STAGES.map((s) => stageBlock(evaluation, s.id, columnWidths)),
    { rows: contributionBlock(evaluation) },
    { rows: excludedBlock(evaluation) },
    { rows: splitBlock(evaluation) },
  ].filter((b) => b.rows.length > 0);
  const rows: Row[] = [...top];
  const dataBars: DataBar[] = [];
  const charts: ColumnChart[] = [];
  for (const block of blocks) {
    rows.push([]);
    const pictures = block.pictures?.(rows.length);
    rows.push(...block.rows);
    dataBars.push(...(pictures?.dataBars ?? []));
    charts.push(...(pictures?.charts ?? []));
  }
  return {
    name,
    rows,
    columnWidths,
    // The blocks have different columns, so no single table header fits every page; the title and pack notes do.
    headerRow: top.length,
    printHeader: printHeaderOf(meta),
    // Nothing repeats at the top of a page: a repeated note row would stand where a table header belongs.
    print: printLayout({ name, headerRow: top.length }, { repeatRows: null }),
    dataBars,
    charts,
  };
}
