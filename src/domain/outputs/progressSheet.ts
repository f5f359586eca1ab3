/**
 * The 工作进度 sheet (docs/workbook-format.md §2.2, docs/method.md §1): the plan's milestones with their dates in the
 * statistical year, responsible units and status. 完成时限 and 状态 are the user's to edit; the next check reads
 * them back (dates also set the 整改清单 deadlines tied to a milestone), by the key in the hidden last column.
 */
import type { SheetGrid } from "../grid";
import { columnWidths, findColumns, headerCells, hiddenColumns, readRow, rowCells, sheetSchema, type PlacesOf } from "../sheetSchema";
import { placeText, printHeaderOf } from "./packNote";
import type { OutputCell, OutputSheet } from "./writePlan";
import { isProgressStatus, type ProgressReadBack, type ProgressStatus, type WorkCalendar } from "../calendar/calendar";

export const PROGRESS_SHEET = "工作进度";

/** The columns of 工作进度, shared by the writer and the read-back; users edit 完成时限 and 状态. */
export const PROGRESS_SCHEMA = sheetSchema(PROGRESS_SHEET, [
  { key: "index", header: "序号", width: 6 },
  { key: "work", header: "工作", width: 48 },
  { key: "date", header: "完成时限", width: 12, edited: true },
  { key: "responsible", header: "责任单位", width: 26 },
  { key: "status", header: "状态", width: 8, edited: true },
  { key: "basis", header: "依据", width: 40 },
  // `年度|milestone id`, so a sheet written for another year is recognised as such.
  { key: "key", header: "工作项标识", width: 16, hidden: true },
]);

export function progressSheet(calendar: WorkCalendar, meta: Readonly<Record<string, string>>, name: string = PROGRESS_SHEET): OutputSheet {
  const place = placeText(meta);
  const yearNote =
    calendar.year === null
      ? "登记表“填报说明”中没有统计年度，日期只写月日；填写统计年度（或 check --year）后按该年度排定。"
      : `日期按统计年度 ${calendar.year} 年排定；整改清单中数据整改、绿化整改的完成时限取自这里。`;
  const rows: OutputCell[][] = [
    [{ value: place ? `${place} 工作进度` : "工作进度", style: "title" }],
    [{ value: yearNote, style: "subtitle" }],
    [{ value: "完成时限和状态（未开始 / 进行中 / 已完成）可直接修改，重新审核时保留；改了日期的，整改清单随之改。", style: "info" }],
    headerCells(PROGRESS_SCHEMA),
    ...calendar.milestones.map((m, i): OutputCell[] =>
      rowCells(PROGRESS_SCHEMA, {
        index: { value: i + 1 },
        work: { value: m.work },
        date: { value: m.date },
        responsible: { value: m.responsible },
        status: { value: m.status },
        basis: { value: m.provenance.source },
        key: { value: `${calendar.year ?? ""}|${m.id}` },
      }),
    ),
  ];
  return { name, rows, columnWidths: columnWidths(PROGRESS_SCHEMA), headerRow: 4, printHeader: printHeaderOf(meta), hiddenColumns: hiddenColumns(PROGRESS_SCHEMA) };
}

/** Reads back a 工作进度 Junheng wrote: its year and each milestone's date and status (unknown statuses: 未开始). */
export function readProgressSheet(sheet: SheetGrid): ProgressReadBack {
  const entries = new Map<string, { date: string; status: ProgressStatus }>();
  let year: number | null = null;
  let columns: PlacesOf<typeof PROGRESS_SCHEMA> | null = null;
  for (const row of sheet.rows) {
    const header = findColumns(PROGRESS_SCHEMA, row, ["key"]);
    if (header) {
      columns = header;
      continue;
    }
    if (!columns) continue;
    const cells = readRow(PROGRESS_SCHEMA, row, columns);
    const [written, id] = cells.key.split("|");
    if (!id) continue;
    if (/^\d{4}$/.test(written)) year = Number(written);
    entries.set(id, { date: cells.date, status: isProgressStatus(cells.status) ? cells.status : "未开始" });
  }
  return { year, entries };
}
