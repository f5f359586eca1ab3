import * as path from "node:path";
import { runCheck, type CheckRun } from "../domain/check";
import { asPreviousYear, type PreviousYear } from "../domain/rules/historyYear";
import { InputError } from "../domain/errors";
import { checkWritePlan } from "../domain/outputs/checkPlan";
import { reportOfRun } from "../domain/report/measuresText";
import { checkResultJson } from "../domain/result";
import type { Language } from "../domain/findings";
import { assertOutputTargets, defaultCheckedPath, openWorkbookFile, samePath, writeFilesAtomic, type OutputFile } from "./files";
import { resolvePack } from "./packOption";
import { checkSummaryText } from "./summary";

export interface CheckOptions {
  readonly input: string;
  readonly out?: string;
  readonly json?: string;
  /** The self-evaluation report as a Word document. */
  readonly docx?: string;
  readonly quiet: boolean;
  readonly meta: Readonly<Record<string, string>>;
  /** A shipped pack id or a pack JSON file. */
  readonly pack?: string;
  /** Also write the 标准参数 sheet from the active pack, for the user to edit. */
  readonly writeStandards: boolean;
  /** Last year's register or checked workbook, for the year-on-year checks. */
  readonly previous?: string;
  /** Carry last year's 整改清单 状态 and 考核自查 entries over (with `previous` only). */
  readonly carryOver?: boolean;
  /** The language of the summary, the progress lines and the JSON's messages (`--lang`, or an English LANG). */
  readonly lang?: Language;
}

export interface CommandIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** The same report the 自评报告 sheet is filled from, as .docx; docx is loaded only when a report is asked for. */
async function wordReport(run: CheckRun): Promise<Uint8Array> {
  const { reportDocx } = await import("../report/docx/reportDocument");
  return reportDocx(reportOfRun(run));
}

/** Last year's workbook, read like the input (the check recognises it); any reason it cannot be read names the file. */
async function previousYear(file: string): Promise<PreviousYear> {
  const name = path.basename(file);
  return asPreviousYear(name, async () => ({ fileName: name, grid: await (await openWorkbookFile(file, name)).read() }));
}

/** Exit status: 0 no error-level finding, 1 errors found, 2 the input could not be processed. */
export async function checkCommand(options: CheckOptions, io: CommandIO): Promise<number> {
  const lang = options.lang ?? "zh-CN";
  const en = lang === "en-US";
  const progress = (text: string) => options.quiet || io.stderr(text);
  const out = options.out ?? defaultCheckedPath(options.input);
  const inputs = new Map([[options.input, "输入文件"]]);
  if (options.previous) inputs.set(options.previous, "上年数据文件");
  assertOutputTargets([out, options.json, options.docx].filter((t): t is string => t !== undefined), inputs);
  if (options.previous && samePath(options.previous, options.input)) throw new InputError(`上年数据「${options.previous}」就是本次审核的文件，请给出上一年度的登记表。`);

  const pack = await resolvePack(options.pack);
  const name = path.basename(options.input);
  progress(en ? `Reading ${name} …` : `正在读取 ${name} …`);
  const workbook = await openWorkbookFile(options.input, name);
  const grid = await workbook.read();
  if (options.previous) progress(en ? `Reading last year's ${path.basename(options.previous)} …` : `正在读取上年数据 ${path.basename(options.previous)} …`);
  const previous = options.previous ? await previousYear(options.previous) : undefined;

  progress(en ? "Recognising headers and checking …" : "正在识别表头并审核 …");
  const run = runCheck(grid, { meta: options.meta, pack, previous, carryOver: options.carryOver });

  progress(en ? `Writing ${path.basename(out)} …` : `正在写出 ${path.basename(out)} …`);
  await workbook.write(checkWritePlan(run, grid, { writeStandards: options.writeStandards }));
  // Every output is made before any is written: should one fail, none of this run's files replaces an older one.
  const files: OutputFile[] = [{ path: out, data: await workbook.toBuffer() }];
  if (options.json) files.push({ path: options.json, data: JSON.stringify(checkResultJson(run, name, lang), null, 2) + "\n" });
  if (options.docx) {
    progress(en ? `Writing ${path.basename(options.docx)} …` : `正在写出 ${path.basename(options.docx)} …`);
    files.push({ path: options.docx, data: await wordReport(run) });
  }
  await writeFilesAtomic(files);

  io.stdout(checkSummaryText(run, name, out, lang));
  return run.summary.error > 0 ? 1 : 0;
}
