import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { WritePlan } from "../../src/domain/outputs/writePlan";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { cellText } from "../../src/workbook/package/outputSheetXml";
import { PackageWorkbook } from "../../src/workbook/package/PackageWorkbook";
import { portableZipCodec, useZipCodec, type ZipCodec } from "../../src/workbook/package/zip";
import { junhengHighlights, partsOf, sheetParts, shownFill, textOfPart } from "../helpers/checkedCopy";
import { describePortContract } from "./portContract";

// The web page's and the pane's codec, whichever an earlier test in this process set (the command line sets Node's).
let codecBefore: ZipCodec;
beforeAll(() => (codecBefore = useZipCodec(portableZipCodec)));
afterAll(() => useZipCodec(codecBefore));

describePortContract("package", async (grid) => {
  const port = await PackageWorkbook.load(await ExcelJsWorkbook.fromGrid(grid).toBuffer());
  return {
    port,
    async fillOf(sheet, address) {
      return shownFill(await port.toBuffer(), sheet, address);
    },
    async linkOf(sheet, address) {
      // An in-workbook link is the hyperlink's location (no relationship): "#" + it, as the contract names links.
      const parts = partsOf(await port.toBuffer());
      const xml = textOfPart(parts, sheetParts(parts).get(sheet)!);
      const location = new RegExp(`<hyperlink ref="${address}" location="([^"]+)"`).exec(xml)?.[1];
      return location === undefined ? null : `#${location.replace(/&apos;/g, "'").replace(/&amp;/g, "&")}`;
    },
    async reread() {
      return (await PackageWorkbook.load(await port.toBuffer())).read();
    },
  };
});

/** A user's register: one sheet with their own red fill on B2 and their own conditional format. */
async function userWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("学生与班级");
  ws.addRow(["学校标识码", "学校名称", "在校生"]);
  ws.addRow(["5328220001", "糯东小学", 120]);
  ws.addRow(["5328220002", "坝散小学", 80]);
  ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
  ws.addConditionalFormatting({ ref: "C2:C3", rules: [{ type: "cellIs", operator: "greaterThan", priority: 1, formulae: [100], style: { font: { bold: true } } }] });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const sheetXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);

const plan = (cells: string[]): WritePlan => ({
  highlights: cells.length > 0 ? [{ sheet: "学生与班级", kind: "error", cells }] : [],
  sheets: [{ name: "审核结果", rows: [[{ value: `${cells.length} 处` }]], columnWidths: [10], headerRow: 1, printHeader: { left: "", right: "" } }],
});

async function check(bytes: Uint8Array, cells: string[]): Promise<Uint8Array> {
  const workbook = await PackageWorkbook.load(bytes);
  await workbook.write(plan(cells));
  return workbook.toBuffer();
}

describe("a re-check of a checked copy", () => {
  it("replaces its own highlights, leaving the user's fill and conditional format as they were", async () => {
    const original = await userWorkbook();
    const first = await check(original, ["C2", "C3"]);
    expect(junhengHighlights(first).get("学生与班级")).toEqual(new Map([["C2", "FFC7CE"], ["C3", "FFC7CE"]]));

    // The user fixes C3; the next check finds only C2.
    const second = await check(first, ["C2"]);
    expect(junhengHighlights(second).get("学生与班级")).toEqual(new Map([["C2", "FFC7CE"]]));
    expect(await shownFill(second, "学生与班级", "C3")).toBeNull();
    expect(await shownFill(second, "学生与班级", "B2")).toBe("00B050");

    // Fixed everywhere: the sheet is the user's again, byte for byte.
    const third = await check(second, []);
    expect(junhengHighlights(third).size).toBe(0);
    expect(sheetXml(third)).toBe(sheetXml(original));
  });

  it("replaces its own output sheet in place and reuses its highlight formats", async () => {
    const first = await check(await userWorkbook(), ["C2"]);
    const second = await check(first, ["C3"]);
    const parts = unzipSync(second);
    const workbookXml = strFromU8(parts["xl/workbook.xml"]);
    expect(workbookXml.match(/name="审核结果"/g)).toHaveLength(1);
    expect(workbookXml.match(/name="_junheng"/g)).toHaveLength(1);
    expect(strFromU8(parts["xl/styles.xml"]).match(/<dxf>/g)?.length).toBe(strFromU8(unzipSync(first)["xl/styles.xml"]).match(/<dxf>/g)?.length);
    const grid = await (await PackageWorkbook.load(second)).read();
    expect(grid.sheets.find((s) => s.name === "审核结果")!.rows).toEqual([["1 处"]]);
    expect(grid.ownedSheets).toEqual(["审核结果"]);
  });
});

