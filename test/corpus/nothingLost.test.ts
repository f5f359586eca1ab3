/**
 * Nothing lost through the command line: for the sample and every corpus workbook that can be read, each input
 * sheet of the checked copy has every value, formula, number format, font, border, fill, note, merge, size,
 * conditional format and data validation of the user's file, and the user's file itself is byte for byte the same.
 * The only difference allowed is the highlight fill of the cells the check's plan names.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCheck } from "../../src/domain/check";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import { HIGHLIGHT_COLOURS } from "../../src/domain/outputs/writePlan";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { runCli, tempDir } from "../helpers/cli";
import { CORPUS } from "./cases";
import { heldCells, sheetShot } from "./sheetShot";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF7F7F7F" } };

/**
 * What users do to a register: fonts, borders, fills, number formats and alignment on every used cell, a formula
 * kept with its result, a note, column widths and row heights, a conditional format and a data validation.
 */
async function decorate(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = await load(bytes);
  for (const ws of workbook.worksheets) {
    ws.eachRow((row, r) => {
      row.eachCell((cell) => {
        cell.font = { name: "宋体", size: 10, italic: r > 1, color: { argb: "FF1F4E79" } };
        cell.border = { top: thin, left: thin, bottom: thin, right: thin };
        cell.alignment = { vertical: "middle", horizontal: r === 1 ? "center" : "right" };
        if (typeof cell.value === "number") cell.numFmt = "#,##0";
        if (r % 2 === 0) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
      });
    });
    const numeric = ws.getRow(Math.min(ws.rowCount, 4)).findCell(3);
    if (numeric && typeof numeric.value === "number") numeric.value = { formula: `${numeric.value}+0`, result: numeric.value };
    const named = ws.getCell("B3");
    if (named.value !== null) named.note = "用户批注：已电话核实";
    ws.getColumn(2).width = 24;
    ws.getRow(1).height = 32;
    ws.addConditionalFormatting({ ref: "C2:H40", rules: [{ type: "cellIs", operator: "greaterThan", priority: 1, formulae: [500], style: { font: { color: { argb: "FFC00000" } } } }] });
    ws.getCell("C2").dataValidation = { type: "whole", operator: "greaterThanOrEqual", allowBlank: true, formulae: [0] };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The cells the check highlights, by sheet, as the command line computes them. */
async function highlightedCells(bytes: Uint8Array): Promise<Map<string, Set<string>>> {
  const grid = await (await ExcelJsWorkbook.load(bytes)).read();
  const cells = new Map<string, Set<string>>();
  for (const group of checkWritePlan(runCheck(grid), grid).highlights) {
    const set = cells.get(group.sheet) ?? new Set<string>();
    group.cells.forEach((c) => set.add(c));
    cells.set(group.sheet, set);
  }
  return cells;
}

const root = tempDir();
const sampleCase = {
  id: "示例登记表",
  bytes: async () => {
    const file = path.join(root, "示例登记表.xlsx");
    expect((await runCli(["sample", "--out", file])).code).toBe(0);
    return new Uint8Array(readFileSync(file));
  },
};
const readable = [sampleCase, ...CORPUS.filter((c) => c.findings !== undefined)];

describe("nothing lost in the checked copy", () => {
  it.each(readable.map((c, i) => [c.id, c, i] as const))("%s: every input sheet as it was, only the planned cells highlighted", async (_id, c, i) => {
    const dir = path.join(root, `case${i}`);
    mkdirSync(dir, { recursive: true });
    const input = path.join(dir, "登记表.xlsx");
    const output = path.join(dir, "登记表.审核.xlsx");
    const bytes = await decorate(await c.bytes());
    writeFileSync(input, bytes);

    const run = await runCli(["check", input, "--quiet"]);
    expect(run.code).toBeLessThan(2);
    expect(readFileSync(input).equals(Buffer.from(bytes))).toBe(true);

    const before = await load(bytes);
    const after = await load(new Uint8Array(readFileSync(output)));
    const highlights = await highlightedCells(bytes);
    const colours = new Set(Object.values(HIGHLIGHT_COLOURS).map((rgb) => `FF${rgb}`));
    expect(after.worksheets.slice(0, before.worksheets.length).map((ws) => ws.name)).toEqual(before.worksheets.map((ws) => ws.name));
    let checked = 0;
    for (const ws of before.worksheets) {
      const cells = highlights.get(ws.name) ?? new Set<string>();
      const was = sheetShot(ws, cells);
      const now = sheetShot(after.getWorksheet(ws.name)!, cells, heldCells(ws));
      expect(now.model).toEqual(was.model);
      for (const [address, fill] of Object.entries(now.highlightFills)) {
        expect([address, colours.has((fill as ExcelJS.FillPattern).fgColor?.argb ?? "")]).toEqual([address, true]);
        checked++;
      }
    }
    expect(checked).toBe([...highlights.values()].reduce((n, set) => n + set.size, 0));
  });
});
