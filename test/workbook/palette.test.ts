/**
 * One palette (issue 13): Excel through Office.js, WPS, the command line's exceljs copy and its package copy paint
 * an output sheet's styles in the colours of src/domain/outputs/palette.ts — no adapter names a colour of its own.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../../src/domain/grid";
import { REGISTER_HEADER_FILL, STYLE_COLOURS } from "../../src/domain/outputs/palette";
import type { OutputSheet, WritePlan } from "../../src/domain/outputs/writePlan";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { PackageWorkbook } from "../../src/workbook/package/PackageWorkbook";
import { bgr } from "../../src/workbook/wps/etApi";
import { WpsWorkbook } from "../../src/workbook/wps/WpsWorkbook";
import { open } from "./office/fixtures";
import { FakeEt } from "./wps/fake/app";

const input: WorkbookGrid = {
  ownedSheets: [],
  sheets: [{ name: "学生与班级", visibility: "visible", merges: [], rows: [["学校标识码", "合计"], ["5328220001", 120]] }],
};

const results: OutputSheet = {
  name: "审核结果",
  rows: [
    [{ value: "勐往乡 审核结果", style: "title" }],
    [{ value: "说明", style: "subtitle" }],
    [{ value: "级别", style: "header" }],
    [{ value: "错误", style: "error" }, { value: "警告", style: "warning" }, { value: "低于", style: "below" }, { value: "B2", link: { sheet: "学生与班级", cell: "B2" } }],
  ],
  columnWidths: [10, 10, 10, 10],
  headerRow: 3,
  printHeader: { left: "勐往乡", right: "2016-09-01" },
};
const plan: WritePlan = { highlights: [], sheets: [results] };

/** What each styled cell must show, as RGB hex: a font colour or a fill. */
const EXPECTED = [
  { cell: "A2", font: STYLE_COLOURS.subtitle.font },
  { cell: "A3", fill: STYLE_COLOURS.header.fill },
  { cell: "A4", fill: STYLE_COLOURS.error.fill },
  { cell: "B4", fill: STYLE_COLOURS.warning.fill },
  { cell: "C4", fill: STYLE_COLOURS.below.fill },
  { cell: "D4", font: STYLE_COLOURS.link.font },
];

type Painted = { cell: string; font?: string; fill?: string };

async function paintedInXlsx(bytes: Uint8Array): Promise<Painted[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(results.name)!;
  return EXPECTED.map(({ cell, font }) => {
    const c = sheet.getCell(cell);
    if (font) return { cell, font: c.font?.color?.argb?.slice(2) };
    return { cell, fill: c.fill?.type === "pattern" ? c.fill.fgColor?.argb?.slice(2) : undefined };
  });
}

describe("the palette", () => {
  it("is what Excel shows through Office.js", async () => {
    const { excel, host } = open(input);
    await host.write(plan);
    const painted = EXPECTED.map(({ cell, font }) =>
      font ? { cell, font: String(excel.cell(results.name, cell)?.font?.color).replace("#", "") } : { cell, fill: excel.fillOf(results.name, cell) ?? undefined },
    );
    expect(painted).toEqual(EXPECTED);
  });

  it("is what WPS shows", async () => {
    const et = new FakeEt(input);
    await new WpsWorkbook(et.application).write(plan);
    const sheet = et.sheet(results.name);
    const painted = EXPECTED.map(({ cell, font }) => {
      if (!font) return { cell, fill: et.ownFillOf(results.name, cell) ?? undefined };
      const row = Number(cell.slice(1)) - 1;
      const col = cell.charCodeAt(0) - 65;
      return { cell, font: sheet.cellAt(row, col).font.color === bgr(font) ? font : String(sheet.cellAt(row, col).font.color) };
    });
    expect(painted).toEqual(EXPECTED);
  });

  it("is what the command line's copies show, written by exceljs or into the user's package", async () => {
    const exceljs = ExcelJsWorkbook.fromGrid(input);
    await exceljs.write(plan);
    expect(await paintedInXlsx(await exceljs.toBuffer())).toEqual(EXPECTED);

    const pkg = await PackageWorkbook.load(await ExcelJsWorkbook.fromGrid(input).toBuffer());
    await pkg.write(plan);
    expect(await paintedInXlsx(await pkg.toBuffer())).toEqual(EXPECTED);
  });

  it("is the only place the adapters take a colour from", () => {
    // A hex colour in quotes ("D9E1F2", "#D9E1F2", "FFD9E1F2") in an adapter's code (comments aside) would be a
    // second palette. The x14 data bar's negative fill and axis colours are the element's fixed attributes, not a style.
    const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    const root = path.join(__dirname, "../../src/workbook");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    const literals = files.flatMap((f) =>
      [...code(readFileSync(path.join(root, f), "utf8")).replace(/negativeFillColor rgb="FFFF0000"|axisColor rgb="FF000000"/g, "").matchAll(/["'`]#?(?:FF)?[0-9A-Fa-f]{6}["'`]/g)].map((m) => `${f}: ${m[0]}`),
    );
    expect(literals).toEqual([]);
    expect(REGISTER_HEADER_FILL).toMatch(/^[0-9A-F]{6}$/);
  });
});
