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
import { measurePages, printTools, toPdf, type PageMeasure } from "../helpers/printMeasure";

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

  beforeAll(async () => {
    if (typeof tools === "string") return;
    const input = path.join(dir, "登记表.xlsx");
    expect((await runCli(["sample", "--out", input])).code).toBe(0);
    expect((await runCli(["check", input, "--quiet"])).code).toBe(1);
    const checkedPdf = toPdf(tools.soffice, path.join(dir, "登记表.审核.xlsx"));
    checked = measurePages(tools.pdftotext, checkedPdf);
    pageTexts = spawnSync(tools.pdftotext, [checkedPdf, "-"], { encoding: "utf8" }).stdout.split("\f").map((page) => page.replace(/\s+/g, ""));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, "登记表.审核.xlsx"));
    resultsNote = String(workbook.getWorksheet("审核结果")!.getCell("A2").value);
    const exercise = path.join(dir, "练习.xlsx");
    expect((await runCli(["sample", "--practice", "--out", exercise])).code).toBe(0);
    practice = measurePages(tools.pdftotext, toPdf(tools.soffice, exercise));
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

  it("a practice register as written: every page's median word height is at least 8 pt", () => {
    expect(practice.length).toBeGreaterThan(0);
    expect(small(practice)).toEqual([]);
  });
});
