/**
 * Queues an output sheet's pictures (issue 5) with the rest of its content, in the same request: nothing here is
 * loaded or synced, so a write keeps its fixed number of syncs however many schools, bars or charts there are.
 *
 * Data bars are conditional formats without Junheng's highlight marker: they belong to an output sheet, which is
 * replaced whole on the next run, so "clear highlights" (which deletes only marked rules) leaves them alone.
 */
import type { ColumnChart, DataBar } from "../../domain/outputs/writePlan";
import { chunkAddresses } from "./addresses";
import { ACTION_OVERHEAD_BYTES, utf8Bytes, type RequestBudget } from "./payload";
import type { ApiSupport } from "./support";

/** Actions per data bar beyond the add: direction, two bounds, fill colour, gradient. */
const DATA_BAR_ACTIONS = 6;
/** Actions per chart beyond the add: title, position, and a name (and maybe a type) per series. */
const CHART_ACTIONS = 8;

/** Fixed bounds, solid fill, left to right: the same scale in every cell, as the plan means it. */
export async function writeDataBars(ws: Excel.Worksheet, bars: readonly DataBar[], support: ApiSupport, budget: RequestBudget): Promise<void> {
  // Before ExcelApi 1.6 there are no conditional formats to ask for; the numbers are there without bars.
  if (!support.conditionalFormats) return;
  for (const bar of bars) {
    // One format per getRanges address (several rectangles share it); one per rectangle without RangeAreas.
    for (const address of support.rangeAreas ? chunkAddresses(bar.ranges) : bar.ranges) {
      await budget.spend(utf8Bytes(address) + DATA_BAR_ACTIONS * ACTION_OVERHEAD_BYTES);
      const area = support.rangeAreas ? ws.getRanges(address) : ws.getRange(address);
      const format = area.conditionalFormats.add("DataBar").dataBar;
      format.barDirection = "LeftToRight";
      // Bound rules must be set as whole objects; setting `lowerBoundRule.formula` alone is not applied.
      format.lowerBoundRule = { type: "Number", formula: String(bar.min) };
      format.upperBoundRule = { type: "Number", formula: String(bar.max) };
      format.positiveFormat.fillColor = `#${bar.colour}`;
      format.positiveFormat.gradientFill = false;
    }
  }
}

/**
 * Clustered columns over the plan's table, one series per column after the first (seriesBy "Columns"), placed
 * over the anchor cells. Series are named explicitly rather than trusting Excel's guess at the header row, and a
 * `line` series (the threshold) becomes a line where Excel can change one series' type (ExcelApi 1.7).
 */
export async function writeCharts(ws: Excel.Worksheet, charts: readonly ColumnChart[], support: ApiSupport, budget: RequestBudget): Promise<void> {
  for (const spec of charts) {
    const names = spec.series.map((s) => s.name).join("");
    await budget.spend(utf8Bytes(spec.title + spec.dataRange + spec.anchor + names) + CHART_ACTIONS * ACTION_OVERHEAD_BYTES);
    const chart = ws.charts.add("ColumnClustered", ws.getRange(spec.dataRange), "Columns");
    chart.title.text = spec.title;
    const [start, end] = spec.anchor.split(":");
    chart.setPosition(start, end);
    spec.series.forEach((s, i) => {
      const series = chart.series.getItemAt(i);
      series.name = s.name;
      if (s.line && support.seriesChartType) series.chartType = "Line";
    });
  }
}
