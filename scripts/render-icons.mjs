// Renders assets/icon.svg to the PNG sizes the manifest and AppSource need (16/32/64/80/128 px).
// The PNGs are committed, so builds and CI never need a browser; rerun this only when icon.svg changes:
//   node scripts/render-icons.mjs
// Uses Debian's chromium through playwright-core (no browser download is possible or wanted here).
/* global console, process, URL */
import { readFile, writeFile } from "node:fs/promises";
import { chromium } from "playwright-core";

const SIZES = [16, 32, 64, 80, 128];
const assets = new URL("../assets/", import.meta.url);
const svg = await readFile(new URL("icon.svg", assets), "utf8");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
});
try {
  for (const size of SIZES) {
    // deviceScaleFactor 1 so one CSS pixel is one PNG pixel; the SVG scales by its viewBox.
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    // omitBackground keeps the rounded corners transparent.
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(new URL(`icon-${size}.png`, assets), png);
    await page.close();
    console.log(`assets/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
