/** The fake's data bars and charts must fail where Excel fails, or the pictures' tests prove nothing. */
import type { WorkbookGrid } from "../../../src/domain/grid";
import { FakeExcel } from "./fakeExcel";

const grid: WorkbookGrid = {
  ownedSheets: [],
  sheets: [
    {
      name: "图表",
      visibility: "visible",
      merges: [],
      rows: [
        ["指标", "差异系数", "标准"],
        ["B1", 0.17, 0.65],
        ["B2", 0.24, 0.65],
        ["B3", 0.6, 0.65],
      ],
    },
  ],
};

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "no error",
    (e: { code?: string }) => e.code,
  );

describe("fake Excel: data bars", () => {
  it("starts with Excel's defaults, takes whole bound rules and reads them back only once loaded", async () => {
    const excel = new FakeExcel(grid);
    await excel.run(async (context) => {
      const bar = context.workbook.worksheets.getItem("图表").getRange("B2:B4").conditionalFormats.add("DataBar").dataBar;
      await context.sync();
      expect(excel.sheet("图表").formats[0].dataBar).toMatchObject({ lowerBoundRule: { type: "Automatic" }, gradientFill: true, barDirection: "Context" });
      bar.lowerBoundRule = { type: "Number", formula: "0" };
      bar.upperBoundRule = { type: "Number", formula: "0.975" };
      bar.positiveFormat.fillColor = "#638EC6";
      bar.positiveFormat.gradientFill = false;
      await context.sync();
      const loaded = context.workbook.worksheets.getItem("图表").getRange().conditionalFormats.load({ type: true, dataBarOrNullObject: { upperBoundRule: true } });
      expect(() => loaded.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(loaded.items[0].dataBarOrNullObject.upperBoundRule).toEqual({ type: "Number", formula: "0.975" });
      expect(() => loaded.items[0].dataBarOrNullObject.barDirection).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(excel.sheet("图表").formats[0].dataBar).toEqual({
      lowerBoundRule: { type: "Number", formula: "0" },
      upperBoundRule: { type: "Number", formula: "0.975" },
      barDirection: "Context",
      fillColor: "#638EC6",
      gradientFill: false,
    });
    // A data bar paints no fill: the cell's own fill shows.
    expect(excel.fillOf("图表", "B2")).toBeNull();
  });

  it("rejects a Number bound without a number, a lowest value as the upper bound, and data bars before ExcelApi 1.6", async () => {
    const attempt = (apply: (bar: Excel.DataBarConditionalFormat) => void, apiVersion = "1.13") => {
      const excel = new FakeExcel(grid);
      excel.apiVersion = apiVersion;
      return codeOf(
        excel.run(async (context) => {
          apply(context.workbook.worksheets.getItem("图表").getRange("B2:B4").conditionalFormats.add("DataBar").dataBar);
          await context.sync();
        }),
      );
    };
    expect(await attempt((bar) => (bar.upperBoundRule = { type: "Number", formula: "" }))).toBe("InvalidArgument");
    expect(await attempt((bar) => (bar.upperBoundRule = { type: "LowestValue" }))).toBe("InvalidArgument");
    expect(await attempt((bar) => (bar.barDirection = "LeftToRight"), "1.5")).toBe("ApiNotFound");
  });

  it("has no data-bar properties on another type of format: dataBar fails, dataBarOrNullObject is null", async () => {
    const excel = new FakeExcel(grid);
    await excel.run(async (context) => {
      const custom = context.workbook.worksheets.getItem("图表").getRange("A1").conditionalFormats.add("Custom");
      custom.custom.rule.formula = "=TRUE";
      const probe = custom.dataBarOrNullObject.load({ barDirection: true });
      await context.sync();
      expect(probe.isNullObject).toBe(true);
      custom.dataBar.barDirection = "LeftToRight";
      expect(await codeOf(context.sync())).toBe("ItemNotFound");
    });
  });
});

describe("fake Excel: charts", () => {
  it("reads series by columns from a table: header names, first column categories", async () => {
    const excel = new FakeExcel(grid);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("图表");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:C4"), "Columns");
      chart.title.text = "小学";
      chart.setPosition("E2", "K20");
      const series = chart.series.load("items/name");
      expect(() => series.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(series.items.map((s) => s.name)).toEqual(["差异系数", "标准"]);
      expect(() => series.items[0].chartType).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      chart.series.getItemAt(1).chartType = "Line";
      await context.sync();
    });
    const [chart] = excel.sheet("图表").charts;
    expect(chart).toMatchObject({ type: "ColumnClustered", title: "小学", position: { top: 1, left: 4, bottom: 19, right: 10 } });
    expect(chart.series).toEqual([
      { name: "差异系数", chartType: null, values: { top: 1, bottom: 3, left: 1, right: 1 } },
      { name: "标准", chartType: "Line", values: { top: 1, bottom: 3, left: 2, right: 2 } },
    ]);
  });

  it("rejects a series' own type before ExcelApi 1.7, a series that does not exist, and charts on a protected sheet", async () => {
    const attempt = (apply: (ws: Excel.Worksheet) => void, prepare: (excel: FakeExcel) => void = () => undefined) => {
      const excel = new FakeExcel(grid);
      prepare(excel);
      return codeOf(
        excel.run(async (context) => {
          apply(context.workbook.worksheets.getItem("图表"));
          await context.sync();
        }),
      );
    };
    const chart = (ws: Excel.Worksheet) => ws.charts.add("ColumnClustered", ws.getRange("A1:C4"), "Columns");
    expect(await attempt((ws) => (chart(ws).series.getItemAt(1).chartType = "Line"), (e) => (e.apiVersion = "1.6"))).toBe("ApiNotFound");
    expect(await attempt((ws) => (chart(ws).series.getItemAt(2).name = "多余"))).toBe("ItemNotFound");
    expect(await attempt((ws) => chart(ws), (e) => e.protect("图表"))).toBe("AccessDenied");
    expect(await attempt((ws) => ws.charts.add("Invalid", ws.getRange("A1:C4"), "Columns"))).toBe("InvalidArgument");
  });
});
