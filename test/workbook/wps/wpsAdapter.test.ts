/**
 * The WPS adapter beyond the shared contract: refusals before any change, screen updating and the user's sheet, how
 * many ET calls a read costs, selection both ways, fills where conditional formats are refused, and cell values.
 */
import { runCheck } from "../../../src/domain/check";
import type { WorkbookGrid } from "../../../src/domain/grid";
import { layoutRegister } from "../../../src/domain/layout/registerLayout";
import { checkWritePlan } from "../../../src/domain/outputs/checkPlan";
import { generateTownship } from "../../../src/domain/sample/generator";
import { sampleRegister } from "../../../src/domain/sample/sample";
import type { CellSelection } from "../../../src/workbook/host";
import { cellValue, valueRows } from "../../../src/workbook/wps/cellValues";
import { bgr } from "../../../src/workbook/wps/etApi";
import { WpsWorkbook } from "../../../src/workbook/wps/WpsWorkbook";
import { runSession, watchInputs, writeOutputSheets } from "../../../src/taskpane/session";
import { FakeEt } from "./fake/app";

function opened(grid: WorkbookGrid = layoutRegister(sampleRegister()).grid) {
  const et = new FakeEt(grid);
  return { et, host: new WpsWorkbook(et.application), plan: checkWritePlan(runCheck(grid), grid) };
}

function inReadingOrder(grid: WorkbookGrid): WorkbookGrid {
  const sheets = grid.sheets.map((s) => ({ ...s, merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left) }));
  return { ...grid, sheets };
}

const resultSheet = { name: "审核结果", rows: [[{ value: "级别" }]], columnWidths: [10], headerRow: 1, printHeader: { left: "勐往乡", right: "2016-09-01" } };

