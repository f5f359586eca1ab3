/**
 * The checked copy keeps everything the user had: a register with a chart, an image, a pivot table, notes, plain
 * and x14 validation lists, constant and dynamic names, a print area, password protection, custom properties and
 * (as .xlsm) a VBA project goes through `junheng check`; every part other than those Junheng adds to is byte for
 * byte the same, the parts it adds to keep every element they had, and every value reads the same.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { PackageWorkbook } from "../../src/workbook/package/PackageWorkbook";
import { junhengHighlights, partsOf, sheetParts, textOfPart, withoutJunhengRules } from "../helpers/checkedCopy";
import { runCli, tempDir } from "../helpers/cli";
import { fullRegister } from "../helpers/fullRegister";
import { convertAll, sofficePath } from "../report/soffice";

const PATCHED = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);

/** Elements of a patched part that must all be in the copy, exactly as written. */
const KEPT_ELEMENTS: Readonly<Record<string, RegExp>> = {
  "xl/workbook.xml": /<definedName [^>]*>[^<]*<\/definedName>|<sheet [^>]*\/>|<pivotCaches>[\s\S]*?<\/pivotCaches>|<workbookPr[^>]*\/>|<calcPr[^>]*\/>/g,
  "xl/_rels/workbook.xml.rels": /<Relationship [^>]*\/>/g,
  "[Content_Types].xml": /<(?:Default|Override) [^>]*\/>/g,
};

/** The registers checked, as .xlsx and (with a VBA project) as .xlsm. */
const REGISTERS = [
  ["登记表.xlsx", false],
  ["登记表.xlsm", true],
] as const;

interface CheckedCopy {
  readonly input: string;
  readonly output: string;
  readonly bytes: Uint8Array;
  readonly copy: Uint8Array;
  readonly decorated: string;
}

const checked = new Map<string, Promise<CheckedCopy>>();

/** A register and its checked copy, made once by `junheng check` for every block below that asks for it. */
function checkedCopyOf(fileName: string, macros: boolean): Promise<CheckedCopy> {
  let made = checked.get(fileName);
  if (!made) {
    made = (async () => {
      const dir = tempDir();
      const input = path.join(dir, fileName);
      const output = path.join(dir, fileName.replace(/\.(xls[xm])$/, ".审核.$1"));
      const register = await fullRegister(macros);
      writeFileSync(input, register.bytes);
      const run = await runCli(["check", input, "--quiet"]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(1);
      return { input, output, bytes: register.bytes, copy: new Uint8Array(readFileSync(output)), decorated: register.decoratedSheet };
    })();
    checked.set(fileName, made);
  }
  return made;
}

describe.each(REGISTERS)("the checked copy of %s", (fileName, macros) => {
  let input: string;
  let output: string;
  let bytes: Uint8Array;
  let copy: Uint8Array;
  let decorated: string;

  beforeAll(async () => {
    ({ input, output, bytes, copy, decorated } = await checkedCopyOf(fileName, macros));
  });

  it("is written beside the input under the same extension, and the input is unchanged", () => {
    expect(existsSync(output)).toBe(true);
    expect(readFileSync(input).equals(Buffer.from(bytes))).toBe(true);
  });

  it("has every part the user had byte for byte, but a highlighted sheet's Junheng rules and the patched parts", () => {
    const before = partsOf(bytes);
    const after = partsOf(copy);
    const highlighted = junhengHighlights(copy);
    expect(highlighted.has(decorated)).toBe(true);
    const highlightedParts = new Set([...sheetParts(before)].filter(([name]) => highlighted.has(name)).map(([, part]) => part));
    const identical: string[] = [];
    for (const name of Object.keys(before)) {
      if (PATCHED.has(name)) continue;
      if (highlightedParts.has(name)) {
        expect([name, withoutJunhengRules(textOfPart(after, name))]).toEqual([name, textOfPart(before, name)]);
      } else {
        expect([name, Buffer.from(after[name] ?? []).equals(Buffer.from(before[name]))]).toEqual([name, true]);
        identical.push(name);
      }
    }
    const expected = ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/media/image1.png", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/pivotTables/pivotTable1.xml", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotCache/pivotCacheRecords1.xml", "docProps/custom.xml", "xl/worksheets/sheet9.xml", "xl/sharedStrings.xml"];
    expect(identical).toEqual(expect.arrayContaining(macros ? [...expected, "xl/vbaProject.bin"] : expected));
  });

  it("keeps every name, sheet, pivot cache, relationship and content type of the patched parts as written", () => {
    const before = partsOf(bytes);
    const after = partsOf(copy);
    for (const [part, pattern] of Object.entries(KEPT_ELEMENTS)) {
      const now = textOfPart(after, part);
      for (const element of textOfPart(before, part).match(pattern) ?? []) expect([part, now.includes(element)]).toEqual([part, true]);
    }
    const workbook = textOfPart(after, "xl/workbook.xml");
    expect(workbook).toContain("<definedName name=\"学校名单\">OFFSET(学校基本情况!$B$3,0,0,COUNTA(学校基本情况!$B:$B)-2,1)</definedName>");
    expect(workbook).toContain("学校基本情况!$A$1:$AN$14");
    expect(textOfPart(after, "[Content_Types].xml").includes("application/vnd.ms-excel.sheet.macroEnabled.main+xml")).toBe(macros);
  });

  it("puts its rules after the sheet's data and before its validations, never inside the sheet's extension list", () => {
    const parts = partsOf(copy);
    const xml = textOfPart(parts, sheetParts(parts).get(decorated)!);
    const rule = xml.indexOf("junheng:");
    expect(rule).toBeGreaterThan(xml.indexOf("</sheetData>"));
    expect(rule).toBeGreaterThan(xml.indexOf("</mergeCells>"));
    expect(rule).toBeLessThan(xml.indexOf("<dataValidations"));
    expect(xml.indexOf("<extLst>")).toBeGreaterThan(xml.lastIndexOf("</conditionalFormatting>"));
  });

  it("reads the same values in every sheet of the user's", async () => {
    const was = await (await PackageWorkbook.load(bytes)).read();
    const now = await (await PackageWorkbook.load(copy)).read();
    expect(now.sheets.slice(0, was.sheets.length)).toEqual(was.sheets);
    expect(now.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["审核结果", "整改清单"]));
  });
});

/**
 * Both checked copies opened by one LibreOffice (each start of it costs seconds), which reads the user's sheets and
 * Junheng's. It names its CSVs after the file, so each copy goes in under a name of its own. Skipped where
 * LibreOffice is not installed.
 */
describe("the checked copies in LibreOffice", () => {
  const soffice = sofficePath();
  const withLibreOffice = soffice ? it : it.skip;
  let opened: string[] = [];

  beforeAll(async () => {
    if (!soffice) return;
    const dir = tempDir();
    const files = await Promise.all(
      REGISTERS.map(async ([fileName, macros], i) => {
        const { output } = await checkedCopyOf(fileName, macros);
        const file = path.join(dir, `副本${i}${path.extname(output)}`);
        copyFileSync(output, file);
        return file;
      }),
    );
    const { outDir } = convertAll(soffice, files, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
    opened = files.map((file) => path.join(outDir, path.basename(file, path.extname(file))));
  }, 150_000);

  withLibreOffice.each(REGISTERS.map(([fileName], i) => [fileName, i] as const))("opens the copy of %s, reading the user's sheets and Junheng's", (_fileName, i) => {
    expect(readFileSync(`${opened[i]}-学生与班级.csv`, "utf8")).toContain("小学");
    expect(readFileSync(`${opened[i]}-审核结果.csv`, "utf8")).toContain("审核");
  });
});
