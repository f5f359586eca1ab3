/**
 * The 指标计算 sheet (docs/workbook-format.md §2; docs/method.md §9 表Ⅱ-2): one row per evaluation unit with its students, the
 * balance indicators, and each school standard as value and 标准 side by side; values below standard are shaded and
 * 是否达标 is 1 or blank, as on the national form. Counted units come first, by stage, then the units that are not
 * counted, so the printed table reads like the form and nobody disappears from it.
 *
 * Values are unrounded numbers: the workbook rounds for display, and a user who copies a cell gets the real value.
 * Each standard's values carry data bars on a scale set by the standard (issue 5), so the gap shows at a glance.
 */
import { STAGE_LABEL, STAGES } from "../fields/dictionary";
import { printLayout } from "../layout/printLayout";
import type { Evaluation, UnitEvaluation } from "../evaluation/evaluate";
import { indicatorName, isFractionUnit } from "../packs/indicatorNames";
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
import { columnRuns, indicatorBarMax } from "./pictures";
import { DATA_BAR_COLOUR } from "./palette";
import { HIGHLIGHT_LABEL, type DataBar, type OutputCell, type OutputSheet } from "./writePlan";

export const INDICATOR_SHEET = "指标计算";

export interface Column {
  readonly header: string;
  readonly width: number;
  /** The standard indicator whose values the column holds: it gets data bars against that standard. */
  readonly standard?: string;
  cell(e: UnitEvaluation): OutputCell;
}

/** `S6 生均图书册数（册）`; names that already carry their unit (S8 「1 : n」) keep it as it is. */
function valueHeader(id: string): string {
  const { name, unit } = indicatorName(id);
  if (name.endsWith("）")) return `${id} ${name}`;
  if (isFractionUnit(unit)) return `${id} ${name}（1 = 100%）`;
  return unit ? `${id} ${name}（${unit}）` : `${id} ${name}`;
}

/** A ceiling says so, so that nobody reads 平均班额 45 as "at least 45". */
function standardHeader(id: string): string {
  return indicatorName(id).atMost ? `${id} 标准（上限）` : `${id} 标准`;
}

const numberCell = (id: string, value: number | null | undefined, below = false): OutputCell => {
  const cell: OutputCell = value === null || value === undefined ? { value: null } : { value, numberFormat: indicatorFormat(id) };
  return below ? { ...cell, style: "below" } : cell;
};

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function notes(e: UnitEvaluation, evaluation: Evaluation, names: ReadonlyMap<string, string>): string {
  const { unit } = e;
  const parts: string[] = [];
  if (unit.excluded) parts.push(unit.excluded);
  if (e.below.length > 0) parts.push(`低于标准：${e.below.join("、")}`);
  else if (!unit.excluded && e.passed === null && evaluation.pack.standardIndicators.length > 0) parts.push("标准值均未设定或指标无法计算，未判定");
  if (unit.mergedPoints.length > 0) parts.push(`已并入教学点：${unit.mergedPoints.map((code) => `${names.get(code) ?? code}（${code}）`).join("、")}`);
  if (unit.share !== 1) parts.push(`共用资源按 ${percent(unit.share)} 计入${STAGE_LABEL[unit.stage]}部`);
  // Published tables print B6–B8 as 1 : n; the cells keep the fraction, so the familiar form goes here.
  const ratios = evaluation.pack.balanceIndicators.filter(isPerStudentRatio).flatMap((id) => {
    const text = perStudentRatio(e.indicators[id] ?? null);
    return text ? [`${id} ${text}`] : [];
  });
  if (ratios.length > 0) parts.push(ratios.join("，"));
  if (e.dataErrors.length > 0) parts.push(`数据有错误（${e.dataErrors.join("、")}），结果仅供参考`);
  return parts.join("；");
}

