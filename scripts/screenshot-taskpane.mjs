// Takes the README screenshot of the task pane: builds the preview page (webpack.preview.config.js: the pane over
// the embedded sample register, checked on open), serves dist-preview/ on 127.0.0.1, opens it in Debian's chromium
// at a task-pane size and saves docs/screenshots/taskpane.png.
//   node scripts/screenshot-taskpane.mjs [--no-build] [--lang en-US] [--theme dark] [--width 320] [--out docs/screenshots/taskpane.png]
// Needs /usr/bin/chromium (apt-get install chromium) and a CJK font (apt-get install fonts-noto-cjk), or every
// Chinese character comes out as a box.
/* global console, document, process, URL, URLSearchParams */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startStaticServer } from "./static-server.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const out = resolve(root, option("--out", "docs/screenshots/taskpane.png"));
const lang = option("--lang", "");
const theme = option("--theme", "");
const site = join(root, "dist-preview");
const VIEWPORT = { width: Number(option("--width", 380)), height: 900 };

if (!args.includes("--no-build")) {
  const webpack = join(root, "node_modules", ".bin", "webpack");
  const build = spawnSync(webpack, ["--config", "webpack.preview.config.js"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) {
    console.error("预览页构建失败（webpack.preview.config.js）。");
    process.exit(1);
  }
}
if (!existsSync(join(site, "index.html"))) {
  console.error("dist-preview/index.html 不存在：请先构建预览页。");
  process.exit(1);
}

const { server, url } = await startStaticServer(site);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
});
try {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 2, locale: lang || "zh-CN" });
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  const query = new URLSearchParams([...(lang ? [["lang", lang]] : []), ...(theme ? [["theme", theme]] : [])]).toString();
  await page.goto(`${url}${query ? `?${query}` : ""}`);
  // The check runs on open; the summary appears when it has finished.
  await page.getByRole("tablist").waitFor({ timeout: 30000 });
  await page.evaluate(() => document.fonts.ready);
  await mkdir(resolve(out, ".."), { recursive: true });
  await page.screenshot({ path: out });
  console.log(out.slice(root.length));
  if (problems.length > 0) {
    console.error(`预览页报告了错误：\n${problems.join("\n")}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.close();
}
