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

export { convertAllToPdf } from "../report/soffice";

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export interface WordBox {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word's box, page by page, from `pdftotext -bbox` (points from the top left of the page). */
export function wordBoxes(pdftotext: string, pdf: string): WordBox[][] {
  const html = path.join(mkdtempSync(path.join(tmpdir(), "junheng-bbox-")), "bbox.html");
  const result = spawnSync(pdftotext, ["-bbox", pdf, html], { encoding: "utf8", timeout: 120_000 });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return readFileSync(html, "utf8")
    .split("<page ")
    .slice(1)
    .map((chunk) =>
      [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        text: m[5],
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      })),
    );
}

/** Every page's word count and median word height. */
export function measurePages(pdftotext: string, pdf: string): PageMeasure[] {
  return wordBoxes(pdftotext, pdf).map((words, i) => ({ page: i + 1, words: words.length, medianHeight: median(words.map((w) => w.yMax - w.yMin)) }));
}

/**
 * Pairs of words on a page whose boxes overlap by more than a point both ways: text that ran out of its row or
 * column over its neighbour's.
 */
export function overlappingWords(words: readonly WordBox[]): [string, string][] {
  const overlaps: [string, string][] = [];
  words.forEach((a, i) =>
    words.slice(i + 1).forEach((b) => {
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (across > 1 && down > 1) overlaps.push([a.text, b.text]);
    }),
  );
  return overlaps;
}
