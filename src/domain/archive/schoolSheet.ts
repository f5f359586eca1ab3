/**
 * 历年学校指标: every evaluation unit's indicators year by year — per school and stage one row per year, with the
 * columns of 指标计算 (the same cells, shading below standard and 是否达标) and 年度 beside 学段. The standards'
 * data bars share a scale across the years, so a school's progress towards its standard shows as a growing bar.
 */
import { printLayout } from "../layout/printLayout";
import { STAGES } from "../fields/dictionary";
import type { UnitEvaluation } from "../evaluation/evaluate";
import { columns as indicatorColumns, dataBars as indicatorDataBars, type Column } from "../outputs/indicatorSheet";
import { HIGHLIGHT_LABEL, type OutputCell, type OutputSheet } from "../outputs/writePlan";
import { archivePrintHeader, archiveTop, type Row } from "./archiveTop";
import type { ArchiveYear } from "./archiveYears";

export const ARCHIVE_SCHOOL_SHEET = "历年学校指标";

/** The year goes right after 学段 (the indicator sheet's third column), before the figures. */
const YEAR_AT = 3;

interface UnitYear {
  readonly year: ArchiveYear;
  readonly unit: UnitEvaluation;
}

/** By school code, then stage, then year: a school's rows stand together and read downwards in time. */
function unitYears(years: readonly ArchiveYear[]): UnitYear[] {
  const all = years.flatMap((year) => year.run.evaluation.units.map((unit) => ({ year, unit })));
  const stageOrder = (u: UnitYear) => STAGES.findIndex((s) => s.id === u.unit.unit.stage);
  return all.sort(
    (a, b) =>
      a.unit.unit.schoolId.localeCompare(b.unit.unit.schoolId) || stageOrder(a) - stageOrder(b) || Number(a.year.year) - Number(b.year.year),
  );
}

function withYear<T>(list: readonly T[], item: T): T[] {
  return [...list.slice(0, YEAR_AT), item, ...list.slice(YEAR_AT)];
}

export function archiveSchoolSheet(years: readonly ArchiveYear[], name: string = ARCHIVE_SCHOOL_SHEET): OutputSheet {
  const latest = indicatorColumns(years[years.length - 1].run.evaluation);
  // Per year, its columns by header (the first of a header, should one repeat): looked up for every cell.
  const byHeader = (cols: readonly Column[]) => {
    const map = new Map<string, Column>();
    for (const c of cols) if (!map.has(c.header)) map.set(c.header, c);
    return map;
  };
  const byYear = new Map(years.map((y) => [y.year, byHeader(indicatorColumns(y.run.evaluation))]));
  const legend: Row = [
    { value: "图例" },
    { value: HIGHLIGHT_LABEL.below, style: "below" },
    { value: "是否达标：1 = 达标；空白 = 未达标、未判定或不参加计算" },
  ];
  const top: Row[] = [...archiveTop(years, "历年学校指标", ["每所学校每个学段一年一行；标准按各年度登记表的标准参数（没有时按规则包）。"]), legend];
  const header = withYear(latest.map((c) => c.header), "年度");
  const rows = unitYears(years);
  const cellsOf = ({ year, unit }: UnitYear): OutputCell[] => {
    const cols = byYear.get(year.year) as Map<string, Column>;
    // Columns are found by header, so a year whose pack lacks an indicator leaves that cell empty.
    const cells = latest.map((c) => cols.get(c.header)?.cell(unit) ?? { value: null });
    return withYear(cells, { value: year.year });
  };
  const yearColumn: Column = { header: "年度", width: 6, cell: () => ({ value: null }) };
  return {
    name,
    rows: [...top, header.map((value): OutputCell => ({ value, style: "header" })), ...rows.map(cellsOf)],
    columnWidths: withYear(latest.map((c) => c.width), 6),
    headerRow: top.length + 1,
    printHeader: archivePrintHeader(years),
    // As 指标计算: page-wide column groups, each starting with 学校, 标识码, 学段 and 年度.
    print: printLayout({ name, headerRow: top.length + 1 }, { repeatColumns: 4 }),
    dataBars: indicatorDataBars(withYear(latest, yearColumn), rows.map((r) => r.unit), top.length + 1),
  };
}
