/** Highlights as conditional formats: drawn over the user's formatting, removed leaving every cell as it was. */
import { parseCellAddress } from "../../../src/domain/grid";
import { type WritePlan } from "../../../src/domain/outputs/writePlan";
import { HIGHLIGHT_COLOURS } from "../../../src/domain/outputs/palette";
import { cellFor, type SheetState } from "./fake/state";
import { junhengFormats, open, seededSample } from "./fixtures";
import type { FakeExcel } from "./fakeExcel";

const { grid, plan } = seededSample();
const highlightsOnly: WritePlan = { highlights: plan.highlights, sheets: [] };
const inputSheets = grid.sheets.map((s) => s.name);

/** What a user might have done to the register: own fills, fonts, borders, formats and a rule of their own. */
function decorate(excel: FakeExcel): void {
  for (const group of plan.highlights) {
    const sheet = excel.sheet(group.sheet);
    const { row, col } = parseCellAddress(group.cells[0]);
    Object.assign(cellFor(sheet, row, col), { fill: "#00B050", numberFormat: "0.0", border: "thin" });
    cellFor(sheet, row, col).font.bold = true;
  }
  const first = excel.sheet(plan.highlights[0].sheet);
  first.formats.push({ id: "{user-1}", type: "Custom", formula: "=$C3>100", fill: "#FFFF00", fontColor: null, ranges: [{ top: 2, left: 0, bottom: 40, right: 30 }] });
}

function snapshots(excel: FakeExcel): Record<string, SheetState> {
  return Object.fromEntries(inputSheets.map((name) => [name, excel.snapshot(name)]));
}

describe("Office.js adapter: highlights", () => {
  it("has highlights of every kind to draw", () => {
    expect(new Set(plan.highlights.map((g) => g.kind))).toEqual(new Set(["error", "warning", "below"]));
  });

  it("paints the planned cells in their colours and changes no cell", async () => {
    const { excel, host } = open(grid);
    decorate(excel);
    const before = snapshots(excel);
    await host.write(highlightsOnly);
    for (const group of plan.highlights) {
      for (const cell of group.cells) expect([group.sheet, cell, excel.fillOf(group.sheet, cell)]).toEqual([group.sheet, cell, HIGHLIGHT_COLOURS[group.kind]]);
    }
    for (const name of inputSheets) {
      expect(excel.sheet(name).cells).toEqual(before[name].cells);
      expect(excel.sheet(name).formats.filter((f) => !junhengFormats(excel, name).includes(f))).toEqual(before[name].formats);
    }
  });

  it("clear restores every input sheet exactly: values, fills, fonts, borders, number formats, the user's rule", async () => {
    const { excel, host } = open(grid);
    decorate(excel);
    const before = snapshots(excel);
    await host.write(plan);
    await host.clearHighlights();
    expect(snapshots(excel)).toEqual(before);
    // The output sheets are Junheng's results, not highlights: they stay.
    expect(excel.sheetNames()).toEqual(expect.arrayContaining(plan.sheets.map((s) => s.name)));
  });

  it("writing again replaces the previous highlights instead of adding to them", async () => {
    const { excel, host } = open(grid);
    await host.write(highlightsOnly);
    const count = inputSheets.map((name) => junhengFormats(excel, name).length);
    await host.write(highlightsOnly);
    expect(inputSheets.map((name) => junhengFormats(excel, name).length)).toEqual(count);

    const errorsOnly = plan.highlights.filter((g) => g.kind === "error");
    const warning = plan.highlights.find((g) => g.kind === "warning")!;
    await host.write({ highlights: errorsOnly, sheets: [] });
    expect(excel.fillOf(warning.sheet, warning.cells[0])).toBeNull();
    expect(excel.fillOf(errorsOnly[0].sheet, errorsOnly[0].cells[0])).toBe(HIGHLIGHT_COLOURS.error);
  });

  it("shows above a user's rule that also fills, which shows again after clearing", async () => {
    const { excel, host } = open(grid);
    const group = plan.highlights[0];
    excel.sheet(group.sheet).formats.push({ id: "{user-2}", type: "Custom", formula: "=TRUE", fill: "#00FF00", fontColor: null, ranges: [{ top: 0, left: 0, bottom: 500, right: 60 }] });
    await host.write(highlightsOnly);
    expect(excel.fillOf(group.sheet, group.cells[0])).toBe(HIGHLIGHT_COLOURS[group.kind]);
    await host.clearHighlights();
    expect(excel.fillOf(group.sheet, group.cells[0])).toBe("00FF00");
  });

  it("clear removes Junheng's rules wherever they were copied, and only them", async () => {
    const { excel, host } = open(grid);
    await host.write(highlightsOnly);
    const sheet = excel.sheet(plan.highlights[0].sheet);
    const ours = junhengFormats(excel, sheet.name)[0];
    sheet.formats.push({ ...structuredClone(ours), id: "{copied}", ranges: [{ top: 100, left: 0, bottom: 100, right: 0 }] });
    sheet.formats.push({ id: "{lookalike}", type: "Custom", formula: '=A1="junheng"', fill: "#123456", fontColor: null, ranges: [{ top: 0, left: 0, bottom: 0, right: 0 }] });
    await host.clearHighlights();
    // A sync replaces the fake's state (batches are atomic), so look the sheet up again.
    expect(excel.sheet(sheet.name).formats.map((f) => f.id)).toEqual(["{lookalike}"]);
  });

  it("clear on a workbook without highlights reads and changes nothing", async () => {
    const { excel, host } = open(grid);
    await host.clearHighlights();
    expect(excel.syncs.every((s) => s.writes === 0)).toBe(true);
  });

  describe.each(["atomic", "sequential"] as const)("a protected sheet (%s batches)", (mode) => {
    it("is left exactly as it was and named, while the other sheets get their highlights", async () => {
      const { excel, host } = open(grid);
      excel.batchMode = mode;
      excel.protect("学生与班级");
      const before = excel.snapshot("学生与班级");
      const report = await host.write(plan);
      expect(report.notWritten).toEqual(["工作表「学生与班级」受保护，未能标色（审核结果照常显示）。如需标色，请在 Excel 中撤销工作表保护后重新审核。"]);
      expect(excel.snapshot("学生与班级")).toEqual(before);
      expect(excel.syncs.every((s) => s.error === null)).toBe(true);
      const others = plan.highlights.filter((g) => g.sheet !== "学生与班级");
      expect(others.length).toBeGreaterThan(0);
      for (const g of others) expect(excel.fillOf(g.sheet, g.cells[0])).not.toBeNull();
    });
  });

  it("refuses to clear highlights on a sheet protected since they were drawn", async () => {
    const { excel, host } = open(grid);
    await host.write(highlightsOnly);
    excel.protect("学生与班级");
    const count = junhengFormats(excel, "学生与班级").length;
    await expect(host.clearHighlights()).rejects.toThrow("工作表「学生与班级」受保护，无法清除标色。请在 Excel 中撤销工作表保护后再试。");
    expect(junhengFormats(excel, "学生与班级")).toHaveLength(count);
  });
});
