/**
 * The 整改清单 summary of the report (docs/method.md §8, §9): school, problem, gap, responsible unit, deadline and status
 * per item, in the order of the 整改清单 sheet; actions, current and standard values stay in that sheet.
 */
import { STAGE_LABEL } from "../fields/dictionary";
import { RECTIFICATION_STATUSES, type RectificationItem } from "../evaluation/rectification";
import { cell, headerRow } from "./cells";
import { grouped } from "./format";
import type { ReportCell, ReportTable } from "./model";

/** 差距 with its unit ("792 册", "49.98 ㎡"), since one column holds ㎡, 册, 元 and 个 side by side. */
export function gapText(item: RectificationItem): string {
  if (item.gap === null) return "";
  const decimals = Number.isInteger(item.gap) ? 0 : 2;
  return `${grouped(item.gap, decimals)} ${item.unit}`.trim();
}

function itemRow(item: RectificationItem, index: number): ReportCell[] {
  return [
    cell(String(index + 1)),
    cell(item.schoolName),
    cell(item.stage ? STAGE_LABEL[item.stage] : "全校"),
    cell(item.problem),
    cell(gapText(item)),
    cell(item.responsible),
    cell(item.deadline),
    cell(item.status),
  ];
}

export function rectificationTable(items: readonly RectificationItem[], meta: Readonly<Record<string, string>>): ReportTable {
  const byStatus = RECTIFICATION_STATUSES.map((s) => `${s} ${items.filter((i) => i.status === s).length} 项`).join("、");
  return {
    id: "整改清单",
    title: "整改清单（汇总）",
    header: [headerRow(["序号", "学校", "学段", "问题", "差距", "责任单位", "完成时限", "状态"])],
    rows: items.map(itemRow),
    notes: [
      items.length > 0 ? `共 ${items.length} 项：${byStatus}。整改措施、现状值和标准值见“整改清单”工作表。` : "本次审核没有需要整改的事项。",
      meta["数据日期"] ? `数据日期：${meta["数据日期"]}。` : null,
    ].filter((s): s is string => s !== null),
  };
}
