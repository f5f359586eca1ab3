/**
 * The .docx opened by a real word processor: LibreOffice converts it to PDF, with portrait and landscape A4 pages.
 * Skipped, saying so, where LibreOffice is not installed.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runCheck } from "../../src/domain/check";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { buildReport } from "../../src/domain/report/buildReport";
import type { ReportModel } from "../../src/domain/report/model";
import { sampleRegister } from "../../src/domain/sample/sample";
import { reportDocx } from "../../src/report/docx/reportDocument";
import { tempDir } from "../helpers/cli";
import { fixtureModel } from "./fixtures";
import { convertAllToPdf, pdfMediaBoxes, sofficePath, toolPath } from "./soffice";

const soffice = sofficePath();
if (!soffice) console.log("LibreOffice (soffice) is not on PATH: the PDF conversion tests are skipped.");

/** A test that needs LibreOffice, or skipped. */
const withLibreOffice = soffice ? it : it.skip;

/** The reports as PDFs, converted by one LibreOffice (each start costs seconds), in the order given. */
async function pdfsOf(models: readonly ReportModel[], soffice: string): Promise<Buffer[]> {
  const dir = tempDir();
  const files = await Promise.all(
    models.map(async (model, i) => {
      const docx = path.join(dir, `自评报告${i}.docx`);
      writeFileSync(docx, await reportDocx(model));
      return docx;
    }),
  );
  return convertAllToPdf(soffice, files).map((pdf) => readFileSync(pdf));
}

/**
 * Lines of `pdftotext -layout` that hold nothing but the tail of a number left over from the line above: a digit or
 * three, a decimal tail, a lone %, a closing bracket after digits, a lone ≤. A number kept whole leaves none.
 */
function brokenNumbers(text: string): string[] {
  const tail = /^(\d{1,3}|\.\d+|%|[\d.]*）|\d+\.|≤)$/;
  return text.split("\n").filter((line) => {
    const words = line.trim().split(/\s+/).filter(Boolean);
    return words.length > 0 && words.length <= 3 && words.every((w) => tail.test(w));
  });
}

function pdfLayoutText(pdftotext: string, pdf: Buffer): string {
  const file = path.join(tempDir(), "report.pdf");
  writeFileSync(file, pdf);
  return spawnSync(pdftotext, ["-layout", file, "-"], { encoding: "utf8" }).stdout;
}

describe("the report in LibreOffice", () => {
  let handMade: Buffer;
  let sample: Buffer;

  beforeAll(async () => {
    if (!soffice) return;
    const run = runCheck(layoutRegister(sampleRegister()).grid);
    [handMade, sample] = await pdfsOf([fixtureModel(), buildReport(run, run.checklist)], soffice);
  }, 180_000);

  withLibreOffice("converts the hand-made report to a PDF of A4 pages, portrait and landscape", () => {
    expect(handMade.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfMediaBoxes(handMade)).toEqual(expect.arrayContaining(["595x842", "842x595"]));
  });

  withLibreOffice("converts the sample's report to a PDF, no number broken across lines", () => {
    expect(sample.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfMediaBoxes(sample)).toEqual(expect.arrayContaining(["595x842", "842x595"]));
    // Before: "2 02" / "0" (表Ⅰ), "100.0" / "%" (表Ⅱ-2), "0.0608（1 : 16." / "4）" and "≤ 0." / "65" (表Ⅲ),
    // "2016-07-2" / "5" (附表), and in sentences "10" / "0%".
    const pdftotext = toolPath("pdftotext");
    if (pdftotext) expect(brokenNumbers(pdfLayoutText(pdftotext, sample))).toEqual([]);
  });
});
