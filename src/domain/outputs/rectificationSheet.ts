/**
 * The 整改清单 sheet (docs/workbook-format.md §2, docs/method.md §8): one printable page group per school, naming the pack and the
 * data date, with each item's key in a hidden last column so the next run can keep what users set in 状态,
 * 责任单位 and 完成时限.
 */
import { STAGE_LABEL } from "../fields/dictionary";
import { cellAddress, type CellValue, type SheetGrid } from "../grid";
import { cellText, columnWidths, findColumns, headerCells, hiddenColumns, readRow, rowCells, sheetSchema, type PlacesOf } from "../sheetSchema";
import { FRACTION_UNIT, indicatorName } from "../packs/indicatorNames";
import type { RulePack } from "../packs/schema";
import { ruleById } from "../rules/registry";
import { groupDigits } from "../evaluation/formulas";
import {
  DANGEROUS,
  HUGE_CLASSES,
  isRectificationStatus,
  LARGE_CLASSES,
  type AddedRectificationRow,
  type CarriedOver,
  type RectificationItem,
} from "../evaluation/rectification";
import type { StageId } from "../fields/types";
import { overrideNote, packLine, placeText, printHeaderOf, referenceNote, thresholdOverrides } from "./packNote";
import type { OutputCell, OutputSheet } from "./writePlan";
import { printLayout } from "../layout/printLayout";

export const RECTIFICATION_SHEET = "整改清单";

export const STATUS_HEADER = "状态";
export const RESPONSIBLE_HEADER = "责任单位";
export const DEADLINE_HEADER = "完成时限";
/** Header of the hidden column holding each item's key; the read-back finds header rows by it and 状态. */
export const KEY_HEADER = "整改项标识";

export const SOURCE_HEADER = "来源";
/** The user's own notes on an item (经费已申请, 县级复评意见 …): kept on every later check. */
export const NOTE_HEADER = "备注";
export const PROBLEM_HEADER = "问题";
/** Where an item comes from: Junheng's own items say 本次审核; a row a user adds says 县级复评 or whatever they type. */
const OWN_SOURCE = "本次审核";
// 来源 comes after the hidden key so the columns earlier lists were read by keep their places. 学校 is each page's
// title, so its column is hidden: what is left fits one landscape A4 page, long text wrapping.
/** The columns of 整改清单, shared by the writer and the read-back; users edit 责任单位, 完成时限 and 状态 of Junheng's rows. */
export const RECTIFICATION_SCHEMA = sheetSchema(RECTIFICATION_SHEET, [
  { key: "index", header: "序号", width: 5 },
  { key: "school", header: "学校", width: 12, hidden: true },
  { key: "stage", header: "学段", width: 5 },
  { key: "problem", header: PROBLEM_HEADER, width: 22 },
  { key: "indicator", header: "指标", width: 12 },
  { key: "current", header: "现状值", width: 8 },
  { key: "standard", header: "标准值", width: 8 },
  { key: "gap", header: "差距", width: 9 },
  { key: "action", header: "整改措施", width: 20 },
  { key: "responsible", header: RESPONSIBLE_HEADER, width: 9, edited: true },
  { key: "deadline", header: DEADLINE_HEADER, width: 11, edited: true },
  { key: "status", header: STATUS_HEADER, width: 7, edited: true },
  { key: "note", header: NOTE_HEADER, width: 10, edited: true },
  { key: "key", header: KEY_HEADER, width: 30, hidden: true },
  { key: "source", header: SOURCE_HEADER, width: 8 },
]);
/** A header row has 状态 and the key column; every other column may have been deleted. */
const HEADER_NEEDS = ["key", "status"] as const;
/** A school's whole list across one page: 8 pt text (docs/workbook-format.md §2.3). */
const PRINT_SCALE_LIST = 75;
/** Under each school's list, for the school to sign before it goes to the township. */
export const SIGNATURE_LINE = "填表人：　　　　　　　　校长（签字）：　　　　　　　　日期：　　　　年　　月　　日";
const DONE_BUT_DETECTED = "【标为已完成，但本次审核仍发现此问题，请核实】";

const OTHER_LABELS: Readonly<Record<string, string>> = {
  [LARGE_CLASSES]: "大班额（56—65人）班数（个）",
  [HUGE_CLASSES]: "超大班额（66人及以上）班数（个）",
  [DANGEROUS]: "危房面积（㎡）",
};

/** What the 指标 column says: id, name and the unit 现状值 and 标准值 are in. */
function indicatorLabel(id: string): string {
  const other = OTHER_LABELS[id];
  if (other) return other;
  const rule = ruleById(id);
  if (rule) return `${id} ${rule.title}`;
  const { name, unit } = indicatorName(id);
  if (id === "S8") return `${id} ${name}`;
  return `${id} ${name}（${unit === FRACTION_UNIT ? "%" : unit}）`;
}

/**
 * 现状值 and 标准值 stay numbers (users sort and compare them), rounded for reading because output cells carry
 * no number format; rates are shown in percent, as the 指标 label says.
 */
