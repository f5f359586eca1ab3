/**
 * The WPS adapter applies the print layout the domain decided (layout/printLayout.ts), as the other writers do: A4 at
 * the layout's scale (never fit to one page width), print titles, the page header and page numbers, wrapped text at
 * the top of rows as tall as the layout says, merged notes and manual page breaks — and the fake ET keeps VBA's
 * rules for each of them.
 */
import { runCheck } from "../../../src/domain/check";
import { layoutRegister } from "../../../src/domain/layout/registerLayout";
import { printLayoutOf } from "../../../src/domain/layout/printLayout";
import { checkWritePlan } from "../../../src/domain/outputs/checkPlan";
import type { OutputSheet, WritePlan } from "../../../src/domain/outputs/writePlan";
import { sampleRegister } from "../../../src/domain/sample/sample";
import { WpsWorkbook } from "../../../src/workbook/wps/WpsWorkbook";
import { formatArea, key } from "./fake/cells";
import { FakeEt } from "./fake/app";

const grid = layoutRegister(sampleRegister()).grid;

describe("print layout written into WPS", () => {
  let et: FakeEt;
  let plan: WritePlan;
  let callsForSheets = 0;
  const data = (name: string): OutputSheet => plan.sheets.find((s) => s.name === name)!;

  beforeAll(async () => {
    et = new FakeEt(grid);
    plan = checkWritePlan(runCheck(grid), grid);
    await new WpsWorkbook(et.application).write({ highlights: [], sheets: plan.sheets });
    callsForSheets = et.calls;
  });

  it.each(["指标计算", "整改清单", "审核结果", "考核自查"])("%s: A4 at the layout's scale with its print titles, title and page numbers", (name) => {
    const layout = printLayoutOf(data(name));
    const page = et.sheet(name).page;
    expect(page).toMatchObject({ PaperSize: 9, Orientation: layout.landscape ? 2 : 1, Zoom: layout.scale, CenterHeader: layout.title, CenterFooter: "第 &P 页，共 &N 页" });
    // Never fitted to one page wide: the table breaks into page-wide column groups instead.
    expect(page.FitToPagesWide).toBeUndefined();
    expect(page.PrintTitleRows).toBe(layout.repeatRows ? `$${layout.repeatRows.first}:$${layout.repeatRows.last}` : undefined);
    expect(page.PrintTitleColumns).toBe(layout.repeatColumns > 0 ? `$A:$${"ABCDEFGH"[layout.repeatColumns - 1]}` : undefined);
    expect([page.LeftMargin, page.RightMargin]).toEqual([36, 36]);
  });

  it("指标计算 repeats 学校, 标识码, 学段 and its header row; 整改清单 repeats no row and breaks a page after each school", () => {
    expect([et.sheet("指标计算").page.PrintTitleColumns, et.sheet("指标计算").page.Zoom]).toEqual(["$A:$C", 80]);
    const list = et.sheet("整改清单");
    expect([list.page.PrintTitleRows, list.page.Zoom]).toEqual([undefined, 75]);
    const breaks = data("整改清单").pageBreaksAfter ?? [];
    expect(breaks.length).toBeGreaterThan(1);
    expect(list.pageBreaks).toEqual(breaks.map((row) => row + 1));
  });

  it.each(["指标计算", "整改清单", "审核结果", "考核自查"])("%s: wrapped cells at the top of rows as tall as the layout says", (name) => {
    const sheet = data(name);
    const fake = et.sheet(name);
    const wrapped = sheet.rows.flatMap((row, r) => row.flatMap((cell, c) => (cell.wrap ? [[r, c]] : [])));
    expect(wrapped.filter(([r, c]) => fake.cells.get(key(r, c))?.wrapText !== true || fake.cells.get(key(r, c))?.verticalAlignment !== -4160)).toEqual([]);
    const heights = (sheet.rowHeights ?? []).flatMap((h, r) => (h === null ? [] : [[r, h]]));
    expect(heights.length).toBeGreaterThan(0);
    expect([...fake.rowHeights].sort((a, b) => a[0] - b[0])).toEqual(heights);
  });

  it.each(["指标计算", "整改清单", "审核结果", "考核自查"])("%s: merged as the layout asks, the note kept in the first cell", (name) => {
    const sheet = data(name);
    const fake = et.sheet(name);
    expect(fake.merges.map((m) => formatArea(m, false))).toEqual(sheet.merges ?? []);
    for (const range of sheet.merges ?? []) {
      const first = range.split(":")[0];
      expect(fake.Range(first).Value2).toBe(sheet.rows[Number(first.replace(/^[A-Z]+/, "")) - 1][0].value);
    }
  });

  it("merges the long notes of 审核结果, 考核自查 and 整改清单", () => {
    expect(["审核结果", "考核自查", "整改清单"].filter((name) => et.sheet(name).merges.length === 0)).toEqual([]);
  });

  it("stays batched: the screen off throughout, and the layout a small part of the calls", () => {
    expect(et.writesWhileUpdating).toBe(0);
    // Measured: the sample's 8 output sheets take 838 calls (686 without the print layout), a 2 000-school township's
    // 4 043 (3 086) — mostly a page break and a merged title per school of 整改清单; ≈ 0.2 s more at 0.2 ms a call.
    expect(callsForSheets).toBeLessThan(1000);
  });
});

describe("the fake ET's rules for the print layout (VBA's)", () => {
  const sheetOf = () => {
    const et = new FakeEt({ sheets: [{ name: "表", rows: [["说明", "旁边"], [1, null]], merges: [], visibility: "visible" }], ownedSheets: [] });
    return { et, ws: et.sheet("表") };
  };

  it("Merge keeps the upper-left value, asking first (refused while DisplayAlerts is on); MergeCells = true merges too", () => {
    const { et, ws } = sheetOf();
    expect(() => ws.Range("A1:B1").Merge()).toThrow("等待用户确认");
    et.DisplayAlerts = false;
    ws.Range("A1:B1").Merge();
    expect([ws.Range("A1").Value2, ws.Range("B1").Value2, ws.Range("A1:B1").MergeCells]).toEqual(["说明", undefined, true]);
    expect(() => ws.Range("B1:C1").Merge()).toThrow("重叠");
    ws.Range("A2:C2").MergeCells = true;
    expect(ws.merges.map((m) => formatArea(m, false))).toEqual(["A1:B1", "A2:C2"]);
    ws.Range("A1").MergeCells = false;
    expect(ws.merges.map((m) => formatArea(m, false))).toEqual(["A2:C2"]);
  });

  it("RowHeight takes 0–409 points, Zoom 10–400 or false, print titles as absolute rows or columns", () => {
    const { ws } = sheetOf();
    ws.Range("1:2").RowHeight = 52;
    expect([ws.Range("1:1").RowHeight, ws.Range("1:3").RowHeight]).toEqual([52, null]);
    expect(() => (ws.Range("1:1").RowHeight = 410)).toThrow("0–409");
    expect(() => (ws.PageSetup.Zoom = 5)).toThrow("Zoom");
    expect(() => (ws.PageSetup.PrintTitleRows = "1:1")).toThrow("PrintTitleRows");
    expect(() => (ws.HPageBreaks.Add(ws.Range("A1")))).toThrow("第 1 行");
    ws.PageSetup.Zoom = false;
    expect(ws.page.Zoom).toBe(false);
  });
});
