/** The 审核结果 sheet (docs/workbook-format.md §2): summary counts and legend on top, then one row per finding. */
import { SEVERITY_LABEL, type Finding } from "../findings";
import type { CheckRun } from "../run";
import { ruleById } from "../rules/registry";
import { cellList } from "./cellList";
import { packLine, placeText, printHeaderOf } from "./packNote";
import { HIGHLIGHT_LABEL, type CellStyle, type OutputCell, type OutputSheet } from "./writePlan";

export const CHECK_RESULTS_SHEET = "审核结果";
const HEADER = ["级别", "规则", "学校", "工作表", "单元格", "说明", "处理情况"];
/**
 * 单元格 is 20 wide, "C10、E10、L10:N10" on one line (cellList.ts): the first printed page had the room (说明 prints
 * on the next in LibreOffice; in Excel 级别 to 说明 still fit one page width).
 */
const WIDTHS = [8, 34, 30, 14, 20, 70, 10];
const CELLS_WIDTH = WIDTHS[HEADER.indexOf("单元格")];

function findingRow(f: Finding): OutputCell[] {
  const rule = ruleById(f.rule);
  const school = f.schoolName ? (f.schoolId ? `${f.schoolName}（${f.schoolId}）` : f.schoolName) : (f.schoolId ?? "");
  const first = f.cells[0];
  const status = f.severity === "info" ? "—" : f.explained ? "已说明" : "未处理";
  return [
    { value: SEVERITY_LABEL[f.severity], style: f.severity },
    { value: rule ? `${f.rule} ${rule.title}` : f.rule },
    { value: school },
    { value: f.sheet ?? "" },
    first && f.sheet ? { value: cellList(f.cells, CELLS_WIDTH), link: { sheet: f.sheet, cell: first } } : { value: "" },
    { value: f.message },
    { value: status },
  ];
}

export function checkResultsSheet(run: CheckRun, name: string = CHECK_RESULTS_SHEET): OutputSheet {
  const place = placeText(run.meta);
  const s = run.summary;
  const legend: OutputCell[] = [
    { value: "图例" },
    ...(["error", "warning", "below"] as const).map((k): OutputCell => ({ value: HIGHLIGHT_LABEL[k], style: k as CellStyle })),
  ];
  const rows: OutputCell[][] = [
    [{ value: `审核结果${place ? ` — ${place}` : ""}`, style: "title" }],
    [{ value: `学校 ${s.schools} 所，参加差异系数计算的评估单元 ${s.units} 个；错误 ${s.error} 条，警告 ${s.warning} 条，提示 ${s.info} 条。${packLine(run.pack)}。点击“单元格”可跳到原表。`, style: "subtitle" }],
    legend,
    [],
    HEADER.map((value): OutputCell => ({ value, style: "header" })),
    ...run.findings.map(findingRow),
  ];
  return {
    name,
    rows,
    columnWidths: WIDTHS,
    headerRow: 5,
    printHeader: printHeaderOf(run.meta),
  };
}
