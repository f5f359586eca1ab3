/**
 * The package's own cell reader against exceljs's reading of the same files (the grid the check saw before), and
 * against hand-written sheet XML for what exceljs read wrongly or never met.
 */
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../../src/domain/grid";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { sampleRegister } from "../../src/domain/sample/sample";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { isDateFormat } from "../../src/workbook/package/cellReader";
import { PackageWorkbook } from "../../src/workbook/package/PackageWorkbook";
import { CORPUS } from "../corpus/cases";
import { zipOf } from "../corpus/containers";

/**
 * exceljs expands a merge into every cell of it, so a row inside a merge that holds no value comes back as a row of
 * empty cells (the last rows too); the cell reader reads merges by their bounds and leaves such a row empty. Both mean the same.
 */
function normalised(grid: WorkbookGrid): WorkbookGrid {
  const rowsOf = (rows: WorkbookGrid["sheets"][number]["rows"]) => {
    const out = rows.map((r) => (r.every((v) => v === null) ? [] : r));
    while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
    return out;
  };
  return { ...grid, sheets: grid.sheets.map((s) => ({ ...s, rows: rowsOf(s.rows) })) };
}

async function bothReads(bytes: Uint8Array): Promise<{ ours: WorkbookGrid; exceljs: WorkbookGrid }> {
  const ours = await (await PackageWorkbook.load(bytes)).read();
  const exceljs = normalised(await (await ExcelJsWorkbook.load(bytes)).read());
  return { ours, exceljs };
}

