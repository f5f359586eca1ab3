/**
 * 表Ⅱ-2 (docs/method.md §9): one row per counted unit with value and standard of every school standard, values below
 * standard shaded and 是否达标 = 1 or blank, as on the national form. Values built on data that still has errors
 * say so in 说明 (docs/method.md §2).
 */
import { STAGE_LABEL } from "../fields/dictionary";
import type { Evaluation, UnitEvaluation } from "../evaluation/evaluate";
import { cell, headerRow } from "./cells";
import { grouped, indicatorLabel, indicatorText, standardText } from "./format";
import type { ReportCell, ReportTable } from "./model";
import { countedUnits, excludedNote, standardsNotes } from "./standardsNotes";

function unitRow(e: UnitEvaluation, ids: readonly string[]): ReportCell[] {
  // The rule codes stay in 审核结果; the county reads only that the figures are not final.
  const note = e.dataErrors.length > 0 ? "数据有错误待改正，结果仅供参考" : "";
  return [
    cell(e.unit.name),
    cell(STAGE_LABEL[e.unit.stage]),
    cell(grouped(e.unit.students)),
    ...ids.flatMap((id) => [cell(indicatorText(id, e.indicators[id]), { shaded: e.below.includes(id) }), cell(standardText(id, e.thresholds[id]))]),
    cell(e.passed === true ? "1" : ""),
    cell(note),
  ];
}

export function standardsSchoolTable(evaluation: Evaluation): ReportTable {
  const ids = evaluation.pack.standardIndicators;
  return {
    id: "表Ⅱ-2",
    title: "表Ⅱ-2 小学、初中办学基本标准达标情况（分学校）",
    header: [
      headerRow(["学校", "学段", "学生数（人）", ...ids.map((id): [string, number] => [indicatorLabel(id), 2]), "该校综合评估是否达标", "说明"]),
      headerRow(["", "", "", ...ids.flatMap(() => ["现状值", "标准值"]), "", ""]),
    ],
    rows: countedUnits(evaluation).map((e) => unitRow(e, ids)),
    notes: [
      "低于标准的数值加底色；该校综合评估是否达标：1 = 达标，空白 = 未达标或未判定。",
      ...standardsNotes(evaluation),
      excludedNote(evaluation),
    ].filter((s): s is string => s !== null),
  };
}
