/**
 * The WPS add-in as `npm run build:wps` makes it (built here in development mode): ribbon.xml is well-formed, every
 * callback it names is defined by the entry page's script, and its button opens taskpane.html beside it; the deploy
 * templates are well-formed. Then the task pane in Debian's Chromium with a fake ET `Application` injected, as WPS
 * injects the real one: it checks the sample, shows the findings, writes the highlights into the fake, follows
 * clicks both ways, requests nothing but its own files; opened in a plain browser, it says so instead.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import type { Browser, Page, Request } from "playwright-core";
import { validateXML } from "xmllint-wasm";
import { runCheck } from "../../src/domain/check";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import { HIGHLIGHT_COLOURS } from "../../src/domain/outputs/palette";
import { sampleRegister } from "../../src/domain/sample/sample";
import { hostMessage } from "../../src/taskpane/wps/hostKind";
import type { FakeEt } from "../workbook/wps/fake/app";
import { browserAvailable, launchChromium, serveWebPage, type RunningServer } from "./webHarness";
import { FAKE_ET_SCRIPT, wpsSite, type WpsSite } from "./wpsHarness";

jest.setTimeout(120_000);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
const describeInBrowser = browserAvailable() ? describe : describe.skip;

let built: WpsSite | undefined;
let site: string;
let fakeDir: string;

beforeAll(async () => {
  built = await wpsSite();
  ({ site, fakeDir } = built);
}, 400_000);

afterAll(() => built?.dispose());

async function wellFormed(fileName: string, contents: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName, contents }], normalization: "format" });
  return result.errors.map((e) => e.rawMessage);
}

/** The script the built index.html loads (WPS's hidden entry page). */
function entryScript(): string {
  const html = readFileSync(path.join(site, "index.html"), "utf8");
  const src = /<script[^>]*src="?([^" >]+)"?/.exec(html)?.[1];
  if (!src) throw new Error(`no script in index.html: ${html}`);
  return readFileSync(path.join(site, src), "utf8");
}

describe("npm run build:wps", () => {
  it("writes a well-formed ribbon.xml whose callbacks the entry page defines and whose button opens the pane beside it", async () => {
    const ribbon = readFileSync(path.join(site, "ribbon.xml"), "utf8");
    expect(ribbon.startsWith("<customUI")).toBe(true); // WPS's publish check rejected an XML declaration
    expect(await wellFormed("ribbon.xml", ribbon)).toEqual([]);
    expect(await wellFormed("broken.xml", ribbon.replace("</group>", ""))).not.toEqual([]);

    const callbacks = [...ribbon.matchAll(/\b(?:onLoad|onAction|get[A-Z]\w*)="([^"]+)"/g)].map((m) => m[1]);
    expect(callbacks).toEqual(expect.arrayContaining(["OnAddinLoad", "OnAction"]));
    const created: string[] = [];
    const storage = new Map<string, string>();
    const Application = {
      CreateTaskPane: (url: string) => (created.push(url), { ID: "pane-1", Visible: false, DockPosition: 0 }),
      PluginStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v) },
    };
    const sandbox: Record<string, unknown> = { Application, URL, document: { location: { href: "file:///C:/jsaddons/junheng_0.1.0/index.html" } } };
    sandbox.window = sandbox;
    sandbox.self = sandbox;
    vm.runInNewContext(entryScript(), sandbox);
    expect(callbacks.filter((name) => typeof sandbox[name] !== "function")).toEqual([]);

    const button = /<button\b[^>]*\bid="([^"]+)"/.exec(ribbon)![1];
    expect((sandbox.OnAction as (c: { Id: string }) => unknown)({ Id: button })).toBe(true);
    expect(created).toEqual(["file:///C:/jsaddons/junheng_0.1.0/taskpane.html"]);
    expect(existsSync(path.join(site, "taskpane.html"))).toBe(true);
    expect(existsSync(path.join(site, (sandbox.GetImage as (c: { Id: string }) => string)({ Id: button })))).toBe(true);
  });

  it("writes well-formed deploy templates naming the offline folder and the version", async () => {
    const { version } = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as { version: string };
    expect(readdirSync(path.join(site, "deploy")).sort()).toEqual(["jsplugins.xml", "publish.xml"]);
    const publish = readFileSync(path.join(site, "deploy/publish.xml"), "utf8");
    const jsplugins = readFileSync(path.join(site, "deploy/jsplugins.xml"), "utf8");
    expect([await wellFormed("publish.xml", publish), await wellFormed("jsplugins.xml", jsplugins)]).toEqual([[], []]);
    expect(publish).toContain(`<jsplugin name="junheng" type="et" url="junheng_${version}" version="${version}"`);
    expect(jsplugins).toContain(`<jspluginonline name="junheng" type="et"`);
  });
});

