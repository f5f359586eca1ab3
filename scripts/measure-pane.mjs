// Measures how long the task pane blocks the browser's main thread on a big register: builds the preview page
// (unless --no-build), opens it in Chromium over an error-heavy generated register (?schools=3000: about 4 000
// findings), lets the check run on open, then opens every tab and a long list's first rows, and reports the
// longest task (PerformanceObserver "longtask") and every task over 100 ms.
//   node scripts/measure-pane.mjs [--no-build] [--schools 3000]
/* global console, process, PerformanceObserver, window, URL */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startStaticServer } from "./static-server.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const schools = Number(args.includes("--schools") ? args[args.indexOf("--schools") + 1] : 3000);

if (!args.includes("--no-build")) {
  const build = spawnSync(join(root, "node_modules", ".bin", "webpack"), ["--config", "webpack.preview.config.js"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
}

const { server, url } = await startStaticServer(join(root, "dist-preview"));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: 350, height: 900 } });
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push({ at: Math.round(entry.startTime), ms: Math.round(entry.duration), step: window.__step ?? "load" });
    }).observe({ type: "longtask", buffered: true });
  });
  page.on("pageerror", (error) => console.error("page error:", error.message));
  page.on("console", (message) => message.type() === "error" && console.error("console:", message.text()));
  const step = async (name, action) => {
    await page.evaluate((n) => (window.__step = n), name);
    await action();
    await page.waitForTimeout(1500);
  };
  await page.goto(`${url}?schools=${schools}`);
  await step("check", () => page.getByRole("tablist").waitFor({ timeout: Number(process.env.MEASURE_TIMEOUT_MS ?? 300000) }));
  const count = await page.getByText(/共 \d+ 条|显示 \d+/).first().textContent().catch(() => "");
  for (const tab of ["指标", "差异系数", "整改清单", "问题"]) await step(`tab ${tab}`, () => page.getByRole("tab", { name: tab }).click());
  await step("open a school", () => page.locator("#panel-findings h3 button").first().click());
  await step("scroll", () => page.mouse.wheel(0, 20000));
  const tasks = await page.evaluate(() => window.__tasks);
  const longest = tasks.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, step: "none" });
  console.log(JSON.stringify({ schools, findingsShown: count, longest, over100ms: tasks.filter((t) => t.ms > 100) }, null, 1));
} finally {
  await browser.close();
  server.close();
}
