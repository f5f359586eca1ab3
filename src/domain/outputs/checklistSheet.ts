/**
 * The 考核自查 sheet (docs/workbook-format.md §2, docs/method.md §10): the veto items first (a fired veto at the top), then the
 * assessment items, each marked 自动 (computed by the run, regenerated every time) or 手填 (the user's status,
 * evidence and score, read back on the next run). Item ids sit in a hidden last column so rows can be matched
 * whatever users do to the order or the titles.
 */
import { packLine, placeText, printHeaderOf } from "./packNote";
import type { CellStyle, OutputCell, OutputSheet } from "./writePlan";
import type { RulePack } from "../packs/schema";
import { checklistTotals, firedVetoes } from "../checklists/evaluateChecklist";
export { CHECKLIST_SHEET } from "../checklists/checklistColumns";
export { readChecklistSheet, type ChecklistSheetReading, type ChecklistSheetProblem } from "../checklists/readChecklistSheet";
import { CHECKLIST_SCHEMA, CHECKLIST_SHEET, COMPUTED_LABEL, MANUAL_LABEL } from "../checklists/checklistColumns";
import { columnWidths, headerCells, hiddenColumns, rowCells } from "../sheetSchema";
import { ASSESSMENT_STATUSES, VETO_STATUSES, type ChecklistKind, type ChecklistResult, type ChecklistStatus } from "../checklists/types";

const BLOCKS: readonly { kind: ChecklistKind; title: string }[] = [
  { kind: "veto", title: "一票否决" },
  { kind: "assessment", title: "考核指标" },
];

const STATUS_STYLE: Partial<Record<ChecklistStatus, CellStyle>> = { 否决: "error", 未达标: "below", 待填: "warning" };

function itemRow(r: ChecklistResult, index: number): OutputCell[] {
  const style = STATUS_STYLE[r.status];
  return rowCells(CHECKLIST_SCHEMA, {
    index: { value: index },
    title: { value: r.title },
    type: { value: r.computed ? COMPUTED_LABEL : MANUAL_LABEL },
    status: style ? { value: r.status, style } : { value: r.status },
    evidence: { value: r.evidence },
    score: { value: r.score },
    maxScore: { value: r.maxScore },
    key: { value: r.id },
  });
}

function summaryLine(results: readonly ChecklistResult[]): string {
  const fired = firedVetoes(results);
  const vetoText =
    fired.length > 0
      ? `一票否决：已触发 ${fired.length} 项（${fired.map((r) => `${r.title}${r.where.length ? `：${r.where.join("、")}` : ""}`).join("；")}）`
      : "一票否决：未触发";
  const totals = checklistTotals(results);
  return `${vetoText}。考核指标：已得 ${totals.score} 分，满分 ${totals.maxScore} 分；待填 ${totals.pending} 项。`;
}

/** Say so when the items are not an official list, so nobody takes the reference checklist for Yunnan's own. */
function provenanceNote(pack: RulePack): string | null {
  const reference = pack.checklist.filter((i) => i.provenance.kind !== "official");
  if (reference.length === 0) return null;
  const which = reference.length === pack.checklist.length ? "以下项目均" : `${reference.map((i) => i.id).join("、")}`;
  return `${which}为参考项目：云南省“23项考核指标”“四项一票否决指标”的正式清单未公开，现列已知的国家考核项目，满分为占位值；来源见规则包，可在规则包中修改。`;
}

const INSTRUCTIONS =
  `“${MANUAL_LABEL}”项目请在状态、依据、得分栏填写，重新审核时保留；“${COMPUTED_LABEL}”项目每次按登记表重新计算，自动计分为达标得满分、未达标 0 分。` +
  `状态可填：考核指标 ${ASSESSMENT_STATUSES.join(" / ")}；一票否决项 ${VETO_STATUSES.join(" / ")}。`;

/**
 * @param meta 填报说明 of the register (乡镇, 数据日期, 统计年度).
 * @param pack the run's pack, named on the sheet.
 */
export function checklistSheet(
  results: readonly ChecklistResult[],
  meta: Readonly<Record<string, string>>,
  pack: RulePack,
  name: string = CHECKLIST_SHEET,
): OutputSheet {
  const place = placeText(meta);
  const date = meta["数据日期"] ? `数据日期 ${meta["数据日期"]}` : "数据日期未填写";
  const rows: OutputCell[][] = [
    [{ value: place ? `${place} 考核自查` : "考核自查", style: "title" }],
    [{ value: `${packLine(pack)}；${date}。`, style: "subtitle" }],
    [{ value: summaryLine(results), style: firedVetoes(results).length > 0 ? "error" : "subtitle" }],
    ...[provenanceNote(pack), INSTRUCTIONS].filter((t): t is string => t !== null).map((value): OutputCell[] => [{ value, style: "info" }]),
  ];
  const header = (): OutputCell[] => headerCells(CHECKLIST_SCHEMA);
  let firstHeader = 0;
  for (const block of BLOCKS) {
    const items = results.filter((r) => r.kind === block.kind);
    if (items.length === 0) continue;
    // Fired vetoes lead their block, as they lead the report and the task pane.
    const ordered = block.kind === "veto" ? [...firedVetoes(items), ...items.filter((r) => r.status !== "否决")] : items;
    rows.push([], [{ value: block.title, style: "subtitle" }], header());
    firstHeader ||= rows.length;
    ordered.forEach((r, i) => rows.push(itemRow(r, i + 1)));
  }
  if (results.length === 0) {
    rows.push([], header(), [{ value: "规则包未设考核项目。" }]);
    firstHeader = rows.length - 1;
  }
  return {
    name,
    rows,
    columnWidths: columnWidths(CHECKLIST_SCHEMA),
    headerRow: firstHeader,
    printHeader: printHeaderOf(meta),
    hiddenColumns: hiddenColumns(CHECKLIST_SCHEMA),
  };
}