describe("a long note the copy writes", () => {
  it("is merged across the printed width (the range the plan names), its text kept in the first cell only", async () => {
    const workbook = await PackageWorkbook.load(await userWorkbook());
    const note = { name: "审核结果", rows: [[{ value: "很长的说明", wrap: true }, { value: null }, { value: null }], [{ value: "级别" }, { value: "单元格" }, { value: "说明" }]], columnWidths: [4, 10, 10], headerRow: 2, printHeader: { left: "", right: "" }, rowHeights: [45], merges: ["A1:C1"] };
    await workbook.write({ highlights: [], sheets: [note] });
    const bytes = await workbook.toBuffer();
    const parts = partsOf(bytes);
    // CT_Worksheet's order: mergeCells right after sheetData.
    expect(textOfPart(parts, sheetParts(parts).get("审核结果")!)).toMatch(/<\/sheetData><mergeCells count="1"><mergeCell ref="A1:C1"\/><\/mergeCells>/);
    const grid = await (await PackageWorkbook.load(bytes)).read();
    const sheet = grid.sheets.find((s) => s.name === "审核结果")!;
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(sheet.rows[0]).toEqual(["很长的说明", null, null]);
  });

  it("writes every row height the plan gives, rows without one left to the default", async () => {
    const workbook = await PackageWorkbook.load(await userWorkbook());
    const rows = [[{ value: "标题", style: "title" as const }], [{ value: "级别" }, { value: "说明" }], [{ value: 1 }, { value: 2 }], [{ value: "错误" }, { value: "很长" }]];
    await workbook.write({ highlights: [], sheets: [{ name: "审核结果", rows, columnWidths: [10, 10], headerRow: 2, printHeader: { left: "", right: "" }, rowHeights: [22, 17, null, 52] }] });
    const parts = partsOf(await workbook.toBuffer());
    const xml = textOfPart(parts, sheetParts(parts).get("审核结果")!);
    const heights = [...xml.matchAll(/<row r="(\d+)"([^>]*)>/g)].map((m) => [Number(m[1]), /ht="([\d.]+)" customHeight="1"/.exec(m[2])?.[1] ?? null]);
    expect(heights).toEqual([
      [1, "22"],
      [2, "17"],
      [3, null],
      [4, "52"],
    ]);
  });
});

describe("text the copy writes", () => {
  it("reads back exactly: XML's special characters, a formula-like string, a line feed, characters outside the BMP", async () => {
    const texts = ["<&\">'", "=SUM(A1)", "第一行\n第二行", "𠀀 扩展区汉字", "a_b_c"];
    const workbook = await PackageWorkbook.load(await userWorkbook());
    await workbook.write({ highlights: [], sheets: [{ name: "审核结果", rows: texts.map((value) => [{ value }]), columnWidths: [10], headerRow: 0, printHeader: { left: "", right: "" } }] });
    const grid = await (await PackageWorkbook.load(await workbook.toBuffer())).read();
    expect(grid.sheets.find((s) => s.name === "审核结果")!.rows.map((r) => r[0])).toEqual(texts);
  });

  it("stores what XML cannot hold as Excel does: _xHHHH_ for control characters and carriage returns, _x005F_ before a literal _xHHHH_", () => {
    expect(cellText("a_x000D_b")).toBe("a_x005F_x000D_b");
    expect(cellText("第一行\r\n第二行")).toBe("第一行_x000D_\n第二行");
    expect(cellText("x\u0001y\u0000z\tw")).toBe("x_x0001_y_x0000_z\tw");
    expect(cellText("普通文字")).toBe("普通文字");
  });
});

describe("the calculation chain", () => {
  /** The user's workbook with a calcChain part, as Excel saves a workbook that has formulas. */
  async function withCalcChain(): Promise<Uint8Array> {
    const parts = unzipSync(await userWorkbook());
    parts["xl/calcChain.xml"] = strToU8('<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C2" i="1"/></calcChain>');
    parts["xl/_rels/workbook.xml.rels"] = strToU8(strFromU8(parts["xl/_rels/workbook.xml.rels"]).replace("</Relationships>", '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
    parts["[Content_Types].xml"] = strToU8(strFromU8(parts["[Content_Types].xml"]).replace("</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
    return zipSync(parts);
  }

  it("is kept when sheets are only added, and dropped with its relationship and content type when one is replaced", async () => {
    const first = unzipSync(await check(await withCalcChain(), ["C2"]));
    expect(first["xl/calcChain.xml"]).toBeDefined();
    const second = unzipSync(await check(zipSync(first), ["C2"]));
    expect(second["xl/calcChain.xml"]).toBeUndefined();
    expect(strFromU8(second["xl/_rels/workbook.xml.rels"])).not.toContain("calcChain");
    expect(strFromU8(second["[Content_Types].xml"])).not.toContain("calcChain");
  });
});