describe("WPS adapter", () => {
  it("leaves a protected sheet as it was and names it, writing the other sheets' highlights", async () => {
    const { et, host, plan } = opened();
    const sheet = plan.highlights[0].sheet;
    et.sheet(sheet).protectContents = true;
    const others = plan.highlights.filter((g) => g.sheet !== sheet).map((g) => g.sheet);
    expect(others.length).toBeGreaterThan(0);
    const before = et.snapshot(sheet);
    const othersBefore = others.map((n) => et.snapshot(n));
    const report = await host.write(plan);
    expect(report).toEqual({ notWritten: [`工作表「${sheet}」受保护，未能标色（审核结果照常显示）。如需标色，请在 WPS 表格 中撤销工作表保护后重新审核。`], lockedSheets: [sheet] });
    expect(et.snapshot(sheet)).toEqual(before);
    others.forEach((n, i) => expect(et.snapshot(n)).not.toEqual(othersBefore[i]));
  });

  it("says what to do when no workbook is open", async () => {
    const { et, host } = opened();
    et.open = false;
    await expect(host.read()).rejects.toThrow("WPS 表格中没有打开的工作簿。请先打开要审核的登记表，再点“开始审核”。");
  });

  it("writes with the screen not updating, alerts back on, and the user's sheet active again", async () => {
    const { et, host, plan } = opened();
    const active = et.activeSheet;
    await host.write({ ...plan, sheets: [resultSheet] });
    expect(et.writesWhileUpdating).toBe(0);
    expect([et.ScreenUpdating, et.DisplayAlerts]).toEqual([true, true]);
    expect(et.activeSheet).toBe(active);
    expect(et.sheetNames().slice(-2)).toEqual(["_junheng", "审核结果"]);
    expect(et.sheet("_junheng").visible).toBe(2);
  });

  it("reads a register in calls that grow with its sheets, not its schools", async () => {
    const small = opened();
    await small.host.read();
    const grid = layoutRegister(generateTownship({ seed: 2016, schoolCount: 2000 })).grid;
    const large = opened(grid);
    // Read in blocks (学生与班级 is over 50 000 cells here), and read exactly (merges come in reading order).
    expect(JSON.stringify(await large.host.read())).toBe(JSON.stringify(inReadingOrder(grid)));
    // Measured: the sample (9 schools, merged headers, seeded errors) 1 753 calls, 2 000 schools 1 255, 10 000 schools
    // 1 540 — about 0.3 s at WPS's 0.2 ms a call. Most are the merged-header search, none is one per school.
    expect(small.et.calls).toBeLessThan(2000);
    expect(large.et.calls).toBeLessThan(2000);
  });

  it("selects a finding's cell and follows the user's clicks until told to stop", async () => {
    const { et, host } = opened();
    await host.select({ sheet: "学生与班级", cell: "D7" });
    expect([et.activeSheet?.name, et.selection]).toEqual(["学生与班级", { sheet: "学生与班级", address: "D7" }]);
    await expect(host.select({ sheet: "改了名的表", cell: "A1" })).rejects.toThrow("找不到工作表「改了名的表」");

    const seen: CellSelection[] = [];
    const stop = await host.onSelectionChanged((s) => seen.push(s));
    et.userSelects("学校基本情况", "C5:E9");
    stop();
    et.userSelects("学校基本情况", "A1");
    expect(seen).toEqual([{ sheet: "学校基本情况", cell: "C5" }]);
    expect(et.listeners.size).toBe(0);
  });

  it("gives 整改清单's 状态 cells the drop-down of the three statuses, written twice over", async () => {
    const { et, host } = opened();
    const session = await runSession(host, {});
    for (let i = 0; i < 2; i++) await writeOutputSheets(host, session.run, session.grid);
    const sheet = et.sheet("整改清单");
    const listed = [...sheet.cells.entries()].filter(([, cell]) => cell.validation);
    expect(listed.length).toBe(session.run.rectification.length);
    for (const [, cell] of listed) expect(cell.validation).toEqual(["未整改", "整改中", "已完成"]);
    // Only the 状态 column (L).
    expect(new Set(listed.map(([k]) => k.split(":")[1]))).toEqual(new Set(["11"]));
  });

  it("marks the results stale when the workbook changes in WPS, not when Junheng writes or the user edits its sheets", async () => {
    const { et, host } = opened();
    const session = await runSession(host, {});
    const changed: string[] = [];
    const stop = await watchInputs(host, (sheet) => changed.push(sheet));
    // Junheng's own writes raise SheetChange too (values of the result sheets and its marker): not the user's.
    await writeOutputSheets(host, session.run, session.grid);
    expect(changed).toEqual([]);
    // An edit in a sheet Junheng wrote is expected and kept at the next write.
    et.userTypes("整改清单", "A3", "备注");
    expect(changed).toEqual([]);
    et.userTypes("学生与班级", "D8", 170);
    expect(changed).toEqual(["学生与班级"]);
    stop();
    et.userTypes("学生与班级", "D9", 12);
    expect(changed).toEqual(["学生与班级"]);
    expect(et.changeListeners.size).toBe(0);
  });

  describe("where WPS refuses conditional formats", () => {
    it("fills the cells and, on clear, restores each fill but one the user has recoloured since", async () => {
      const { et, host, plan } = opened();
      et.refuseConditionalFormats = true;
      const [first, second] = plan.highlights[0].cells;
      const sheet = et.sheet(plan.highlights[0].sheet);
      sheet.Range(first).Interior.Color = bgr("00B050");
      await host.write(plan);
      expect(et.ownFillOf(sheet.name, first)).not.toBe("00B050");
      sheet.Range(second).Interior.Color = bgr("7030A0"); // the user's own colour, after the check
      await host.clearHighlights();
      expect([et.ownFillOf(sheet.name, first), et.ownFillOf(sheet.name, second)]).toEqual(["00B050", "7030A0"]);
      expect(plan.highlights.flatMap((g) => g.cells.slice(2).map((c) => et.ownFillOf(g.sheet, c))).filter((f) => f !== null)).toEqual([]);
    });

    it("refuses to fill a structure-protected workbook, where the fills could not be recorded", async () => {
      const { et, host, plan } = opened();
      et.refuseConditionalFormats = true;
      et.structureProtected = true;
      await expect(host.write({ highlights: plan.highlights, sheets: [] })).rejects.toThrow(/无法为工作表「.+」添加条件格式，且工作簿结构受保护/);
      expect(plan.highlights.flatMap((g) => g.cells.map((c) => et.ownFillOf(g.sheet, c))).filter((f) => f !== null)).toEqual([]);
    });
  });
});

describe("WPS cell values", () => {
  it("tells an error code from the same number by the text the cell shows", () => {
    expect(cellValue(2007, "General", "#DIV/0!")).toEqual({ error: "#DIV/0!" });
    expect(cellValue(2007, "General", "2007")).toBe(2007);
    expect(cellValue("#N/A", "General")).toEqual({ error: "#N/A" });
    expect(cellValue(42614, "yyyy-mm-dd")).toEqual(new Date(Date.UTC(2016, 8, 1)));
    expect(cellValue(undefined, "General")).toBeNull();
    expect(cellValue("", "@")).toBeNull();
  });

  it("shapes Value2 as rows whether WPS gives rows, a flat row or column, or one value", () => {
    expect(valueRows([[1, 2]], 1)).toEqual([[1, 2]]);
    expect(valueRows([1, 2], 1)).toEqual([[1, 2]]);
    expect(valueRows([1, 2], 2)).toEqual([[1], [2]]);
    expect(valueRows(7, 1)).toEqual([[7]]);
  });
});
