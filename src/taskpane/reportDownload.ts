/**
 * 下载自评报告（Word） from the pane: the report model from the current run, packed to .docx in the browser and handed
 * over as a Blob URL on an <a download>. Some Office webviews refuse Blob URLs (an exception, reported to the user)
 * or silently ignore the download attribute (undetectable, so the pane always shows a hint with the alternatives).
 */
import type { CheckRun } from "../domain/check";
import { reportOfRun } from "../domain/report/measuresText";
import type { ReportModel } from "../domain/report/model";
import { DOCX_MIME } from "../report/docx/mime";
import { browserEnv, saveBlob, type DownloadEnv } from "./download";

/** The report title as a file name, with the characters Windows forbids in names replaced. */
export function reportFileName(model: ReportModel): string {
  const safe = [...model.title].map((ch) => (ch < " " || '\\/:*?"<>|'.includes(ch) ? "_" : ch)).join("");
  const base = safe.trim() || "自评报告";
  return `${base}.docx`;
}

export async function reportBlob(model: ReportModel): Promise<Blob> {
  // Loaded on demand: docx is most of a megabyte, and most checks never export a report.
  const { reportDocx } = await import("../report/docx/reportDocument");
  const bytes = await reportDocx(model);
  // A copy backed by a plain ArrayBuffer, which is what BlobPart accepts.
  return new Blob([bytes.slice()], { type: DOCX_MIME });
}

/**
 * Builds the report from the run (with the 主要做法 of the template the run read) and starts its download; returns
 * the file name.
 */
export async function downloadReport(run: CheckRun, env: DownloadEnv = browserEnv()): Promise<string> {
  const model = reportOfRun(run);
  const fileName = reportFileName(model);
  saveBlob(await reportBlob(model), fileName, env);
  return fileName;
}
