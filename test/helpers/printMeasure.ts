/**
 * Measuring printed text: a workbook or document converted to PDF by LibreOffice, then every word's box from
 * `pdftotext -bbox` (poppler-utils), its height taken as the printed text size. The print tests skip when soffice or
 * pdftotext is missing, unless JUNHENG_REQUIRE_BROWSER is set.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { sofficePath, toolPath } from "../report/soffice";

export interface PageMeasure {
  readonly page: number;
  readonly words: number;
  /** Median word height on the page, in points; null on a page without words. */
  readonly medianHeight: number | null;
}

/** soffice and pdftotext, or the reason when either is missing. */
export function printTools(): { soffice: string; pdftotext: string } | string {
  const soffice = sofficePath();
  const pdftotext = toolPath("pdftotext");
  if (soffice && pdftotext) return { soffice, pdftotext };
  return `${soffice ? "" : "soffice (LibreOffice) "}${pdftotext ? "" : "pdftotext (poppler-utils) "}missing`;
}

export { convertToPdf as toPdf } from "../report/soffice";

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
