/**
 * The 整改清单 sheet (workbook.md §2, domain.md §8): one printable page group per school, naming the pack and the
 * data date, with each item's key in a hidden last column so the next run can keep what users set in 状态,
 * 责任单位 and 完成时限.
 */
import { STAGE_LABEL } from "../fields/dictionary";
import { cellAddress, isCellError, type CellValue, type SheetGrid } from "../grid";
import { FRACTION_UNIT, indicatorName } from "../packs/indicatorNames";
import type { RulePack } from "../packs/schema";
import { ruleById } from "../rules/registry";
import { groupDigits } from "../evaluation/formulas";
import {
  DANGEROUS,
  HUGE_CLASSES,
  isRectificationStatus,
  LARGE_CLASSES,
  type CarriedOver,
  type RectificationItem,
} from "../evaluation/rectification";
import { overrideNote, packLine, placeText, printHeaderOf, referenceNote, thresholdOverrides } from "./packNote";
import type { OutputCell, OutputSheet } from "./writePlan";

export const RECTIFICATION_SHEET = "整改清单";

export const STATUS_HEADER = "状态";
export const RESPONSIBLE_HEADER = "责任单位";
export const DEADLINE_HEADER = "完成时限";
/** Header of the hidden column holding each item's key; the read-back finds header rows by it and 状态. */
export const KEY_HEADER = "整改项标识";

const HEADER = ["序号", "学校", "学段", "问题", "指标", "现状值", "标准值", "差距", "整改措施", RESPONSIBLE_HEADER, DEADLINE_HEADER, STATUS_HEADER, KEY_HEADER];
const KEY_COLUMN = HEADER.length;
const WIDTHS = [6, 18, 6, 44, 26, 10, 10, 14, 44, 30, 12, 8, 30];

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

function itemRow(item: RectificationItem, index: number): OutputCell[] {
  return [
    { value: index },
    { value: item.schoolName },
    { value: item.stage ? STAGE_LABEL[item.stage] : "全校" },
    { value: item.problem },
    { value: indicatorLabel(item.indicator) },
    { value: shownNumber(item.indicator, item.current) },
    { value: shownNumber(item.indicator, item.standard) },
    { value: gapText(item) },
    { value: item.action },
    { value: item.responsible },
    { value: item.deadline },
    { value: item.typedStatus ?? item.status },
    { value: item.key },
  ];
}

const headerRow = (): OutputCell[] => HEADER.map((value): OutputCell => ({ value, style: "header" }));

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
): OutputSheet {
  const bySchool = new Map<string, RectificationItem[]>();
  for (const item of items) bySchool.set(item.schoolId, [...(bySchool.get(item.schoolId) ?? []), item]);

  const place = placeText(meta);
  const rows: OutputCell[][] = [
    [{ value: place ? `${place} 整改清单` : "整改清单", style: "title" }],
    ...topNotes(items, bySchool.size, meta, pack).map((text): OutputCell[] => [{ value: text, style: "subtitle" }]),
    [{ value: "责任单位、完成时限和状态（未整改 / 整改中 / 已完成）可直接修改，重新生成清单时保留。", style: "info" }],
  ];
  const pageBreaksAfter: number[] = [];
  let firstHeader = 0;

  for (const [schoolId, schoolItems] of bySchool) {
    rows.push([{ value: `${schoolItems[0].schoolName}（${schoolId}）`, style: "subtitle" }]);
    rows.push(headerRow());
    firstHeader ||= rows.length;
    schoolItems.forEach((item, i) => rows.push(itemRow(item, i + 1)));
    pageBreaksAfter.push(rows.length);
  }
  if (items.length === 0) {
    rows.push(headerRow());
    firstHeader = rows.length;
    rows.push([{ value: "无整改事项" }]);
  }

  return {
    name,
    rows,
    columnWidths: WIDTHS,
    headerRow: firstHeader,
    printHeader: printHeaderOf(meta),
    pageBreaksAfter,
    hiddenColumns: [KEY_COLUMN],
  };
}

function isoDate(d: Date): string {
  // Date cells come back as UTC midnight of the typed day.
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return "";
  if (value instanceof Date) return isoDate(value);
  return String(value).trim();
}

interface Columns {
  readonly key: number;
  readonly status: number;
  readonly responsible: number;
  readonly deadline: number;
}

/** The columns of a header row, or null when the row is not one (it needs 状态 and the key column). */
function headerColumns(row: readonly CellValue[]): Columns | null {
  const labels = row.map((v) => cellText(v));
  const at = (label: string) => labels.indexOf(label);
  const columns = { key: at(KEY_HEADER), status: at(STATUS_HEADER), responsible: at(RESPONSIBLE_HEADER), deadline: at(DEADLINE_HEADER) };
  return columns.key < 0 || columns.status < 0 ? null : columns;
}

/** A 状态 typed in a 整改清单 that is none of the three statuses. */
export interface UnknownStatus {
  /** A1 address on the sheet. */
  readonly cell: string;
  readonly text: string;
}

/**
 * Reads back a 整改清单 written earlier (and maybe edited by users): key → status, responsible unit, deadline.
 * Only the three statuses count; anything else typed in 状态 counts as 未整改, is kept as typed (so writing the
 * sheet again does not erase it) and is listed in `unknown`, which the check reports as L-01. Rows without a
 * key (titles, school headings, rows users added) are skipped, and so are columns a user deleted.
 */
export function readRectificationSheet(sheet: SheetGrid, unknown: UnknownStatus[] = []): Map<string, CarriedOver> {
  const out = new Map<string, CarriedOver>();
  let columns: Columns | null = null;
  sheet.rows.forEach((row, r) => {
    const header = headerColumns(row);
    if (header) {
      columns = header;
      return;
    }
    if (!columns) return;
    const key = cellText(row[columns.key]);
    if (!key) return;
    const status = cellText(row[columns.status]);
    const text = (col: number) => (col < 0 ? "" : cellText(row[col]));
    const known = status === "" || isRectificationStatus(status);
    if (!known) unknown.push({ cell: cellAddress(r, columns.status), text: status });
    out.set(key, {
      status: isRectificationStatus(status) ? status : "未整改",
      responsible: text(columns.responsible),
      deadline: text(columns.deadline),
      ...(known ? {} : { typedStatus: status }),
    });
  });
  return out;
}
