/** The rest of the host: selecting cells, hearing selections, sheets gone between read and write, old Excel. */
import type { WorkbookGrid } from "../../../src/domain/grid";
import type { WritePlan } from "../../../src/domain/outputs/writePlan";
import { HostError, type CellSelection } from "../../../src/workbook/host";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { FakeExcel } from "./fakeExcel";
import { junhengFormats, open } from "./fixtures";

const grid: WorkbookGrid = {
  ownedSheets: [],
  sheets: [
    {
      name: "学生与班级",
      visibility: "visible",
      merges: [{ top: 0, left: 2, bottom: 0, right: 3 }],
      rows: [["学校标识码", "学校名称", "小学", null], [null, null, "合计", "班数"], [5328220001, "糯东小学", 120, 6]],
    },
    { name: "填报说明", visibility: "visible", merges: [], rows: [["数据日期", new Date(Date.UTC(2016, 8, 1))]] },
  ],
};

const plan: WritePlan = {
  highlights: [{ sheet: "学生与班级", kind: "error", cells: ["C3"] }],
  sheets: [{ name: "审核结果", rows: [[{ value: "级别" }]], columnWidths: [8], headerRow: 1, printHeader: { left: "", right: "" } }],
};

describe("Office.js adapter: host", () => {
  it("reads used ranges that do not start at A1, dates as dates and no marker sheet", async () => {
    const offset: WorkbookGrid = { ownedSheets: ["审核结果"], sheets: [{ name: "校舍", visibility: "visible", merges: [], rows: [[], [null, null, "合计"], [null, null, 12]] }] };
    const { host } = open(offset);
    expect(await host.read()).toEqual({ ownedSheets: ["审核结果"], sheets: [{ name: "校舍", visibility: "visible", merges: [], rows: [[], [null, null, "合计"], [null, null, 12]] }] });
    const dates = await open(grid).host.read();
    expect(dates.sheets[1].rows[0]).toEqual(["数据日期", new Date(Date.UTC(2016, 8, 1))]);
  });

  it("select() activates the sheet and selects the cell in one sync", async () => {
    const { excel, host } = open(grid);
    const before = excel.syncCount;
    await host.select({ sheet: "填报说明", cell: "B1" });
    expect(excel.syncCount - before).toBe(1);
    expect(excel.activeSheet()).toBe("填报说明");
    expect(excel.selection()).toEqual({ sheet: "填报说明", areas: "0:1:0:1" });
  });

  it("select() on a sheet that is gone is a HostError naming it", async () => {
    const { host } = open(grid);
    await expect(host.select({ sheet: "教职工", cell: "A1" })).rejects.toThrow("找不到工作表「教职工」");
  });

  it("reports the sheet and top-left cell of each selection until stopped", async () => {
    const { excel, host } = open(grid);
    const seen: CellSelection[] = [];
    const stop = await host.onSelectionChanged((selection) => seen.push(selection));
    await excel.fireSelectionChanged("学生与班级", "D3:F9");
    await excel.fireSelectionChanged("填报说明", "A2");
    // Several areas: Excel cannot give one range; nothing is reported and nothing breaks.
    await excel.fireSelectionChanged("填报说明", "A1, C3");
    stop();
    await excel.fireSelectionChanged("学生与班级", "A1");
    expect(seen).toEqual([
      { sheet: "学生与班级", cell: "D3" },
      { sheet: "填报说明", cell: "A2" },
    ]);
  });

  it("a sheet deleted between read and write is a HostError, and nothing is written", async () => {
    const { excel, host } = open(grid);
    await host.read();
    excel.deleteSheet("学生与班级");
    const failure = host.write(plan);
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toThrow("找不到工作表「学生与班级」，无法标色：它可能在审核之后被重命名或删除。请重新审核后再试。");
    expect(excel.sheetNames()).toEqual(["填报说明"]);
  });

  it("a sheet deleted while the write is under way (ItemNotFound from Excel) is a HostError too", async () => {
    const { excel, host } = open(grid);
    excel.beforeSync((index, fake) => {
      if (index === 2) fake.deleteSheet("学生与班级");
    });
    const failure = host.write(plan);
    await expect(failure).rejects.toThrow(/ItemNotFound.*重命名或删除/);
    expect(excel.sheetNames()).toEqual(["填报说明"]);
  });

  it("a lost connection is a HostError with the code and Excel's own words, which it keeps for an English pane", async () => {
    const { excel, host } = open(grid);
    excel.failNextSync("ConnectionFailure", "The connection to Excel was lost.");
    const failure = host.read();
    await expect(failure).rejects.toThrow("Excel 报告了错误，读取工作簿未完成（ConnectionFailure：The connection to Excel was lost.）。请关闭后重新打开加载项再试。");
    await expect(failure.catch((e: HostError) => e.excel)).resolves.toEqual({ code: "ConnectionFailure", message: "The connection to Excel was lost." });
  });

  it("before ExcelApi 1.13 reads without merged areas; before 1.6 refuses to highlight or clear", async () => {
    const noMerges = open(grid, { apiVersion: "1.12" });
    expect((await noMerges.host.read()).sheets[0].merges).toEqual([]);
    const old = open(grid, { apiVersion: "1.5" });
    expect((await old.host.read()).sheets[0].rows[2]).toEqual([5328220001, "糯东小学", 120, 6]);
    await expect(old.host.write(plan)).rejects.toThrow("需要 ExcelApi 1.6");
    await expect(old.host.clearHighlights()).rejects.toThrow("需要 ExcelApi 1.6");
    expect(old.excel.syncs.every((s) => s.writes === 0)).toBe(true);
  });

  it("an Excel too old for the read (before ExcelApi 1.4) is a HostError asking for a newer Excel", async () => {
    const { host } = open(grid, { apiVersion: "1.3" });
    await expect(host.read()).rejects.toThrow("此版本的 Excel 不支持均衡需要的功能，读取工作簿未完成（ApiNotFound）");
  });

  it("takes Excel.run as its batch runner in production", () => {
    // Type-level: the production wiring compiles; Excel.run itself only exists inside Office.
    const production = () => new OfficeWorkbook((batch) => Excel.run(batch));
    expect(typeof production).toBe("function");
  });

  it("without RangeAreas (ExcelApi 1.8) draws one format per rectangle, still removable", async () => {
    const { excel, host } = open(grid, { apiVersion: "1.8" });
    await host.write({ highlights: [{ sheet: "学生与班级", kind: "warning", cells: ["A3", "B3", "D3"] }], sheets: [] });
    const ranges = junhengFormats(excel, "学生与班级").map((f) => f.ranges);
    expect(ranges).toHaveLength(2);
    expect(ranges).toEqual(expect.arrayContaining([[{ top: 2, left: 0, bottom: 2, right: 1 }], [{ top: 2, left: 3, bottom: 2, right: 3 }]]));
    expect(excel.fillOf("学生与班级", "B3")).toBe("FFEB9C");
    await host.clearHighlights();
    expect(junhengFormats(excel, "学生与班级")).toEqual([]);
  });

  describe("with the Office global", () => {
    const global = globalThis as { Office?: unknown };
    afterEach(() => delete global.Office);

    it("asks Office.context.requirements which API sets Excel supports", async () => {
      const excel = new FakeExcel(grid);
      excel.apiVersion = "1.12";
      global.Office = excel.office;
      const host = new OfficeWorkbook(excel.run);
      expect((await host.read()).sheets[0].merges).toEqual([]);
      excel.apiVersion = "1.13";
      expect((await host.read()).sheets[0].merges).toEqual([{ top: 0, left: 2, bottom: 0, right: 3 }]);
    });
  });
});
