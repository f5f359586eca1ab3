/**
 * The web page end to end, in Debian's Chromium: open the sample, run, compare the counts with the engine's,
 * click a finding and see its cell in the grid, download the checked copy (highlights in it) and the Word report; a
 * 2 000-school register stays virtualised; a practice set is generated, partly fixed and scored; the handbook
 * lists every rule; nothing is requested from anywhere but the page's own folder. Screenshots go to out/e2e/
 * (and to docs/screenshots/ with UPDATE_SCREENSHOTS=1, for the README).
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page, Request } from "playwright-core";
import { runCheck } from "../../src/domain/check";
import { parseCellAddress } from "../../src/domain/grid";
import { RULE_INFOS } from "../../src/domain/rules/registry";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import { HIGHLIGHT_COLOURS } from "../../src/domain/outputs/writePlan";
import { cleanPracticeRegister } from "../../src/domain/practice/practiceRegister";
import { parsePracticeKeyFile } from "../../src/domain/practice/keyJson";
import { generateTownship } from "../../src/domain/sample/generator";
import { sampleRegister } from "../../src/domain/sample/sample";
import { registerWorkbook } from "../../src/workbook/exceljs/registerWorkbook";
import { junhengHighlights } from "../helpers/checkedCopy";
import { browserAvailable, buildWebPage, launchChromium, serveWebPage, type RunningServer } from "./webHarness";

const describeInBrowser = browserAvailable() ? describe : describe.skip;
jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "out/e2e");

describeInBrowser("web page in Chromium", () => {
  let site: string;
  let server: RunningServer;
  let browser: Browser;
  const requests: Request[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    site = mkdtempSync(path.join(tmpdir(), "junheng-web-"));
    await buildWebPage(site);
    server = await serveWebPage(site);
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (site) rmSync(site, { recursive: true, force: true });
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

  it("scores a practice register after some seeded errors are fixed", async () => {
    const page = await openPage();
    await page.getByRole("tab", { name: "练习与评分" }).click();
    await page.getByLabel("种子").fill("31");
    await page.getByLabel(/埋入错误数/).fill("6");
    await page.getByRole("button", { name: "生成练习表" }).click();
    await page.getByText("已生成：种子 31，埋入 6 处错误。").waitFor();
    const workbookPath = await (await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载练习表（发给学员）" }).click()]))[0].path();
    const keyPath = await (await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载答案（老师自留）" }).click()]))[0].path();

    // The trainee fixes the first four seeded errors: each row they point at gets its clean values back.
    const key = parsePracticeKeyFile(readFileSync(keyPath, "utf8"));
    const clean = layoutRegister(cleanPracticeRegister(31)).grid;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(workbookPath) as unknown as ExcelJS.Buffer);
    for (const entry of key.errors.slice(0, 4)) {
      const cleanSheet = clean.sheets.find((s) => s.name === entry.sheet)!;
      for (const row of new Set(entry.cells.map((address) => parseCellAddress(address).row))) {
        cleanSheet.rows[row].forEach((value, col) => {
          workbook.getWorksheet(entry.sheet)!.getCell(row + 1, col + 1).value = value instanceof Date || typeof value !== "object" ? value : null;
        });
      }
    }
    const fixed = path.join(path.dirname(workbookPath), "改过的练习表.xlsx");
    await workbook.xlsx.writeFile(fixed);

    await page.getByLabel("改过的练习表 .xlsx").setInputFiles(fixed);
    await page.getByLabel("答案文件 .答案.json").setInputFiles({ name: "练习.答案.json", mimeType: "application/json", buffer: readFileSync(keyPath) });
    await page.getByRole("button", { name: "评分" }).click();
    const score = page.getByRole("list", { name: "练习评分" });
    await score.waitFor({ timeout: 60_000 });
    expect(await score.getByRole("listitem").allTextContents()).toEqual(["已改正4", "未改正2", "新引入问题0"]);
    await screenshot(page, "web-practice.png");
    await page.close();
  });

  it("shows the rule handbook with every rule of the registry", async () => {
    const page = await openPage();
    await page.getByRole("tab", { name: "规则说明" }).click();
    const handbook = page.frameLocator('iframe[title="审核规则说明"]');
    await handbook.locator("article").first().waitFor();
    expect(await handbook.locator("article").count()).toBe(RULE_INFOS.length);
    await screenshot(page, "web-handbook.png");
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

