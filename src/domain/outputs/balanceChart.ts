/**
 * The picture of one stage on the 差异系数 sheet (issue 5): a small table of every indicator's CV beside the
 * threshold, and a clustered column chart of that table with the threshold drawn as a line across it.
 *
 * The table is needed because a chart series is a range of cells, one per category: the stage table cannot serve
 * (its 指标, 差异系数 and 标准 columns are not adjacent, and in the composite pack 标准 is empty on indicator rows,
 * as only the composite is judged). So the threshold is repeated on each row here, and in the composite pack its
 * header says it is the composite's threshold rather than suggesting each indicator is judged. The table is in
 * every output: exceljs cannot write charts, and the numbers read well enough without one.
 */
import { STAGE_LABEL } from "../fields/dictionary";
import type { StageBalance } from "../evaluation/evaluate";
import { indicatorName } from "../packs/indicatorNames";
import type { RulePack } from "../packs/schema";
import { lastColumnSpanning, rangeAddress } from "./pictures";
import { NUMBER_FORMATS, type ColumnChart, type OutputCell } from "./writePlan";

/** Right of the stage table (columns A–G), after one empty column: I. */
const CHART_FIRST_COLUMN = 8;
/** About 470 points: room for eight indicator names under their columns. */
const CHART_WIDTH_CHARACTERS = 72;

const CV_SERIES = "差异系数";

export interface StagePicture {
  /** Heading, header and one row per balance indicator, in columns A–C. */
  readonly rows: OutputCell[][];
  /**
   * The chart of the table, once the sheet's layout is known: the table's header row and the rows the chart may
   * cover (the stage's own block, so it never hides another table), 0-based, and the sheet's column widths.
   */
  chart(tableHeader: number, top: number, bottom: number, widths: readonly number[]): ColumnChart;
}

/** Short category labels (no unit: a CV has none), so that the chart's axis stays legible. */
const category = (id: string) => `${id} ${indicatorName(id).name}`;

export function stagePicture(pack: RulePack, b: StageBalance): StagePicture {
  const label = STAGE_LABEL[b.stage];
  const composite = pack.coefficient.mode === "composite";
  const thresholdSeries = composite ? "综合差异系数标准" : "标准";
  const coefficient = (value: number | null | undefined): OutputCell =>
    value === null || value === undefined ? { value: null } : { value, numberFormat: NUMBER_FORMATS.coefficient };
  const ids = pack.balanceIndicators;
  const rows: OutputCell[][] = [
    [{ value: `${label}各项指标差异系数与标准（作图数据）`, style: "header" }],
    ["指标", CV_SERIES, thresholdSeries].map((value): OutputCell => ({ value, style: "header" })),
    ...ids.map((id): OutputCell[] => [{ value: category(id) }, coefficient(b.cv[id]), coefficient(b.threshold)]),
  ];
  return {
    rows,
    chart: (tableHeader, top, bottom, widths) => ({
      title: `${label}各项指标差异系数（${thresholdSeries} ${b.threshold}）`,
      dataRange: rangeAddress(tableHeader, 0, tableHeader + ids.length, 2),
      series: [{ name: CV_SERIES }, { name: thresholdSeries, line: true }],
      anchor: rangeAddress(top, CHART_FIRST_COLUMN, bottom, lastColumnSpanning(widths, CHART_FIRST_COLUMN, CHART_WIDTH_CHARACTERS)),
    }),
  };
}
