/**
 * LibreOffice for tests that open the .docx in a real word processor. Optional: CI without LibreOffice skips those
 * tests, saying why, and stays green.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

/** A program on PATH, or null. */
export function toolPath(name: string): string | null {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  const file = found.status === 0 ? found.stdout.trim() : "";
  return file && existsSync(file) ? file : null;
}

/** The soffice binary on PATH, or null. */
export function sofficePath(): string | null {
  return toolPath("soffice");
}

/**
 * Converts documents or workbooks headless with LibreOffice's `--convert-to <filter>`, in one LibreOffice (each start
 * costs seconds), into a new folder, which it returns with LibreOffice's status and messages; LibreOffice names what
 * it writes after each file. A profile of its own, so a LibreOffice already running on the machine (or another test)
 * does not swallow the conversion.
 */
export function convertAll(soffice: string, files: readonly string[], filter: string): { outDir: string; log: string } {
  const outDir = mkdtempSync(path.join(tmpdir(), "junheng-lo-out-"));
  const profile = pathToFileURL(mkdtempSync(path.join(tmpdir(), "junheng-lo-"))).href;
  const result = spawnSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", filter, "--outdir", outDir, ...files], {
    encoding: "utf8",
    timeout: 300_000,
  });
  return { outDir, log: `status ${result.status}: ${result.stderr || result.stdout}` };
}

/** Documents or workbooks converted to PDF (convertAll); the PDFs' paths in the same order. The files need different base names. */
export function convertAllToPdf(soffice: string, files: readonly string[]): string[] {
  const { outDir, log } = convertAll(soffice, files, "pdf");
  return files.map((file) => {
    const pdf = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${file} (${log})`);
    return pdf;
  });
}

/** The PDF's MediaBoxes (pages and the page tree) as "WxH" in points; LibreOffice writes them uncompressed. */
export function pdfMediaBoxes(pdf: Buffer): string[] {
  return [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
}
