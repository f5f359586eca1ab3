/**
 * The web page end to end, in Debian's Chromium: open the sample, run, compare the counts with the engine's,
 * click a finding and see its cell in the grid, download the checked copy (highlights in it) and the Word report; a
 * 2 000-school register stays virtualised; a practice set is generated and a class's files are scored at once; the handbook
 * lists every rule; nothing is requested from anywhere but the page's own folder. Screenshots go to out/e2e/
 * (and to docs/screenshots/ with UPDATE_SCREENSHOTS=1, for the README).
 */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { existsSync, mkdirSync, readFileSync, copyFileSync } from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page, Request } from "playwright-core";
import { runCheck } from "../../src/domain/check";
import { parseCellAddress } from "../../src/domain/grid";
import { RULES } from "../../src/domain/rules/registry";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import { HIGHLIGHT_COLOURS } from "../../src/domain/outputs/palette";
import { cleanPracticeRegister } from "../../src/domain/practice/practiceRegister";
import { parsePracticeKeyFile } from "../../src/domain/practice/keyJson";
import { generateTownship } from "../../src/domain/sample/generator";
import { sampleRegister } from "../../src/domain/sample/sample";
import { registerWorkbook } from "../../src/workbook/exceljs/registerWorkbook";
import { junhengHighlights } from "../helpers/checkedCopy";
import { browserAvailable, launchChromium, serveWebPage, webPageSite, type RunningServer, type WebPageSite } from "./webHarness";

const describeInBrowser = browserAvailable() ? describe : describe.skip;
jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "out/e2e");

