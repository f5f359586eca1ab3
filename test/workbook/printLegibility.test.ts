/**
 * Print is a product surface (docs/workbook-format.md §2.3): the checked copy of a register — the register sheets
 * the sample wrote and every output sheet — printed by LibreOffice to PDF has legible text on every page: each
 * page's median word height (pdftotext -bbox) is at least 8 pt. Before the print layouts, 14 of 40 pages of this
 * workbook were below, the smallest at 3.4 pt (fit to one page width). Skipped without LibreOffice or poppler,
 * unless JUNHENG_REQUIRE_BROWSER is set (CI).
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCli, tempDir } from "../helpers/cli";
import { convertAllToPdf, measurePages, overlappingWords, printTools, wordBoxes, type PageMeasure, type WordBox } from "../helpers/printMeasure";

const tools = printTools();
if (typeof tools === "string" && process.env.JUNHENG_REQUIRE_BROWSER) throw new Error(`print tests need ${tools}: apt-get install libreoffice-calc-nogui poppler-utils`);
const maybe = typeof tools === "string" ? describe.skip : describe;

const MIN_HEIGHT = 8;
const small = (pages: readonly PageMeasure[]) => pages.filter((p) => p.medianHeight !== null && p.medianHeight < MIN_HEIGHT);

maybe(`printed through LibreOffice${typeof tools === "string" ? ` (skipped: ${tools})` : ""}`, () => {
  const dir = tempDir();
  let checked: PageMeasure[] = [];
  let practice: PageMeasure[] = [];
  /** The text of each page of the checked copy, without whitespace (line ends fall anywhere in wrapped text). */
  let pageTexts: string[] = [];
  let resultsNote = "";
  /** The words of each page, with the sheet named in the centre of its page header. */
  let boxes: { sheet: string | null; words: WordBox[] }[] = [];
  /** The words of each page of the practice register as `sample --practice` writes it. */
  let practiceBoxes: WordBox[][] = [];
  /** The 单元格 column of 审核结果, each a link to the first cell (LibreOffice prints a link on one line). */
  const cellLists: string[] = [];
  /** That column's printed width in points. */
  let cellsWidth = 0;

  beforeAll(async () => {
    if (typeof tools === "string") return;
    const input = path.join(dir, "登记表.xlsx");
    expect((await runCli(["sample", "--out", input])).code).toBe(0);
    expect((await runCli(["check", input, "--quiet"])).code).toBe(1);
    const exercise = path.join(dir, "练习.xlsx");
    expect((await runCli(["sample", "--practice", "--out", exercise])).code).toBe(0);
    const [checkedPdf, practicePdf] = convertAllToPdf(tools.soffice, [path.join(dir, "登记表.审核.xlsx"), exercise]);
    checked = measurePages(tools.pdftotext, checkedPdf);
    pageTexts = spawnSync(tools.pdftotext, [checkedPdf, "-"], { encoding: "utf8" }).stdout.split("\f").map((page) => page.replace(/\s+/g, ""));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, "登记表.审核.xlsx"));
    const results = workbook.getWorksheet("审核结果")!;
    resultsNote = String(results.getCell("A2").value);
    results.eachRow((row, r) => {
      const cell = row.getCell(5);
      if (r > 5 && cell.text !== "") cellLists.push(cell.text);
    });
    // LibreOffice's column unit here is 9⅓ pixels (the DejaVu Sans digit standing in for Calibri) plus 5 of padding.
    cellsWidth = ((results.getColumn(5).width ?? 0) * 9.33 + 5) * 0.75 * ((results.pageSetup.scale ?? 100) / 100);
    // The page header sits above 45 points from the top; its centre is the sheet's name.
    const names = workbook.worksheets.map((w) => w.name);
    boxes = wordBoxes(tools.pdftotext, checkedPdf).map((words) => ({ sheet: words.find((w) => w.yMin < 45 && names.includes(w.text))?.text ?? null, words }));
    practice = measurePages(tools.pdftotext, practicePdf);
    practiceBoxes = wordBoxes(tools.pdftotext, practicePdf);
  }, 600_000);

  it("the checked copy of a register: every page's median word height is at least 8 pt", () => {
    expect(checked.length).toBeGreaterThan(10);
    expect(small(checked)).toEqual([]);
  });

  it("the note under the title of 审核结果 prints whole on its page, not cut at the page edge", () => {
    // Before, it ran across empty cells past the printed width: "…（yunnan-2016" on page 16, the rest on page 41.
    expect(resultsNote.length).toBeGreaterThan(60);
    expect(pageTexts.some((page) => page.includes(resultsNote.replace(/\s+/g, "")))).toBe(true);
  });

  it("prints every cell list of 审核结果 within its column (a link never wraps: a longer one was cut at the page edge)", () => {
    // Before, "C8、D8、E8、F8、G8、H8、I8" ran 124 points into an 81-point column, and the page cut it after "F8、".
    expect(cellLists.length).toBeGreaterThan(10);
    const words = boxes.filter((p) => p.sheet === "审核结果").flatMap((p) => p.words);
    const printedWidth = (list: string) => {
      const tokens = list.split(/\s+/);
      const at = words.findIndex((_, i) => tokens.every((t, k) => words[i + k]?.text === t));
      return at < 0 ? Infinity : words[at + tokens.length - 1].xMax - words[at].xMin;
    };
    expect(cellLists.filter((list) => !(printedWidth(list) < cellsWidth))).toEqual([]);
  });

  it("keeps every text of the checked copy inside its row and column: no printed word overlaps another", () => {
    // Before, rows were 15 points a line and LibreOffice's CJK lines are 16 apart: the second line of a 依据 ran
    // 2.6 points over the next row's text (pages 17, 19 and 41 of 59), and one-line rows of Chinese text left at
    // Excel's default 15 points printed 1.8 points over the row below (指标计算's 参考值 note over its legend, two
    // rows of 自评报告: 26 overlaps on 6 pages of 62). The register's own sheets are the sample's as written: their
    // two-line headings in 15-point rows printed over the row below on 3 pages (校舍, 场地与装备, 普及与控辍).
    for (const sheet of ["审核结果", "指标计算", "差异系数", "整改清单", "工作进度", "考核自查", "自评报告", "自评报告模板", "校舍"]) {
      expect(boxes.some((p) => p.sheet === sheet)).toBe(true);
    }
    expect(boxes.flatMap((p, i) => (p.sheet === null ? [i + 1] : []))).toEqual([]);
    expect(boxes.map((p) => ({ sheet: p.sheet, overlaps: overlappingWords(p.words) })).filter((p) => p.overlaps.length > 0)).toEqual([]);
  });

  it("a practice register as written: no printed word overlaps another", () => {
    expect(practiceBoxes.length).toBeGreaterThan(0);
    expect(practiceBoxes.map((words, i) => ({ page: i + 1, overlaps: overlappingWords(words) })).filter((p) => p.overlaps.length > 0)).toEqual([]);
  });

  it("a practice register as written: every page's median word height is at least 8 pt", () => {
    expect(practice.length).toBeGreaterThan(0);
    expect(small(practice)).toEqual([]);
  });
});
