/**
 * Printed training materials, as Chromium prints them: the handbook and a 讲评 sheet are A4 PDFs with
 * 第 n 页 / 共 N 页 at the foot of every page. The PDF text is read with poppler's pdftotext.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { handbookHtml } from "../../src/domain/handbook/handbook";
import { practiceRegister } from "../../src/domain/practice/practiceRegister";
import { reviewHtml } from "../../src/domain/practice/review";
import { browserAvailable, launchChromium } from "./webHarness";

const PDFTOTEXT = "/usr/bin/pdftotext";
const describeInBrowser = browserAvailable() && (existsSync(PDFTOTEXT) || process.env.JUNHENG_REQUIRE_BROWSER) ? describe : describe.skip;
jest.setTimeout(120_000);

describeInBrowser("printed training materials", () => {
  let browser: Browser;
  const dir = mkdtempSync(path.join(tmpdir(), "junheng-print-"));
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  /** The text of each printed page of `html`. */
  async function printedPages(html: string, name: string): Promise<string[]> {
    const page = await browser.newPage();
    await page.setContent(html);
    const pdf = path.join(dir, `${name}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    return execFileSync(PDFTOTEXT, ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim() !== "");
  }

  it("numbers every page of the handbook, method chapter first", async () => {
    const pages = await printedPages(handbookHtml(), "handbook");
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((text, i) => expect(text).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`));
    expect(pages.slice(0, 3).join("")).toContain("计算方法");
    expect(pages.join("")).toContain("0.515257");
  });

  it("numbers every page of a 讲评 sheet", async () => {
    const { records, key } = practiceRegister({ seed: 2, errors: 24 });
    const names = new Map((records.sheets.schools ?? []).map((s) => [String(s.code), String(s.name)]));
    const pages = await printedPages(reviewHtml(key, names), "review");
    expect(pages.length).toBeGreaterThan(1);
    // pdftotext drops the spaces of the small footer font on some pages.
    pages.forEach((text, i) => expect(text.replace(/\s+/g, "")).toContain(`第${i + 1}页/共${pages.length}页`));
  });
});
