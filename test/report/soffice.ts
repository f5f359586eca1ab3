/**
 * LibreOffice for tests that open the .docx in a real word processor. Optional: CI without LibreOffice skips those
 * tests, saying why, and stays green.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

/** The soffice binary on PATH, or null. */
export function sofficePath(): string | null {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  const file = found.status === 0 ? found.stdout.trim() : "";
  return file && existsSync(file) ? file : null;
}

/**
 * Converts a .docx to PDF headless and returns the PDF. A profile of its own, so a LibreOffice already running on
 * the machine (or another test) does not swallow the conversion.
 */
export function docxToPdf(soffice: string, docx: string): Buffer {
  const outDir = mkdtempSync(path.join(tmpdir(), "junheng-pdf-"));
  const profile = pathToFileURL(mkdtempSync(path.join(tmpdir(), "junheng-lo-"))).href;
  const result = spawnSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, docx], {
    encoding: "utf8",
    timeout: 180_000,
  });
  const pdf = path.join(outDir, `${path.basename(docx, path.extname(docx))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF (status ${result.status}): ${result.stderr || result.stdout}`);
  return readFileSync(pdf);
}

/** The PDF's MediaBoxes (pages and the page tree) as "WxH" in points; LibreOffice writes them uncompressed. */
export function pdfMediaBoxes(pdf: Buffer): string[] {
  return [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
}
