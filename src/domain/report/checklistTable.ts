/**
 * 表Ⅳ (docs/method.md §9, §10): the assessment items with their status and score — computed from the run where the item
 * is bound to a target, typed by the user in 考核自查 otherwise — and the fired vetoes the report shows first.
 * The checklist results come in as a parameter: they are produced beside the report, not by it.
 */
import type { ChecklistResult } from "../checklists/types";
import { cell, headerRow } from "./cells";
import { NO_VALUE, plainNumber } from "./format";
import type { ReportCell, ReportTable } from "./model";

const scoreText = (score: number | null) => (score === null ? NO_VALUE : plainNumber(score));

function itemRow(item: ChecklistResult, index: number): ReportCell[] {
  return [
    cell(String(index + 1)),
    cell(item.title),
    cell(item.computed ? "自动计算" : "人工填写"),
    cell(item.status, { shaded: item.status === "未达标" }),
    cell(item.evidence),
    cell(scoreText(item.score)),
    cell(scoreText(item.maxScore)),
  ];
}

const sumOf = (values: readonly (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);

export function checklistTable(checklist: readonly ChecklistResult[]): ReportTable {
  const items = checklist.filter((c) => c.kind === "assessment");
  const scored = items.filter((c) => c.score !== null);
  const pending = items.filter((c) => c.status === "待填");
  const rows = items.map(itemRow);
  if (items.length > 0) {
    rows.push([
      cell(""),
      cell(`已评分 ${scored.length} 项合计`, { bold: true }),
      cell(""),
      cell(""),
      cell(""),
      cell(plainNumber(sumOf(scored.map((c) => c.score))), { bold: true }),
      cell(plainNumber(sumOf(scored.map((c) => c.maxScore))), { bold: true }),
    ]);
  }
  const computed = items.filter((c) => c.computed).length;
  return {
    id: "表Ⅳ",
    title: "表Ⅳ 考核项目自查情况",
    header: [headerRow(["序号", "考核项目", "方式", "状态", "依据", "得分", "满分"])],
    rows,
    notes:
      items.length === 0
        ? ["本次没有考核项目的自查结果（见“考核自查”表）。"]
        : [
            `共 ${items.length} 项：自动计算 ${computed} 项（按本次统计数据和普及目标计算），人工填写 ${items.length - computed} 项（在“考核自查”表中填写状态、依据和得分）。`,
            pending.length > 0 ? `待填 ${pending.length} 项：${pending.map((c) => c.title).join("、")}。` : null,
          ].filter((s): s is string => s !== null),
  };
}

export function isFiredVeto(item: ChecklistResult): boolean {
  return item.kind === "veto" && item.status === "否决";
}

/** `存在超大班额：勐往乡中学（66人及以上班级 1 个）` — the veto, where it fired, and what it rests on. */
export function vetoText(item: ChecklistResult): string {
  const where = item.where.length > 0 ? `：${item.where.join("、")}` : "";
  const evidence = item.evidence.trim() ? `（${item.evidence.trim()}）` : "";
  return `${item.title}${where}${evidence}`;
}

export function vetoTexts(checklist: readonly ChecklistResult[]): string[] {
  return checklist.filter(isFiredVeto).map(vetoText);
}
