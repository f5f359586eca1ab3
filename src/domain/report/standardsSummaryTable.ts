/**
 * 表Ⅱ-1 (docs/method.md §9): per school standard and stage, how many counted units meet it, fall short of it, or are not
 * judged (no threshold set, or the value cannot be computed), and the same for the pack's pass rule. Units, not
 * schools: a 九年一贯制 school's 小学部 and 初中部 are judged each against its own stage's standard.
 */
import { STAGE_LABEL, STAGES } from "../fields/dictionary";
import type { StageId } from "../fields/types";
import type { Evaluation, UnitEvaluation } from "../evaluation/evaluate";
import { cell, headerRow } from "./cells";
import { NO_VALUE, indicatorLabel, standardText } from "./format";
import type { ReportCell, ReportTable } from "./model";
import { countedUnits, excludedNote, standardsNotes } from "./standardsNotes";

interface Tally {
  met: number;
  below: number;
  notJudged: number;
}

function tally(units: readonly UnitEvaluation[], id: string): Tally {
  const t: Tally = { met: 0, below: 0, notJudged: 0 };
  for (const e of units) {
    const value = e.indicators[id];
    if (e.thresholds[id] === null || e.thresholds[id] === undefined || value === null || value === undefined) t.notJudged += 1;
    else if (e.below.includes(id)) t.below += 1;
    else t.met += 1;
  }
  return t;
}

/** The standards the stage's units were held to: one value, or several where 城乡分类 differ (S1 城区 15 / 乡村 20). */
function standardsOf(units: readonly UnitEvaluation[], id: string): string {
  const texts = [...new Set(units.map((e) => standardText(id, e.thresholds[id])))];
  return texts.length > 0 ? texts.join(" / ") : NO_VALUE;
}

const counts = (t: Tally, shaded: boolean): ReportCell[] => [cell(String(t.met)), cell(String(t.below), { shaded: shaded && t.below > 0 }), cell(String(t.notJudged))];

export function standardsSummaryTable(evaluation: Evaluation): ReportTable {
  const units = countedUnits(evaluation);
  const byStage = (stage: StageId) => units.filter((e) => e.unit.stage === stage);
  const stages = STAGES.map((s) => s.id);
  const rows: ReportCell[][] = evaluation.pack.standardIndicators.map((id) => [
    cell(indicatorLabel(id)),
    ...stages.flatMap((stage) => [cell(standardsOf(byStage(stage), id)), ...counts(tally(byStage(stage), id), true)]),
  ]);
  const passTally = (stage: StageId): Tally => {
    const list = byStage(stage);
    return { met: list.filter((e) => e.passed === true).length, below: list.filter((e) => e.passed === false).length, notJudged: list.filter((e) => e.passed === null).length };
  };
  rows.push([cell("按达标规则判定", { bold: true }), ...stages.flatMap((stage) => [cell(""), ...counts(passTally(stage), true).map((c) => ({ ...c, bold: true }))])]);
  return {
    id: "表Ⅱ-1",
    title: "表Ⅱ-1 小学、初中办学基本标准达标情况（汇总）",
    header: [
      headerRow(["指标", ...stages.map((s): [string, number] => [`${STAGE_LABEL[s]}（参加评估 ${byStage(s).length} 所）`, 4])]),
      headerRow(["", ...stages.flatMap(() => ["标准", "达标（所）", "未达标（所）", "未判定（所）"])]),
    ],
    rows,
    notes: [
      ...standardsNotes(evaluation),
      "九年一贯制学校的小学部、初中部各按本学段标准判定，各计一所；“未判定”为标准值未设定或指标无法计算。",
      excludedNote(evaluation),
    ].filter((s): s is string => s !== null),
  };
}