export function columns(evaluation: Evaluation): Column[] {
  const { pack } = evaluation;
  const names = new Map(evaluation.units.map((e) => [e.unit.schoolId, e.unit.name]));
  // In the 2017 pack the balance indicators are the standards themselves: show each once, with its 标准.
  const balanceOnly = pack.balanceIndicators.filter((id) => !pack.standardIndicators.includes(id));
  return [
    { header: "学校", width: 24, cell: (e) => ({ value: e.unit.name }) },
    { header: "标识码", width: 12, cell: (e) => ({ value: e.unit.schoolId }) },
    { header: "学段", width: 6, cell: (e) => ({ value: STAGE_LABEL[e.unit.stage] }) },
    { header: "城乡分类", width: 8, cell: (e) => ({ value: e.unit.area }) },
    { header: "学生数", width: 8, cell: (e) => ({ value: e.unit.students }) },
    ...balanceOnly.map((id): Column => ({ header: valueHeader(id), width: 11, cell: (e) => numberCell(id, e.indicators[id]) })),
    ...pack.standardIndicators.flatMap((id): Column[] => [
      { header: valueHeader(id), width: 11, standard: id, cell: (e) => numberCell(id, e.indicators[id], e.below.includes(id)) },
      { header: standardHeader(id), width: 8, cell: (e) => numberCell(id, e.thresholds[id]) },
    ]),
    { header: "是否达标", width: 8, cell: (e) => ({ value: e.passed === true ? 1 : null }) },
    { header: "说明", width: 60, cell: (e) => ({ value: notes(e, evaluation, names) }) },
  ];
}

/** Counted units by stage (小学, 初中), then the ones not counted, each group in register order. */
function orderedUnits(units: readonly UnitEvaluation[]): UnitEvaluation[] {
  const counted = STAGES.flatMap((s) => units.filter((e) => !e.unit.excluded && e.unit.stage === s.id));
  return [...counted, ...units.filter((e) => e.unit.excluded)];
}

/**
 * Bars on each standard's value column over the counted units, one scale per stage and standard (0 to twice the
 * standard: a school at standard is half full). Units of one stage whose standards differ by 城乡 get a scale each;
 * units not counted get none, as they are not judged. `firstRow` is the 0-based row of the first unit.
 */
export function dataBars(cols: readonly Column[], units: readonly UnitEvaluation[], firstRow: number): DataBar[] {
  return cols.flatMap((col, c): DataBar[] => {
    const id = col.standard;
    if (id === undefined) return [];
    const groups = new Map<string, { standard: number | null; rows: number[]; values: (number | null)[] }>();
    units.forEach((e, i) => {
      if (e.unit.excluded) return;
      const standard = e.thresholds[id] ?? null;
      const key = `${e.unit.stage}|${standard}`;
      const group = groups.get(key) ?? { standard, rows: [], values: [] };
      group.rows.push(firstRow + i);
      group.values.push(e.indicators[id] ?? null);
      groups.set(key, group);
    });
    return [...groups.values()].flatMap((g): DataBar[] => {
      const max = indicatorBarMax(g.standard, g.values);
      return max === null ? [] : [{ ranges: columnRuns(c, g.rows), min: 0, max, colour: DATA_BAR_COLOUR }];
    });
  });
}

function topNotes(evaluation: Evaluation): string[] {
  const { pack, units } = evaluation;
  const counted = units.filter((e) => !e.unit.excluded).length;
  const uses = units.flatMap((e) => pack.standardIndicators.map((indicator) => ({ indicator, stage: e.unit.stage, area: e.unit.area })));
  return [
    `${packLine(pack)}。评估单元 ${units.length} 个，其中参加计算 ${counted} 个。`,
    referenceNote(thresholdsUsed(pack, uses)),
    overrideNote(thresholdOverrides(pack, pack.standardIndicators)),
  ].filter((s): s is string => s !== null);
}

export function indicatorSheet(evaluation: Evaluation, meta: Readonly<Record<string, string>>, name: string = INDICATOR_SHEET): OutputSheet {
  const cols = columns(evaluation);
  const place = placeText(meta);
  const legend: OutputCell[] = [
    { value: "图例" },
    { value: HIGHLIGHT_LABEL.below, style: "below" },
    { value: "是否达标：1 = 达标；空白 = 未达标、未判定或不参加计算" },
  ];
  const top: OutputCell[][] = [
    [{ value: place ? `${place} 指标计算` : "指标计算", style: "title" }],
    ...topNotes(evaluation).map((text): OutputCell[] => [{ value: text, style: "subtitle" }]),
    legend,
  ];
  const units = orderedUnits(evaluation.units);
  const rows: OutputCell[][] = [
    ...top,
    cols.map((c): OutputCell => ({ value: c.header, style: "header" })),
    ...units.map((e) => cols.map((c) => c.cell(e))),
  ];
  return {
    name,
    rows,
    columnWidths: cols.map((c) => c.width),
    headerRow: top.length + 1,
    printHeader: printHeaderOf(meta),
    // 35 columns split into page-wide groups, each starting with 学校, 标识码 and 学段.
    print: printLayout({ name, headerRow: top.length + 1 }, { repeatColumns: 3 }),
    dataBars: dataBars(cols, units, top.length + 1),
  };
}