describeInBrowser("WPS task pane in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  const requests: Request[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serveWebPage(site);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function openPane(inWps: boolean): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
    if (inWps) await page.addInitScript({ content: readFileSync(path.join(fakeDir, FAKE_ET_SCRIPT), "utf8") });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    page.on("request", (request) => requests.push(request));
    await page.goto(`${server.url}taskpane.html`);
    return page;
  }

  async function tile(page: Page, label: string): Promise<string> {
    const items = await page.getByRole("list", { name: "审核摘要" }).getByRole("listitem").allTextContents();
    const item = items.find((text) => text.startsWith(label));
    if (item === undefined) throw new Error(`no tile ${label} in ${items.join(" | ")}`);
    return item.slice(label.length);
  }

  it("the WPS task pane checks the sample in Chromium: findings shown, highlights written to the fake, clicks followed", async () => {
    const grid = layoutRegister(sampleRegister()).grid;
    const expected = runCheck(grid);
    const plan = checkWritePlan(expected, grid);
    const page = await openPane(true);
    await page.getByRole("button", { name: "开始审核" }).click();
    await page.getByRole("list", { name: "审核摘要" }).waitFor({ timeout: 60_000 });
    expect(await tile(page, "错误")).toBe(String(expected.summary.error));
    expect(await tile(page, "警告")).toBe(String(expected.summary.warning));

    const shown = await page.evaluate(
      (groups) => {
        const et = (window as unknown as { junhengFakeEt: FakeEt }).junhengFakeEt;
        return groups.map((g) => g.cells.map((cell) => et.fillOf(g.sheet, cell)));
      },
      plan.highlights.map((g) => ({ sheet: g.sheet, cells: [...g.cells] })),
    );
    expect(plan.highlights.length).toBeGreaterThan(0);
    expect(shown).toEqual(plan.highlights.map((g) => g.cells.map(() => HIGHLIGHT_COLOURS[g.kind])));
    const writes = await page.evaluate(() => (window as unknown as { junhengFakeEt: FakeEt }).junhengFakeEt.writesWhileUpdating);
    expect(writes).toBe(0);

    // The findings, by school: clicking one selects its cell in the workbook.
    const finding = expected.findings.find((f) => f.sheet && f.cells.length > 0 && f.severity === "error" && f.schoolName)!;
    const school = page.getByRole("button", { name: new RegExp(`^${escapeRegExp(finding.schoolName!)}`) });
    if ((await school.getAttribute("aria-expanded")) !== "true") await school.click();
    await page.getByRole("button", { name: new RegExp(escapeRegExp(finding.message)) }).first().click();
    const selected = () => (window as unknown as { junhengFakeEt: FakeEt }).junhengFakeEt.selection;
    await page.waitForFunction(selected);
    expect(await page.evaluate(selected)).toEqual({ sheet: finding.sheet, address: finding.cells[0] });

    // A click in the sheet reaches the pane through WPS's SheetSelectionChange event (another cell than the pane's own).
    const clicked = expected.findings.find((f) => f.sheet && f.cells.length > 0 && (f.sheet !== finding.sheet || f.cells[0] !== finding.cells[0]))!;
    await page.evaluate(({ sheet, cell }) => (window as unknown as { junhengFakeEt: FakeEt }).junhengFakeEt.userSelects(sheet, cell), {
      sheet: clicked.sheet!,
      cell: clicked.cells[0],
    });
    await page.getByRole("region", { name: new RegExp(`^所选单元格 .*${clicked.cells[0]}.* 的问题$`) }).waitFor();
    await page.close();
  });

  it("says which host it found, and what to do, when opened in a plain browser", async () => {
    const page = await openPane(false);
    const message = page.locator("#host-message");
    await message.waitFor();
    expect(await message.textContent()).toBe(hostMessage("browser"));
    expect(await page.locator("#root").isHidden()).toBe(true);
    await page.close();
  });

  // Last: these read what every test above saw.
  it("raised no script error and no Content-Security-Policy violation", () => {
    expect(pageErrors).toEqual([]);
  });

  it("requests nothing but the add-in's own files", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.url().startsWith(server.url)).map((r) => r.url())).toEqual([]);
    expect(requests.filter((r) => r.method() !== "GET").map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    for (const request of requests) {
      const file = new URL(request.url()).pathname.slice(1);
      expect({ file, exists: existsSync(path.join(site, file)) }).toEqual({ file, exists: true });
    }
    const html = readFileSync(path.join(site, "taskpane.html"), "utf8");
    expect(html).toMatch(/connect-src 'none'/);
  });
});