describeInBrowser("web page in Chromium", () => {
  let built: WebPageSite | undefined;
  let site: string;
  let server: RunningServer;
  let browser: Browser;
  const requests: Request[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    built = await webPageSite();
    site = built.dir;
    server = await serveWebPage(site);
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    built?.dispose();
  });

  async function openPage(url = server.url): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN", acceptDownloads: true });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    page.on("request", (request) => requests.push(request));
    await page.goto(url);
    return page;
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(SHOTS, name);
    await page.screenshot({ path: file });
    if (process.env.UPDATE_SCREENSHOTS) copyFileSync(file, path.join(ROOT, "docs/screenshots", name));
  }

  async function tile(page: Page, label: string): Promise<string> {
    const items = await page.getByRole("list", { name: "审核摘要" }).getByRole("listitem").allTextContents();
    const item = items.find((text) => text.startsWith(label));
    if (item === undefined) throw new Error(`no tile ${label} in ${items.join(" | ")}`);
    return item.slice(label.length);
  }

  async function runPane(page: Page): Promise<void> {
    await page.getByRole("button", { name: "开始审核" }).click();
    await page.getByRole("list", { name: "审核摘要" }).waitFor({ timeout: 60_000 });
  }

  it("checks the sample, shows a clicked finding's cell, and downloads the copy with the highlights", async () => {
    const grid = layoutRegister(sampleRegister()).grid;
    const expected = runCheck(grid);
    const page = await openPage();
    await page.getByRole("button", { name: "打开示例登记表" }).click();
    await runPane(page);
    // The workbook was read in the page's read worker, not on its thread.
    expect(requests.some((r) => /\/junheng-read\.[0-9a-f]+\.js$/.test(r.url()))).toBe(true);
    expect(await tile(page, "错误")).toBe(String(expected.summary.error));
    expect(await tile(page, "警告")).toBe(String(expected.summary.warning));

    // The finding furthest to the right, so the grid has to scroll to show it.
    const finding = expected.findings
      .filter((f) => f.sheet && f.cells.length > 0 && f.schoolName)
      .sort((a, b) => parseCellAddress(b.cells[0]).col - parseCellAddress(a.cells[0]).col)[0];
    const school = page.getByRole("button", { name: new RegExp(`^${finding.schoolName}`) });
    if ((await school.getAttribute("aria-expanded")) !== "true") await school.click();
    await page.getByRole("button", { name: new RegExp(escapeRegExp(finding.message)) }).first().click();

    const cell = page.locator(`[role=grid][aria-label="${finding.sheet}"] [data-cell="${finding.cells[0]}"]`);
    await cell.waitFor();
    expect(await cell.getAttribute("aria-selected")).toBe("true");
    expect(await cell.getAttribute("data-highlight")).toBe(finding.severity);
    const box = (await cell.boundingBox())!;
    const view = (await page.locator(`[role=grid][aria-label="${finding.sheet}"]`).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(view.x);
    expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
    expect(box.y).toBeGreaterThanOrEqual(view.y);
    expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
    expect(parseCellAddress(finding.cells[0]).col).toBeGreaterThan(12); // column M and beyond: off the first screen
    expect(await page.getByTestId("grid-address").textContent()).toContain(`${finding.sheet}!${finding.cells[0]}`);
    await screenshot(page, "web-check.png");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "下载审核后的工作簿" }).click();
    const saved = await (await download).path();
    const highlights = junhengHighlights(new Uint8Array(readFileSync(saved)));
    const plan = checkWritePlan(expected, grid);
    expect(plan.highlights.length).toBeGreaterThan(0);
    for (const group of plan.highlights) {
      for (const address of group.cells) {
        expect({ address, colour: highlights.get(group.sheet)?.get(address) }).toEqual({ address, colour: HIGHLIGHT_COLOURS[group.kind] });
      }
    }

    const report = page.waitForEvent("download");
    await page.getByRole("button", { name: "下载自评报告（Word）" }).click();
    const docx = await report;
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const documentXml = strFromU8(unzipSync(new Uint8Array(readFileSync(await docx.path())))["word/document.xml"]);
    expect(documentXml).toContain("差异系数");
    await page.close();
  });

  it("keeps a 2 000-school register virtualised and scrolls to its last row", async () => {
    const records = generateTownship({ seed: 7, schoolCount: 2000 });
    const bytes = await registerWorkbook(records).toBuffer();
    const page = await openPage();
    await page.locator("#junheng-file").setInputFiles({ name: "大登记表.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
    await page.getByRole("tab", { name: "学生与班级" }).click();
    const table = page.getByRole("grid", { name: "学生与班级" });
    await table.waitFor();
    const rows = Number(await table.getAttribute("aria-rowcount"));
    expect(rows).toBeGreaterThan(2000);
    expect(await page.locator("[role=gridcell]").count()).toBeLessThan(1500);
    await table.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.getByRole("rowheader", { name: String(rows), exact: true }).waitFor();
    expect(await page.locator("[role=gridcell]").count()).toBeLessThan(1500);
    await page.close();
  });

  it("scores several practice files at once and downloads the class score sheet", async () => {
    const page = await openPage();
    await page.getByRole("tab", { name: "练习与评分" }).click();
    await page.getByLabel("种子").fill("7");
    await page.getByLabel(/埋入错误数/).fill("6");
    await page.getByRole("button", { name: "生成练习表" }).click();
    await page.getByText("已生成：种子 7，埋入 6 处错误。").waitFor();
    const workbookPath = await (await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载练习表（发给学员）" }).click()]))[0].path();
    const keyPath = await (await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载答案（老师自留）" }).click()]))[0].path();
    const reviewPath = await (await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载讲评（老师自留）" }).click()]))[0].path();
    expect(readFileSync(reviewPath, "utf8")).toContain("练习讲评 · 种子 7");

    // One trainee fixes the first four seeded errors: each row they point at gets its clean values back.
    const key = parsePracticeKeyFile(readFileSync(keyPath, "utf8"));
    const clean = layoutRegister(cleanPracticeRegister(7)).grid;
    const load = async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(workbookPath) as unknown as ExcelJS.Buffer);
      return workbook;
    };
    const fixing = await load();
    for (const entry of key.errors.slice(0, 4)) {
      const cleanSheet = clean.sheets.find((s) => s.name === entry.sheet)!;
      for (const row of new Set(entry.cells.map((address) => parseCellAddress(address).row))) {
        cleanSheet.rows[row].forEach((value, col) => {
          fixing.getWorksheet(entry.sheet)!.getCell(row + 1, col + 1).value = value instanceof Date || typeof value !== "object" ? value : null;
        });
      }
    }
    const fixed = path.join(path.dirname(workbookPath), "甲-改过.xlsx");
    await fixing.xlsx.writeFile(fixed);
    // Another silences V-01 (enrolled > age group) by raising the age group instead of correcting the enrolment.
    const v01 = key.errors.find((e) => e.rule === "V-01")!;
    const raising = await load();
    raising.getWorksheet(v01.sheet)!.getCell(v01.cells[1]).value = v01.changes![0].planted as number;
    const wrong = path.join(path.dirname(workbookPath), "乙-改错.xlsx");
    await raising.xlsx.writeFile(wrong);
    const untouched = path.join(path.dirname(workbookPath), "丙-未改.xlsx");
    copyFileSync(workbookPath, untouched);

    await page.getByLabel("改过的练习表 .xlsx").setInputFiles([fixed, wrong, untouched]);
    await page.getByLabel("答案文件 .答案.json").setInputFiles({ name: "练习.答案.json", mimeType: "application/json", buffer: readFileSync(keyPath) });
    await page.getByRole("button", { name: "评分" }).click();
    const table = page.getByRole("table", { name: "班级成绩" });
    await table.waitFor({ timeout: 60_000 });
    const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    expect(rows).toEqual([
      ["甲-改过.xlsx", "6", "4", "2", "0", "0", "67", ""],
      ["乙-改错.xlsx", "6", "0", "5", "1", "0", "0", ""],
      ["丙-未改.xlsx", "6", "0", "6", "0", "0", "0", ""],
    ]);
    await page.getByText("班级成绩：3 份，平均得分 22.3").waitFor();
    await screenshot(page, "web-practice.png");

    const sheetPath = await (await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载班级成绩表" }).click()]))[0].path();
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.load(readFileSync(sheetPath) as unknown as ExcelJS.Buffer);
    const classSheet = sheet.getWorksheet("班级成绩")!;
    expect((classSheet.getRow(5).values as ExcelJS.CellValue[]).slice(1, 9)).toEqual([2, "乙-改错.xlsx", 6, 0, 5, 1, 0, 0]);
    expect(classSheet.pageSetup).toMatchObject({ paperSize: 9, printTitlesRow: "3:3" });
    await page.close();
  });

  it("shows the rule handbook with every rule of the registry", async () => {
    const page = await openPage();
    await page.getByRole("tab", { name: "规则说明" }).click();
    const handbook = page.frameLocator('iframe[title="审核规则说明"]');
    await handbook.locator("article").first().waitFor();
    expect(await handbook.locator("article").count()).toBe(RULES.length);
    await screenshot(page, "web-handbook.png");
    await page.close();
  });

  it("reads hostile files in its worker: a merge over A1:T1048576 is checked, a part declaring 4 GB gets one Chinese line", async () => {
    const parts = unzipSync(await registerWorkbook(sampleRegister()).toBuffer());
    const sheet = "xl/worksheets/sheet3.xml";
    parts[sheet] = strToU8(strFromU8(parts[sheet]).replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="A1:T1048576"/>`));
    const page = await openPage();
    await page.locator("#junheng-file").setInputFiles({ name: "合并.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(zipSync(parts)) });
    await page.getByRole("tab", { name: "学生与班级" }).waitFor({ timeout: 30_000 });
    await runPane(page);

    // Every central-directory entry's uncompressed size set to 0xFFFFFFF0: refused before anything is inflated.
    const bomb = zipSync(unzipSync(await registerWorkbook(sampleRegister()).toBuffer()), { level: 0 });
    const data = new DataView(bomb.buffer);
    for (let at = 0; at + 4 <= bomb.length; at++) if (data.getUint32(at, true) === 0x02014b50) data.setUint32(at + 24, 0xfffffff0, true);
    await page.locator("#junheng-file").setInputFiles({ name: "炸弹.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(bomb) });
    await page.getByText(/超过 768 MB 的上限/).waitFor({ timeout: 30_000 });
    await page.close();
  });

  it("works from a plain folder (file://) too", async () => {
    const page = await openPage(pathToFileURL(path.join(site, "index.html")).href);
    await page.getByRole("button", { name: "打开示例登记表" }).click();
    await runPane(page);
    expect(Number(await tile(page, "错误"))).toBeGreaterThan(0);
    await page.close();
  });

  // Last: these read what every test above saw.
  it("raised no script error and no Content-Security-Policy violation", () => {
    expect(pageErrors).toEqual([]);
  });

  it("forbids every connection in its Content-Security-Policy", () => {
    const html = readFileSync(path.join(site, "index.html"), "utf8");
    expect(html).toMatch(/<meta http-equiv="?Content-Security-Policy"? content="[^"]*connect-src 'none'/);
    expect(html).toMatch(/script-src 'self';/);
  });

  it("requests nothing but the page's own files", () => {
    expect(requests.length).toBeGreaterThan(0);
    const own = (url: string) => url.startsWith(server.url) || url.startsWith(pathToFileURL(site).href) || /^(blob|data):/.test(url);
    expect(requests.filter((r) => !own(r.url())).map((r) => r.url())).toEqual([]);
    expect(requests.filter((r) => r.method() !== "GET").map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    for (const request of requests.filter((r) => r.url().startsWith(server.url))) {
      const file = new URL(request.url()).pathname.slice(1) || "index.html";
      expect({ file, exists: existsSync(path.join(site, file)) }).toEqual({ file, exists: true });
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

