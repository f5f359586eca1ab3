/**
 * 历年审核与整改: how many findings (by severity) and 整改清单 items each year's register had — for the township,
 * then for each school year by year — so the archive shows whether the data and the schools got better. Findings
 * that belong to no school (township notes) count in the township rows only.
 */
import { RECTIFICATION_STATUSES } from "../evaluation/rectification";
import type { Finding } from "../findings";
import { columnRuns, indicatorBarMax } from "../outputs/pictures";
import { DATA_BAR_COLOUR } from "../outputs/palette";
import type { DataBar, OutputCell, OutputSheet } from "../outputs/writePlan";
import type { RectificationItem } from "../evaluation/rectification";
import { archivePrintHeader, archiveTop, type Row } from "./archiveTop";
import type { ArchiveYear } from "./archiveYears";

export const ARCHIVE_COUNTS_SHEET = "历年审核与整改";

export const TOWNSHIP_COLUMNS = ["年度", "来源文件", "学校数", "参加计算的评估单元", "错误", "警告", "其中已说明", "提示", "整改项", ...RECTIFICATION_STATUSES] as const;
export const SCHOOL_COLUMNS = ["学校", "标识码", "年度", "错误", "警告", "其中已说明", "提示", "整改项", ...RECTIFICATION_STATUSES] as const;

const NOT_RECORDED = "无记录";

/** Columns whose bars make a year with many problems stand out; one scale per column over the rows shown. */
const BARRED = ["错误", "整改项"] as const;

/**
 * @param recorded whether the year's workbook has a 整改清单 Junheng wrote: without one nobody recorded a status, so
 *   the status columns say 无记录 rather than counting every item 未整改.
 */
function counts(findings: readonly Finding[], items: readonly RectificationItem[], recorded: boolean): OutputCell[] {
  const of = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity);
  return [
    { value: of("error").length },
    { value: of("warning").length },
    { value: of("warning").filter((f) => f.explained).length },
    { value: of("info").length },
    { value: items.length },
    ...RECTIFICATION_STATUSES.map((s): OutputCell => ({ value: recorded ? items.filter((i) => i.status === s).length : NOT_RECORDED })),
  ];
}

/** Schools of a year: the register's codes, and any code a finding or item names (a school missing from 学校基本情况). */
function schoolsOf(year: ArchiveYear): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of year.run.register.sheets.schools?.rows ?? []) {
    if (row.key) names.set(row.key, typeof row.fields.name?.value === "string" ? row.fields.name.value : "");
  }
  for (const f of year.run.findings) if (f.schoolId && !names.has(f.schoolId)) names.set(f.schoolId, f.schoolName ?? "");
  for (const i of year.run.rectification) if (!names.has(i.schoolId)) names.set(i.schoolId, i.schoolName);
  return names;
}

function groupBy<T>(list: readonly T[], keyOf: (item: T) => string | null | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const key = keyOf(item);
    if (key === null || key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function bars(header: readonly string[], firstRow: number, rows: readonly Row[]): DataBar[] {
  return BARRED.flatMap((label): DataBar[] => {
    const col = header.indexOf(label);
    const max = indicatorBarMax(null, rows.map((r) => r[col].value as number));
    return max === null || rows.length === 0 ? [] : [{ ranges: columnRuns(col, rows.map((_, i) => firstRow + i)), min: 0, max, colour: DATA_BAR_COLOUR }];
  });
}

export function archiveCountsSheet(years: readonly ArchiveYear[], name: string = ARCHIVE_COUNTS_SHEET): OutputSheet {
  const header = (labels: readonly string[]): Row => labels.map((value): OutputCell => ({ value, style: "header" }));
  const top = archiveTop(years, "历年审核与整改", ["问题数按各年度登记表单独审核的结果统计；整改项的状态取自该年度工作簿中的整改清单（没有整改清单的年度写“无记录”）。"]);
  const townshipRows: Row[] = years.map((y) => [
    { value: y.year },
    { value: y.file },
    { value: y.run.summary.schools },
    { value: y.run.summary.units },
    ...counts(y.run.findings, y.run.rectification, y.run.rectificationRecorded),
  ]);

  const schools = new Map(years.map((y) => [y, schoolsOf(y)]));
  const latestName = new Map<string, string>();
  for (const y of years) for (const [code, n] of schools.get(y)!) if (n) latestName.set(code, n);
  const codes = [...new Set(years.flatMap((y) => [...schools.get(y)!.keys()]))].sort();
  // Each year's findings and items by school, grouped once rather than filtered for every school.
  const findingsBySchool = new Map(years.map((y) => [y, groupBy(y.run.findings, (f) => f.schoolId)]));
  const itemsBySchool = new Map(years.map((y) => [y, groupBy(y.run.rectification, (i) => i.schoolId)]));
  const schoolRows: Row[] = codes.flatMap((code) =>
    years
      .filter((y) => schools.get(y)!.has(code))
      .map((y): Row => [
        { value: latestName.get(code) ?? "" },
        { value: code },
        { value: y.year },
        ...counts(findingsBySchool.get(y)!.get(code) ?? [], itemsBySchool.get(y)!.get(code) ?? [], y.run.rectificationRecorded),
      ]),
  );

  const townshipTop = top.length + 2;
  const schoolHeading = townshipTop + townshipRows.length + 1;
  const rows: Row[] = [
    ...top,
    [{ value: "全乡合计", style: "header" }],
    header(TOWNSHIP_COLUMNS),
    ...townshipRows,
    [],
    [{ value: "各校", style: "header" }],
    header(SCHOOL_COLUMNS),
    ...schoolRows,
  ];
  return {
    name,
    rows,
    columnWidths: [24, 12, 8, 10, 8, 8, 10, 8, 8, 8, 8, 8],
    // The school table runs over pages, so its header is the one repeated; the township rows fit on the first page.
    headerRow: schoolHeading + 2,
    printHeader: archivePrintHeader(years),
    dataBars: [...bars(TOWNSHIP_COLUMNS, townshipTop, townshipRows), ...bars(SCHOOL_COLUMNS, schoolHeading + 2, schoolRows)],
  };
}
