/** Pictures through Office.js (issue 5): data bars on fixed scales and a chart per stage, in the write's own syncs. */
import { runCheck } from "../../../src/domain/check";
import { cellAddress } from "../../../src/domain/grid";
import type { WritePlan } from "../../../src/domain/outputs/writePlan";
import { parseAreas, type Area } from "./fake/a1";
import type { ConditionalFormatState } from "./fake/state";
import type { FakeExcel } from "./fakeExcel";
import { junhengFormats, open, seededSample, syncsOf } from "./fixtures";

const { grid, plan } = seededSample();
const sheetsOnly: WritePlan = { highlights: [], sheets: plan.sheets };
const planned = (name: string) => plan.sheets.find((s) => s.name === name)!;
const areasOf = (ranges: readonly string[]): Area[] => ranges.flatMap((r) => parseAreas(r));

function dataBars(excel: FakeExcel, sheet: string): ConditionalFormatState[] {
  return excel.sheet(sheet).formats.filter((f) => f.type === "DataBar");
}

/** A data bar as the plan means it: its areas, bounds, colour, solid, left to right. */
const expectedBar = (bar: { ranges: readonly string[]; min: number; max: number; colour: string }) => ({
  ranges: areasOf(bar.ranges),
  dataBar: {
    lowerBoundRule: { type: "Number", formula: String(bar.min) },
    upperBoundRule: { type: "Number", formula: String(bar.max) },
    barDirection: "LeftToRight",
    fillColor: `#${bar.colour}`,
    gradientFill: false,
  },
});

describe("Office.js adapter: pictures", () => {
  it("draws every planned bar on its ranges with its fixed bounds (S6 小学 0 to 50)", async () => {
    const { excel, host } = open(grid);
    await host.write(plan);
    for (const name of ["指标计算", "差异系数"]) {
      const bars = planned(name).dataBars!;
      expect(bars.length).toBeGreaterThan(0);
      expect(dataBars(excel, name).map((f) => ({ ranges: f.ranges, dataBar: f.dataBar }))).toEqual(bars.map(expectedBar));
    }
    const s6 = dataBars(excel, "指标计算").find((f) => f.dataBar?.upperBoundRule.formula === "50");
    expect(s6?.dataBar?.lowerBoundRule).toEqual({ type: "Number", formula: "0" });
  });

  it("adds one chart per stage: clustered columns of the CVs, the threshold as a line, over the anchor cells", async () => {
    const { excel, host } = open(grid);
    await host.write(plan);
    const specs = planned("差异系数").charts!;
    const charts = excel.sheet("差异系数").charts;
    expect(charts).toHaveLength(2);
    charts.forEach((chart, i) => {
      const spec = specs[i];
      expect(chart.type).toBe("ColumnClustered");
      expect(chart.title).toBe(spec.title);
      expect(chart.seriesBy).toBe("Columns");
      expect(chart.source.area).toEqual(parseAreas(spec.dataRange)[0]);
      expect(chart.position).toEqual(parseAreas(spec.anchor)[0]);
      expect(chart.series.map((s) => [s.name, s.chartType])).toEqual([
        ["差异系数", null],
        ["综合差异系数标准", "Line"],
      ]);
    });
    // The series are real cells: the primary CVs and the threshold, read from the sheet as Excel would plot them.
    const [cvs, limit] = charts[0].series.map((s) => {
      const values: unknown[] = [];
      for (let r = s.values.top; r <= s.values.bottom; r++) values.push(excel.cell("差异系数", cellAddress(r, s.values.left))?.value);
      return values;
    });
    const { evaluation } = runCheck(grid);
    expect(cvs).toEqual(evaluation.pack.balanceIndicators.map((id) => evaluation.balance.primary.cv[id]));
    expect(new Set(limit)).toEqual(new Set([0.65]));
  });

  it("keeps a write at 3 syncs with the pictures, all queued with the values", async () => {
    const { excel, host } = open(grid);
    expect(await syncsOf(excel, () => host.write(plan))).toBe(3);
    expect(excel.syncs.every((s) => s.error === null)).toBe(true);
  });

  it("marks no data bar as a highlight: clearing highlights leaves bars and charts where they are", async () => {
    const { excel, host } = open(grid);
    await host.write(plan);
    const before = { bars: dataBars(excel, "指标计算"), coefficientBars: dataBars(excel, "差异系数"), charts: excel.sheet("差异系数").charts };
    expect(junhengFormats(excel, "指标计算")).toEqual([]);
    await host.clearHighlights();
    expect({ bars: dataBars(excel, "指标计算"), coefficientBars: dataBars(excel, "差异系数"), charts: excel.sheet("差异系数").charts }).toEqual(before);
    expect(plan.highlights.every((g) => junhengFormats(excel, g.sheet).length === 0)).toBe(true);
  });

  it("replaces the pictures with the sheet on the next run instead of adding to them", async () => {
    const { excel, host } = open(grid);
    await host.write(sheetsOnly);
    await host.write(sheetsOnly);
    expect(dataBars(excel, "指标计算")).toHaveLength(planned("指标计算").dataBars!.length);
    expect(excel.sheet("差异系数").charts).toHaveLength(2);
  });

  it("without RangeAreas (ExcelApi 1.8) gives each rectangle its own bar on the same scale", async () => {
    const { excel, host } = open(grid, { apiVersion: "1.8" });
    await host.write(plan);
    const expected = planned("指标计算").dataBars!.flatMap((bar) => bar.ranges.map((range) => expectedBar({ ...bar, ranges: [range] })));
    expect(dataBars(excel, "指标计算").map((f) => ({ ranges: f.ranges, dataBar: f.dataBar }))).toEqual(expected);
  });

  it("before ExcelApi 1.7 keeps the threshold as columns; before 1.6 writes the sheets without bars", async () => {
    const old = open(grid, { apiVersion: "1.6" });
    await old.host.write(sheetsOnly);
    expect(old.excel.sheet("差异系数").charts[0].series.map((s) => s.chartType)).toEqual([null, null]);
    expect(dataBars(old.excel, "差异系数")).toHaveLength(2);
    const older = open(grid, { apiVersion: "1.5" });
    await older.host.write(sheetsOnly);
    expect(dataBars(older.excel, "指标计算")).toEqual([]);
    expect(older.excel.sheet("差异系数").charts).toHaveLength(2);
  });
});
