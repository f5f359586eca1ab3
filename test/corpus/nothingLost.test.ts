/**
 * Nothing lost through the command line: for the sample and every corpus workbook that can be read (decorated with
 * fonts, borders, fills, formats, a formula, a note, sizes, a conditional format and a validation), every part of
 * the checked copy that Junheng does not add to is byte for byte the user's; a highlighted sheet differs only by
 * Junheng's conditional formats, the styles part only by formats appended after the user's, and every value reads
 * the same. The user's file itself is byte for byte the same.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCheck } from "../../src/domain/check";
import type { SheetGrid } from "../../src/domain/grid";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import { HIGHLIGHT_COLOURS } from "../../src/domain/outputs/palette";
import { PackageWorkbook } from "../../src/workbook/package/PackageWorkbook";
import { junhengHighlights, partsOf, sheetParts, textOfPart, withoutJunhengRules } from "../helpers/checkedCopy";
import { runCli, tempDir } from "../helpers/cli";
import { CORPUS } from "./cases";

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

/** The cells the check highlights, with their colours, by sheet, as the command line computes them. */
async function plannedHighlights(bytes: Uint8Array): Promise<Map<string, Map<string, string>>> {
  const grid = await (await PackageWorkbook.load(bytes)).read();
  const cells = new Map<string, Map<string, string>>();
  for (const group of checkWritePlan(runCheck(grid), grid).highlights) {
    const map = cells.get(group.sheet) ?? new Map<string, string>();
    group.cells.forEach((c) => map.set(c, HIGHLIGHT_COLOURS[group.kind]));
    cells.set(group.sheet, map);
  }
  return cells;
}

/** The parts a check may change: the workbook, its relationships, the content types and the styles. */
const PATCHED = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);

/** Each section of the user's styles part is the start of the copy's: formats are only appended. */
function expectStylesAppendedOnly(before: string, after: string): void {
  for (const section of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]) {
    const body = (xml: string) => new RegExp(`<${section}[^>]*>([\\s\\S]*?)</${section}>`).exec(xml)?.[1] ?? "";
    expect([section, body(after).startsWith(body(before))]).toEqual([section, true]);
  }
}

/**
 * A sheet with its row count and only its rows that hold a cell, by index: the same comparison, but Jest's deep
 * equality over the million empty rows of a sheet used down to row 1 048 576 took 6.5 s.
 */
const withRowsFilled = (sheet: SheetGrid) => ({ ...sheet, rows: sheet.rows.length, filled: sheet.rows.flatMap((row, r) => (row.length > 0 ? [[r, row]] : [])) });

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
  it.each(readable.map((c, i) => [c.id, c, i] as const))("%s: every part as it was, only the planned cells highlighted", async (_id, c, i) => {
    const dir = path.join(root, `case${i}`);
    mkdirSync(dir, { recursive: true });
    const input = path.join(dir, "登记表.xlsx");
    const output = path.join(dir, "登记表.审核.xlsx");
    const bytes = await decorate(await c.bytes());
    writeFileSync(input, bytes);

    const run = await runCli(["check", input, "--quiet"]);
    expect(run.code).toBeLessThan(2);
    expect(readFileSync(input).equals(Buffer.from(bytes))).toBe(true);

    const copy = new Uint8Array(readFileSync(output));
    const before = partsOf(bytes);
    const after = partsOf(copy);
    const planned = await plannedHighlights(bytes);
    const highlightedParts = new Set([...sheetParts(before)].filter(([name]) => planned.has(name)).map(([, part]) => part));
    for (const name of Object.keys(before)) {
      if (PATCHED.has(name)) continue;
      if (highlightedParts.has(name)) expect([name, withoutJunhengRules(textOfPart(after, name))]).toEqual([name, textOfPart(before, name)]);
      else expect([name, Buffer.from(after[name] ?? []).equals(Buffer.from(before[name]))]).toEqual([name, true]);
    }
    expectStylesAppendedOnly(textOfPart(before, "xl/styles.xml"), textOfPart(after, "xl/styles.xml"));
    expect(junhengHighlights(copy)).toEqual(planned);

    const was = await (await PackageWorkbook.load(bytes)).read();
    const now = await (await PackageWorkbook.load(copy)).read();
    expect(now.sheets.slice(0, was.sheets.length).map(withRowsFilled)).toEqual(was.sheets.map(withRowsFilled));
  });
});
