/**
 * 表Ⅲ 校际均衡 (docs/method.md §4, §9): for 小学 and 初中 the township mean and the student-weighted CV of every balance
 * indicator to 3 decimals as published, then the composite against its threshold with the verdict — or, in a pack
 * that judges each CV (2017), each indicator's own verdict.
 */
import { STAGE_LABEL, STAGES } from "../fields/dictionary";
import type { StageId } from "../fields/types";
import type { Evaluation, StageBalance } from "../evaluation/evaluate";
import { basisText } from "./submission";
import { cell } from "./cells";
import { cvText, fixed, indicatorLabel, indicatorText, isPerStudent, plainNumber, townshipWord } from "./format";
import type { ReportCell, ReportTable } from "./model";

export type Verdict = "达到" | "未达到" | "无法判定";

export function verdictOf(passed: boolean | null): Verdict {
  return passed === null ? "无法判定" : passed ? "达到" : "未达到";
}

const verdictCell = (passed: boolean | null, bold = false): ReportCell => cell(verdictOf(passed), { shaded: passed === false, bold });

/** B6–B8 means also as 1 : n, the form readers know (docs/method.md §3.1). */
function meanText(id: string, mean: number | null | undefined): string {
  const text = indicatorText(id, mean);
  return isPerStudent(id) && mean !== null && mean !== undefined && mean > 0 ? `${text}（1 : ${fixed(1 / mean, 1)}）` : text;
}

/** The first row of a stage names it and its number of units; the rest leave it blank, as a merged cell reads. */
const stageCell = (b: StageBalance, first: boolean): ReportCell => cell(first ? `${STAGE_LABEL[b.stage]}（${b.units} 所）` : "");

function stageRows(evaluation: Evaluation, stage: StageId): ReportCell[][] {
  const b = evaluation.balance[stage];
  const each = evaluation.pack.coefficient.mode === "each";
  const limit = `≤ ${plainNumber(b.threshold)}`;
  if (b.units === 0) return [[stageCell(b, true), cell(`没有参加评估的${STAGE_LABEL[stage]}学校，不计算差异系数`, { span: 5 })]];
  const rows = evaluation.pack.balanceIndicators.map((id, i): ReportCell[] => {
    const cv = b.cv[id] ?? null;
    return [
      stageCell(b, i === 0),
      cell(indicatorLabel(id)),
      cell(meanText(id, b.mean[id])),
      cell(cvText(cv)),
      cell(each ? limit : ""),
      each ? verdictCell(cv === null ? null : cv <= b.threshold) : cell(""),
    ];
  });
  const summary = each
    ? [stageCell(b, false), cell("各项指标", { bold: true }), cell(""), cell(""), cell(limit, { bold: true }), verdictCell(b.passed, true)]
    : [stageCell(b, false), cell("综合差异系数", { bold: true }), cell(""), cell(cvText(b.composite), { bold: true }), cell(limit, { bold: true }), verdictCell(b.passed, true)];
  return [...rows, summary];
}

function notes(evaluation: Evaluation, word: string): string[] {
  const { pack } = evaluation;
  const rule =
    pack.coefficient.mode === "composite"
      ? `综合差异系数为 ${pack.balanceIndicators.length} 项指标差异系数（未四舍五入）的平均值，小学不高于 ${plainNumber(pack.coefficient.primary)}、初中不高于 ${plainNumber(pack.coefficient.junior)} 为达到。`
      : `每项指标的差异系数小学不高于 ${plainNumber(pack.coefficient.primary)}、初中不高于 ${plainNumber(pack.coefficient.junior)} 为达到。`;
  const out = [
    `${basisText(pack)}。${rule}`,
    `全${word}平均值为该项资源的全${word}合计除以学生总数；差异系数按各校学生数加权计算，保留三位小数。`,
  ];
  for (const s of STAGES) {
    const b = evaluation.balance[s.id];
    const counted = evaluation.units.filter((e) => e.unit.stage === s.id && !e.unit.excluded);
    for (const id of pack.balanceIndicators) {
      const reason = b.cvReason[id];
      if (b.units > 0 && reason) out.push(`${s.label} ${id} 差异系数无法计算：${reason}。`);
      const missing = counted.filter((e) => e.indicators[id] === null || e.indicators[id] === undefined).map((e) => e.unit.name);
      if (missing.length > 0 && !reason) out.push(`${s.label} ${id} 未计入（数据缺失或读不出）：${missing.join("、")}。`);
    }
    const flagged = counted.filter((e) => e.dataErrors.length > 0).map((e) => e.unit.name);
    if (flagged.length > 0) out.push(`${s.label}以下学校的数据仍有错误，差异系数按填报数据计算，仅供参考：${flagged.join("、")}。`);
  }
  return out;
}

export function balanceTable(evaluation: Evaluation, meta: Readonly<Record<string, string>>): ReportTable {
  const word = townshipWord(meta);
  return {
    id: "表Ⅲ",
    title: "表Ⅲ 校际间均衡情况",
    header: [[cell("学段"), cell("指标"), cell(`全${word}平均值`), cell("差异系数"), cell("标准"), cell("结论")]],
    rows: STAGES.flatMap((s) => stageRows(evaluation, s.id)),
    notes: notes(evaluation, word),
  };
}