function shownNumber(id: string, value: number | null): number | null {
  if (value === null) return null;
  const percent = indicatorName(id).unit === FRACTION_UNIT;
  return Number((percent ? value * 100 : value).toFixed(2));
}

/** 差距 is text with its unit ("1 000 册"), because one column holds ㎡, 册, 元 and 个 side by side. */
function gapText(item: RectificationItem): string {
  return item.gap === null ? "" : `${groupDigits(item.gap)} ${item.unit}`.trim();
}

/** 现状值 and 标准值 stay numbers but show their unit ("365 元"), so they never run into 差距 beside them. */
function withUnit(id: string, value: number | null): OutputCell {
  const { unit } = indicatorName(id);
  const shown = unit === FRACTION_UNIT ? "%" : OTHER_LABELS[id] || ruleById(id) ? "" : unit.replace(/[()（）"]/g, "");
  return shown ? { value: shownNumber(id, value), numberFormat: `General" ${shown}"` } : { value: shownNumber(id, value) };
}

function itemRow(item: RectificationItem, index: number): OutputCell[] {
  return rowCells(RECTIFICATION_SCHEMA, {
    index: { value: index },
    school: { value: item.schoolName },
    stage: { value: item.stage ? STAGE_LABEL[item.stage] : "全校" },
    problem: { value: item.doneButDetected ? `${DONE_BUT_DETECTED}${item.problem}` : item.problem },
    indicator: { value: indicatorLabel(item.indicator) },
    current: withUnit(item.indicator, item.current),
    standard: withUnit(item.indicator, item.standard),
    gap: { value: gapText(item) },
    action: { value: item.action },
    responsible: { value: item.responsible },
    deadline: { value: item.deadline },
    status: { value: item.typedStatus ?? item.status, ...(item.doneButDetected ? { style: "error" as const } : {}) },
    note: { value: item.note ?? "" },
    key: { value: item.key },
    source: { value: OWN_SOURCE },
  });
}

/** A row a user added, written back as they typed it (序号 renumbered to follow the school's items). */
function addedRow(row: AddedRectificationRow, index: number): OutputCell[] {
  return RECTIFICATION_SCHEMA.columns.map(({ key, header }): OutputCell => (key === "index" ? { value: index } : key === "key" ? { value: null } : { value: row.cells[header] ?? null }));
}

const headerRow = (): OutputCell[] => headerCells(RECTIFICATION_SCHEMA);

/**
 * The notes under the title, worded as on the other evaluation sheets: the pack, the data date and the counts;
 * which listed shortfalls rest on reference standards; which standards the workbook changed.
 */
function topNotes(items: readonly RectificationItem[], schools: number, meta: Readonly<Record<string, string>>, pack: RulePack): string[] {
  const listed = new Set(items.filter((i) => pack.standardIndicators.includes(i.indicator)).map((i) => `${i.indicator}|${i.stage}`));
  const used = pack.thresholds.filter((t) => listed.has(`${t.indicator}|${t.stage}`));
  const date = meta["数据日期"] ? `数据日期 ${meta["数据日期"]}` : "数据日期未填写";
  return [
    `${packLine(pack)}；${date}。共 ${schools} 所学校、${items.length} 项整改事项。`,
    referenceNote(used),
    overrideNote(thresholdOverrides(pack, [...new Set(used.map((t) => t.indicator))])),
  ].filter((s): s is string => s !== null);
}

/**
 * @param meta 填报说明 of the register (乡镇, 数据日期, 统计年度).
 * A school without items gets no group: the list is what has to be done, and the subtitle counts the schools.
 */
export function rectificationSheet(
  items: readonly RectificationItem[],
  meta: Readonly<Record<string, string>>,
  pack: RulePack,
  name: string = RECTIFICATION_SHEET,
  added: readonly AddedRectificationRow[] = [],
): OutputSheet {
  const bySchool = new Map<string, { name: string; items: RectificationItem[]; added: AddedRectificationRow[] }>();
  const groupOf = (id: string, schoolName: string) => {
    let group = bySchool.get(id);
    if (!group) bySchool.set(id, (group = { name: schoolName, items: [], added: [] }));
    return group;
  };
  for (const item of items) groupOf(item.schoolId, item.schoolName).items.push(item);
  // A row added above every school, or under a school with nothing left to do, keeps a group of its own.
  for (const row of added) groupOf(row.schoolId ?? "", row.schoolId ? row.schoolName : "其他事项").added.push(row);

  const place = placeText(meta);
  const rows: OutputCell[][] = [
    [{ value: place ? `${place} 整改清单` : "整改清单", style: "title" }],
    ...topNotes(items, bySchool.size, meta, pack).map((text): OutputCell[] => [{ value: text, style: "subtitle" }]),
    [{ value: "责任单位、完成时限和状态（未整改 / 整改中 / 已完成）可直接修改，重新生成清单时保留；在学校的清单中插入的行（来源填“县级复评”等）也会保留。", style: "info" }],
  ];
  const pageBreaksAfter: number[] = [];
  let firstHeader = 0;

  for (const [schoolId, group] of bySchool) {
    // Each school's list is a document of its own: its name as the page's title, one header, a signature line.
    rows.push([{ value: schoolId ? `${group.name}（${schoolId}）整改清单` : group.name, style: "title" }]);
    rows.push(headerRow());
    firstHeader ||= rows.length;
    group.items.forEach((item, i) => rows.push(itemRow(item, i + 1)));
    group.added.forEach((row, i) => rows.push(addedRow(row, group.items.length + i + 1)));
    rows.push([]);
    rows.push([{ value: SIGNATURE_LINE }]);
    pageBreaksAfter.push(rows.length);
  }
  if (bySchool.size === 0) {
    rows.push(headerRow());
    firstHeader = rows.length;
    rows.push([{ value: "无整改事项" }]);
  }

  return {
    name,
    rows,
    columnWidths: columnWidths(RECTIFICATION_SCHEMA),
    headerRow: firstHeader,
    printHeader: printHeaderOf(meta),
    // Every school's list brings its own title and header; a repeated header would print twice on its page.
    print: printLayout({ name, headerRow: firstHeader }, { repeatRows: null, title: "整改清单", scale: PRINT_SCALE_LIST }),
    pageBreaksAfter,
    hiddenColumns: hiddenColumns(RECTIFICATION_SCHEMA),
  };
}

type RectificationColumns = PlacesOf<typeof RECTIFICATION_SCHEMA>;

/** A 状态 typed in a 整改清单 that is none of the three statuses. */
export interface UnknownStatus {
  /** A1 address on the sheet. */
  readonly cell: string;
  readonly text: string;
}

/**
 * Reads back a 整改清单 written earlier (and maybe edited by users): key → status, responsible unit, deadline, 备注.
 * Only the three statuses count; anything else typed in 状态 counts as 未整改, is kept as typed (so writing the
 * sheet again does not erase it) and is listed in `unknown`, which the check reports as L-01. Rows without a
 * key (titles, school headings, rows users added) are skipped, and so are columns a user deleted.
 */
export function readRectificationSheet(sheet: SheetGrid, unknown: UnknownStatus[] = []): Map<string, CarriedOver> {
  const out = new Map<string, CarriedOver>();
  let columns: RectificationColumns | null = null;
  sheet.rows.forEach((row, r) => {
    const header = findColumns(RECTIFICATION_SCHEMA, row, HEADER_NEEDS);
    if (header) {
      columns = header;
      return;
    }
    if (!columns) return;
    const cells = readRow(RECTIFICATION_SCHEMA, row, columns);
    if (!cells.key) return;
    const status = cells.status;
    const known = status === "" || isRectificationStatus(status);
    if (!known) unknown.push({ cell: cellAddress(r, columns.status), text: status });
    out.set(cells.key, {
      status: isRectificationStatus(status) ? status : "未整改",
      responsible: cells.responsible,
      deadline: cells.deadline,
      ...(cells.note ? { note: cells.note } : {}),
      ...(known ? {} : { typedStatus: status }),
    });
  });
  return out;
}

export const STAGE_OF_LABEL: Readonly<Record<string, StageId>> = Object.fromEntries(Object.entries(STAGE_LABEL).map(([id, label]) => [label, id as StageId]));


/** The school of a group's title row ("坝散小学（5328221005）整改清单"; older lists: without 整改清单). */
function groupSchool(row: readonly CellValue[]): { id: string; name: string } | null {
  if (row.slice(1).some((v) => cellText(v) !== "")) return null;
  const match = /^(.*)（(\d{6,})）(整改清单)?$/.exec(cellText(row[0]));
  return match ? { id: match[2], name: match[1] } : null;
}

/**
 * The rows users added to a 整改清单 Junheng wrote: rows under a header with no key but with a 问题 (or 整改措施),
 * each with the school of the group it sits in and its cells by header, so the next list writes them back.
 */
export function readAddedRows(sheet: SheetGrid): AddedRectificationRow[] {
  const added: AddedRectificationRow[] = [];
  let school: { id: string; name: string } | null = null;
  let header: { labels: string[]; columns: RectificationColumns } | null = null;
  for (const row of sheet.rows) {
    const title = groupSchool(row);
    if (title !== null) {
      school = title;
      continue;
    }
    const columns = findColumns(RECTIFICATION_SCHEMA, row, HEADER_NEEDS);
    if (columns) {
      header = { labels: row.map((v) => cellText(v)), columns };
      continue;
    }
    if (!header) continue;
    const read = readRow(RECTIFICATION_SCHEMA, row, header.columns);
    if (read.key !== "" || (read.problem === "" && read.action === "")) continue;
    // By the header as the user has it. The sheet is written back with its own columns (备注 is the place for notes);
    // what a user typed in a column they added is read here but not written again.
    const cells: Record<string, string | number | null> = {};
    header.labels.forEach((label, c) => {
      if (!label || label === KEY_HEADER) return;
      const value = row[c];
      cells[label] = typeof value === "number" ? value : cellText(value) || null;
    });
    cells[STATUS_HEADER] = isRectificationStatus(read.status) ? read.status : "未整改";
    added.push({ schoolId: school?.id ?? null, schoolName: school?.name ?? "", cells });
  }
  return added;
}
