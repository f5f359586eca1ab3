/**
 * The 工作进度 sheet (docs/workbook-format.md §2.2, docs/method.md §1): the plan's milestones with their dates in the
 * statistical year, responsible units and status. 完成时限 and 状态 are the user's to edit; the next check reads
 * them back (dates also set the 整改清单 deadlines tied to a milestone), by the key in the hidden last column.
 */
import type { SheetGrid } from "../grid";
import { cellText } from "./rectificationSheet";
import { placeText, printHeaderOf } from "./packNote";
import type { OutputCell, OutputSheet } from "./writePlan";
import { isProgressStatus, type ProgressReadBack, type ProgressStatus, type WorkCalendar } from "../calendar/calendar";

export const PROGRESS_SHEET = "工作进度";

const DATE_HEADER = "完成时限";
const STATUS_HEADER = "状态";
/** The hidden key: `年度|milestone id`, so a sheet written for another year is recognised as such. */
const KEY_HEADER = "工作项标识";
const HEADER = ["序号", "工作", DATE_HEADER, "责任单位", STATUS_HEADER, "依据", KEY_HEADER];
const WIDTHS = [6, 48, 12, 26, 8, 40, 16];

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
    HEADER.map((value): OutputCell => ({ value, style: "header" })),
    ...calendar.milestones.map((m, i): OutputCell[] => [
      { value: i + 1 },
      { value: m.work },
      { value: m.date },
      { value: m.responsible },
      { value: m.status },
      { value: m.provenance.source },
      { value: `${calendar.year ?? ""}|${m.id}` },
    ]),
  ];
  return { name, rows, columnWidths: WIDTHS, headerRow: 4, printHeader: printHeaderOf(meta), hiddenColumns: [HEADER.length] };
}

/** Reads back a 工作进度 Junheng wrote: its year and each milestone's date and status (unknown statuses: 未开始). */
export function readProgressSheet(sheet: SheetGrid): ProgressReadBack {
  const entries = new Map<string, { date: string; status: ProgressStatus }>();
  let year: number | null = null;
  let columns: { key: number; date: number; status: number } | null = null;
  for (const row of sheet.rows) {
    const labels = row.map((v) => cellText(v));
    if (labels.includes(KEY_HEADER)) {
      columns = { key: labels.indexOf(KEY_HEADER), date: labels.indexOf(DATE_HEADER), status: labels.indexOf(STATUS_HEADER) };
      continue;
    }
    if (!columns) continue;
    const [written, id] = cellText(row[columns.key]).split("|");
    if (!id) continue;
    if (/^\d{4}$/.test(written)) year = Number(written);
    const status = columns.status < 0 ? "" : cellText(row[columns.status]);
    entries.set(id, { date: columns.date < 0 ? "" : cellText(row[columns.date]), status: isProgressStatus(status) ? status : "未开始" });
  }
  return { year, entries };
}
