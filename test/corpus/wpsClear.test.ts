/**
 * Nothing lost in WPS: on the fake ET, the sample and every corpus workbook that can be read are decorated as users
 * do (fills, fonts, borders, number formats, a formula, their own conditional format), checked, written and cleared;
 * afterwards each input sheet is exactly as before. Twice: with highlights as conditional formats, and with a WPS
 * that refuses those, where highlights are fills recorded in the marker and restored on clear.
 */
import { runCheck } from "../../src/domain/check";
import type { WorkbookGrid } from "../../src/domain/grid";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import { HIGHLIGHT_COLOURS } from "../../src/domain/outputs/palette";
import { sampleRegister } from "../../src/domain/sample/sample";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { WpsWorkbook } from "../../src/workbook/wps/WpsWorkbook";
import { FakeEt } from "../workbook/wps/fake/app";
import { FakeCondition } from "../workbook/wps/fake/sheet";
import { CORPUS } from "./cases";

function decorate(et: FakeEt): void {
  for (const sheet of et.sheets) {
    let formulaPlaced = false;
    for (const [k, cell] of sheet.cells) {
      if (Number(k.split(":")[0]) % 2 === 0) cell.fill = 0xdaefe2;
      cell.font = { ...cell.font, name: "宋体", size: 10, italic: true };
      cell.border = "thin";
      if (typeof cell.value === "number") {
        cell.numberFormat = "#,##0";
        if (!formulaPlaced) {
          cell.formula = `=${cell.value}+0`;
          formulaPlaced = true;
        }
      }
    }
    const own = new FakeCondition(sheet, 2, "=$C2>500", [{ top: 1, left: 2, bottom: 40, right: 7 }]);
    own.colour = 0x00ffff;
    sheet.conditions.push(own);
  }
}

const cases = [
  { id: "示例登记表", grid: async (): Promise<WorkbookGrid> => layoutRegister(sampleRegister()).grid },
  ...CORPUS.filter((c) => c.findings !== undefined).map((c) => ({ id: c.id, grid: async () => (await ExcelJsWorkbook.load(await c.bytes())).read() })),
];

// Read and checked once per workbook, shared by both modes: the fake ET copies the grid, so nothing is shared state.
const checked = new Map<string, Promise<{ grid: WorkbookGrid; plan: ReturnType<typeof checkWritePlan> }>>();
const readable = cases.map((c) => ({
  id: c.id,
  checked: () => {
    if (!checked.has(c.id)) checked.set(c.id, c.grid().then((grid) => ({ grid, plan: checkWritePlan(runCheck(grid), grid) })));
    return checked.get(c.id)!;
  },
}));

describe.each([
  ["conditional formats", false],
  ["fills, where WPS refuses conditional formats", true],
])("nothing lost after clearing in WPS: highlights as %s", (_mode, refuse) => {
  it.each(readable.map((c) => [c.id, c] as const))("%s: write then clear leaves every input sheet as it was", async (_id, c) => {
    const { grid, plan } = await c.checked();
    const et = new FakeEt(grid);
    et.refuseConditionalFormats = refuse;
    decorate(et);
    const inputSheets = et.sheetNames();
    const before = inputSheets.map((name) => et.snapshot(name));
    const host = new WpsWorkbook(et.application);
    // As JSON: a deep comparison of a million-row sheet takes jest seconds.
    const valuesOf = async () => JSON.stringify((await host.read()).sheets.filter((s) => inputSheets.includes(s.name)));
    const valuesBefore = await valuesOf();

    await host.write(plan);
    const planned = plan.highlights.reduce((n, g) => n + g.cells.length, 0);
    for (const group of plan.highlights) {
      // A fill shows under any conditional format, the user's too: in that mode the cell's own fill is what was drawn.
      const shown = (cell: string) => (refuse ? et.ownFillOf(group.sheet, cell) : et.fillOf(group.sheet, cell));
      for (const cell of group.cells) expect({ cell, shows: shown(cell) }).toEqual({ cell, shows: HIGHLIGHT_COLOURS[group.kind] });
    }
    const drawn = inputSheets.reduce((n, name) => n + et.junhengConditions(name).length, 0);
    expect(drawn > 0).toBe(!refuse && planned > 0);
    // Values never change, whichever way the highlights are drawn.
    expect(await valuesOf()).toBe(valuesBefore);

    await host.clearHighlights();
    expect(inputSheets.map((name) => et.snapshot(name))).toEqual(before);
    expect(et.writesWhileUpdating).toBe(0);
  });
});
