/**
 * Measuring printed text: a workbook or document converted to PDF by LibreOffice, then every word's box from
 * `pdftotext -bbox` (poppler-utils), its height taken as the printed text size. Used by the print tests and by
 * scripts/print-check.ts; both skip when soffice or pdftotext is missing, unless JUNHENG_REQUIRE_BROWSER is set.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

export interface PageMeasure {
  readonly page: number;
  readonly words: number;
  /** Median word height on the page, in points; null on a page without words. */
  readonly medianHeight: number | null;
}

function onPath(tool: string): string | null {
  const found = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" });
  const file = found.status === 0 ? found.stdout.trim() : "";
  return file && existsSync(file) ? file : null;
}

/** soffice and pdftotext, or null with the reason when either is missing. */
export function printTools(): { soffice: string; pdftotext: string } | string {
  const soffice = onPath("soffice");
  const pdftotext = onPath("pdftotext");
  if (soffice && pdftotext) return { soffice, pdftotext };
  return `${soffice ? "" : "soffice (LibreOffice) "}${pdftotext ? "" : "pdftotext (poppler-utils) "}missing`;
}

/** Converts a file to PDF headless with a profile of its own; returns the PDF's path. */
export function toPdf(soffice: string, file: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), "junheng-print-"));
  const profile = pathToFileURL(mkdtempSync(path.join(tmpdir(), "junheng-lo-"))).href;
  const result = spawnSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, file], {
    encoding: "utf8",
    timeout: 300_000,
  });
  const pdf = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF (status ${result.status}): ${result.stderr || result.stdout}`);
  return pdf;
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Every page's word count and median word height, from `pdftotext -bbox`. */
export function measurePages(pdftotext: string, pdf: string): PageMeasure[] {
  const html = path.join(mkdtempSync(path.join(tmpdir(), "junheng-bbox-")), "bbox.html");
  const result = spawnSync(pdftotext, ["-bbox", pdf, html], { encoding: "utf8", timeout: 120_000 });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  const text = readFileSync(html, "utf8");
  return text.split("<page ").slice(1).map((chunk, i) => {
    const heights = [...chunk.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((m) => Number(m[2]) - Number(m[1]));
    return { page: i + 1, words: heights.length, medianHeight: median(heights) };
  });
}