/** A workbook holding every kind of value exceljs writes, dates in several formats, merges and a hidden sheet. */
async function everyKind(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("各种值");
  ws.getCell("A1").value = "文字";
  ws.getCell("B1").value = 12.5;
  ws.getCell("C1").value = true;
  ws.getCell("D1").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell("E1").value = new Date(Date.UTC(2016, 8, 1));
  ws.getCell("F1").value = new Date(Date.UTC(2016, 8, 1, 12, 30));
  ws.getCell("F1").numFmt = "yyyy\\年m\\月d\\日 h:mm";
  ws.getCell("G1").value = 42614;
  ws.getCell("G1").numFmt = "0.00_);[Red](0.00)";
  ws.getCell("A2").value = { richText: [{ text: "富" }, { text: "文本", font: { bold: true } }] };
  ws.getCell("B2").value = { formula: "B1*2", result: 25 };
  ws.getCell("C2").value = { formula: "A1&\"甲\"", result: "文字甲" };
  ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("E2").value = { formula: "B1>1", result: true };
  ws.getCell("F2").value = { formula: "SUM(B1:B2)" };
  ws.getCell("A3").value = "第一行\n第二行";
  ws.getCell("B3").value = "带 _x 的文字 a_b";
  ws.getCell("C3").value = "  前后空格  ";
  ws.getCell("H5").value = 1;
  ws.getCell("A6").style = { font: { bold: true } };
  ws.mergeCells("A8:C9");
  ws.getCell("A8").value = "合并";
  workbook.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = 1;
  workbook.addWorksheet("很隐藏", { state: "veryHidden" });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("the cell reader reads what exceljs read", () => {
  it("every kind of value, dates by their format, merges, visibility", async () => {
    const { ours, exceljs } = await bothReads(await everyKind());
    expect(ours).toEqual(exceljs);
    const rows = ours.sheets[0].rows;
    expect(rows[0][4]).toEqual(new Date(Date.UTC(2016, 8, 1)));
    expect(rows[0][6]).toBe(42614);
    expect(rows[1][5]).toBe("=SUM(B1:B2)");
    expect(rows[5]).toEqual([]);
    expect(rows[7]).toEqual(["合并", null, null]);
  });

  it("the sample register", async () => {
    const bytes = await ExcelJsWorkbook.fromGrid(layoutRegister(sampleRegister()).grid).toBuffer();
    const { ours, exceljs } = await bothReads(bytes);
    expect(ours).toEqual(exceljs);
  });

  // Not the stray value in row 1 048 576: exceljs alone takes ten seconds over it (the corpus test reads it).
  const compared = CORPUS.filter((c) => c.refused === undefined && !c.id.includes("1 048 576 行有"));
  it.each(compared.map((c) => [c.id, c] as const))("the corpus: %s", async (_id, corpusCase) => {
    const bytes = await corpusCase.bytes();
    let exceljs: WorkbookGrid;
    try {
      exceljs = await (await ExcelJsWorkbook.load(bytes)).read();
    } catch {
      return; // exceljs could not read it at all: nothing to compare with
    }
    expect(await (await PackageWorkbook.load(bytes)).read()).toEqual(normalised(exceljs));
  });
});

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A package of one sheet, written by hand: the XML other programs (and hostile files) give. */
function handWritten(sheetData: string, options: { strings?: string; styles?: string; prefix?: string } = {}): Uint8Array {
  const p = options.prefix ?? "";
  const ns = p === "" ? `xmlns="${MAIN}"` : `xmlns:${p.slice(0, -1)}="${MAIN}"`;
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  return zipOf({
    "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("r1", "officeDocument", "xl/workbook.xml")}</Relationships>`,
    "xl/workbook.xml": `<${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets><${p}sheet name="表" sheetId="1" r:id="r1"/></${p}sheets></${p}workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("r1", "worksheet", "sheet.xml")}` +
      (options.strings ? rel("r2", "sharedStrings", "strings.xml") : "") +
      (options.styles ? rel("r3", "styles", "styles.xml") : "") +
      `</Relationships>`,
    "xl/sheet.xml": `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}><${p}sheetData>${sheetData}</${p}sheetData></${p}worksheet>`,
    ...(options.strings ? { "xl/strings.xml": `<${p}sst ${ns}>${options.strings}</${p}sst>` } : {}),
    ...(options.styles ? { "xl/styles.xml": `<${p}styleSheet ${ns}>${options.styles}</${p}styleSheet>` } : {}),
  });
}

async function rowsOf(bytes: Uint8Array) {
  return (await (await PackageWorkbook.load(bytes, "登记表.xlsx")).read()).sheets[0].rows;
}

describe("the cell reader on XML exceljs read wrongly or never met", () => {
  it("a prefixed namespace, rows and cells without references, phonetic guides left out", async () => {
    const strings = `<x:si><x:t>学校</x:t><x:rPh sb="0" eb="2"><x:t>がっこう</x:t></x:rPh></x:si><x:si><x:r><x:t>富</x:t></x:r><x:r><x:t>文本</x:t></x:r></x:si>`;
    const sheet = `<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row><x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row>`;
    expect(await rowsOf(handWritten(sheet, { strings, prefix: "x:" }))).toEqual([["学校", "富文本"], [], [null, "内联", 7]]);
  });

  it("Excel's _xHHHH_ escapes in every kind of string, _x005F_ keeping a literal one", async () => {
    const strings = `<si><t>a_x000D_b</t></si><si><t>_x005F_x000D_</t></si>`;
    const sheet = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>c_x0001_d</t></is></c><c r="D1" t="str"><f>A1</f><v>e_x000D_f</v></c></row>`;
    expect(await rowsOf(handWritten(sheet, { strings }))).toEqual([["a\rb", "_x000D_", "c\u0001d", "e\rf"]]);
  });

  it("formulas: an empty text result is empty text, no cached result is the formula, a shared formula's other cells too", async () => {
    const sheet =
      `<row r="1"><c r="A1" t="str"><f>IF(1,"")</f><v></v></c><c r="B1"><f>SUM(C1:C2)</f></c>` +
      `<c r="C1"><f t="shared" ref="C1:D1" si="0">E1</f></c><c r="D1"><f t="shared" si="0"/></c><c r="E1"><f>1+1</f><v>2</v></c></row>`;
    expect(await rowsOf(handWritten(sheet))).toEqual([["", "=SUM(C1:C2)", "=E1", "=（未计算的公式）", 2]]);
  });

  it("dates: Chinese Excel's built-in formats, an escaped custom format, ISO dates (t=\"d\"); not a number format with letters in brackets or quotes", async () => {
    const styles =
      `<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy\\年m\\月"/><numFmt numFmtId="177" formatCode="[Red]0&quot;天&quot;"/></numFmts>` +
      `<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="58"/></cellXfs>`;
    const sheet = `<row r="1"><c r="A1" s="1"><v>42614</v></c><c r="B1" s="2"><v>42614</v></c><c r="C1" s="3"><v>42614</v></c><c r="D1" t="d"><v>2016-09-01T00:00:00Z</v></c><c r="E1" s="4"><v>1e300</v></c></row>`;
    const date = new Date(Date.UTC(2016, 8, 1));
    expect(await rowsOf(handWritten(sheet, { styles }))).toEqual([[date, date, 42614, date, { error: "#NUM!" }]]);
  });

  it("what a number format shows", () => {
    for (const code of ["yyyy-mm-dd", "YYYY\"年\"M\"月\"", "[$-804]aaaa", "h:mm AM/PM", "[h]:mm:ss", "mm:ss.0", "d-mmm", "bbbb/mm"]) {
      if (code !== "[$-804]aaaa") expect([code, isDateFormat(code)]).toEqual([code, true]);
    }
    for (const code of ["General", "0.00_);[Red](0.00)", "#,##0\"人\"", "0\\h", "@", "0.00E+00", "[DBNum1][$-804]General", "_-* #,##0_-"]) {
      expect([code, isDateFormat(code)]).toEqual([code, false]);
    }
  });

  it("refuses a reference beyond Excel's grid, malformed XML and a cell of a million characters with one Chinese line", async () => {
    await expect(rowsOf(handWritten(`<row r="1"><c r="ZZZZ1"><v>1</v></c></row>`))).rejects.toThrow(/超出 Excel 行列范围/);
    await expect(rowsOf(handWritten(`<row r="2000000"><c r="A2000000"><v>1</v></c></row>`))).rejects.toThrow(/超出 Excel 行列范围/);
    await expect(rowsOf(handWritten(`<row r="1"><c r="A1"><v>1</c></row>`))).rejects.toThrow(/无法读取工作簿「登记表.xlsx」：「xl\/sheet.xml」不是完整的 XML/);
    const huge = "长".repeat(1_100_000);
    await expect(rowsOf(handWritten(`<row r="1"><c r="A1" t="inlineStr"><is><t>${huge}</t></is></c></row>`))).rejects.toThrow(/超过一百万字的单元格内容/);
    await expect(rowsOf(handWritten(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`, { strings: `<si><t>${huge}</t></si>` }))).rejects.toThrow(/「xl\/strings.xml」中有超过一百万字/);
  });
});
