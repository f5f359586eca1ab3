/**
 * Nothing lost in the add-in: on the recording fake of Excel, every corpus workbook that can be read (the sample is
 * in test/workbook/office/officeHighlights) is decorated as users do, checked, written and cleared; afterwards each
 * input sheet is exactly as before — values, formulas, fills, fonts, borders, number formats, merges and the user's
 * own conditional format.
 */
import { runCheck } from "../../src/domain/check";
import { keyRow } from "../workbook/office/fake/state";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import type { FakeExcel } from "../workbook/office/fakeExcel";
import { junhengFormats, open } from "../workbook/office/fixtures";
import { CORPUS } from "./cases";

function decorate(excel: FakeExcel): void {
  for (const name of excel.sheetNames()) {
    const sheet = excel.sheet(name);
    let formulaPlaced = false;
    for (const [key, cell] of sheet.cells) {
      if (keyRow(key) % 2 === 0) cell.fill = "#E2EFDA";
      cell.font = { ...cell.font, name: "宋体", size: 10, italic: true };
      cell.border = "thin";
      if (typeof cell.value === "number") {
        cell.numberFormat = "#,##0";
        if (!formulaPlaced && cell.type === "Double") {
          cell.formula = `=${cell.value}+0`;
          formulaPlaced = true;
        }
      }
    }
    sheet.formats.push({ id: `{user-${name}}`, type: "Custom", formula: "=$C2>500", fill: "#FFFF00", fontColor: null, ranges: [{ top: 1, left: 2, bottom: 40, right: 7 }] });
  }
}

describe("nothing lost after clearing in the add-in", () => {
  it.each(CORPUS.filter((c) => c.findings !== undefined).map((c) => [c.id, c] as const))("%s: write then clear leaves every input sheet as it was", async (_id, c) => {
    const grid = await (await ExcelJsWorkbook.load(await c.bytes())).read();
    const plan = checkWritePlan(runCheck(grid), grid);
    const { excel, host } = open(grid);
    decorate(excel);
    const inputSheets = excel.sheetNames();
    const before = inputSheets.map((name) => excel.snapshot(name));

    await host.write(plan);
    const drawn = inputSheets.reduce((n, name) => n + junhengFormats(excel, name).length, 0);
    expect(drawn > 0).toBe(plan.highlights.length > 0);
    await host.clearHighlights();

    expect(inputSheets.map((name) => excel.snapshot(name))).toEqual(before);
    expect(excel.sheetNames()).toEqual(expect.arrayContaining(plan.sheets.map((s) => s.name)));
  });
});
