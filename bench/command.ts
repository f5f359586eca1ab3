/**
 * The whole `junheng check` as a user waits for it, against a plain exceljs read of the same file (issue 14's
 * yardstick: the command within 3× the read). Each figure comes from a process of its own:
 *   exceljs-read <file>          exceljs loads the file, nothing else
 *   command-phases <file> <dir>  the command's steps one after another, each timed: read, engine, each output, files
 *   command <file> <dir>         the command itself (main), timed as a whole, with its peak RSS
 * The whole command is `check --json` (what a statistician runs). The Word report (--docx) is timed as a phase of
 * its own up to DOCX_MAX_SCHOOLS: the docx library's memory grows faster than the register (4.3 GB at 10 000).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { runCheck } from "../src/domain/check";
import { checkWritePlan } from "../src/domain/outputs/checkPlan";
import { reportOfRun } from "../src/domain/report/measuresText";
import { checkResultJson } from "../src/domain/result";
import { reportDocx } from "../src/report/docx/reportDocument";
import { writeFilesAtomic } from "../src/cli/files";
import { checkSummaryText } from "../src/cli/summary";
import { assertXlsxBytes } from "../src/workbook/fileKind";
import { PackageWorkbook } from "../src/workbook/package/PackageWorkbook";

export const COMMAND_PHASES = ["read", "engine", "xlsx", "json", "docx", "files"] as const;
export const DOCX_MAX_SCHOOLS = 10_000;
export type CommandPhase = (typeof COMMAND_PHASES)[number];

export interface Timed {
  readonly ms: number;
  readonly cpuMs: number;
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T } & Timed> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

export async function exceljsRead(file: string): Promise<Timed> {
  const { ms, cpuMs } = await timed(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
    return workbook.worksheets.length;
  });
  return { ms, cpuMs };
}

export async function commandPhases(file: string, dir: string, withDocx: boolean): Promise<{ phases: Record<CommandPhase, Timed | null>; outputBytes: number }> {
  const read = await timed(async () => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    assertXlsxBytes(bytes, "bench.xlsx");
    const workbook = await PackageWorkbook.load(bytes, "bench.xlsx");
    return { workbook, grid: await workbook.read() };
  });
  const { workbook, grid } = read.value;
  const engine = await timed(() => runCheck(grid));
  const run = engine.value;
  const xlsx = await timed(async () => {
    await workbook.write(checkWritePlan(run, grid));
    return workbook.toBuffer();
  });
  const json = await timed(() => JSON.stringify(checkResultJson(run, "bench.xlsx"), null, 2));
  const docx = withDocx ? await timed(() => reportDocx(reportOfRun(run))) : null;
  const files = await timed(async () => {
    await writeFilesAtomic([
      { path: path.join(dir, "bench.审核.xlsx"), data: xlsx.value },
      { path: path.join(dir, "bench.json"), data: json.value },
      ...(docx ? [{ path: path.join(dir, "bench.docx"), data: docx.value }] : []),
    ]);
    return checkSummaryText(run, "bench.xlsx", "bench.审核.xlsx");
  });
  const only = (t: Timed): Timed => ({ ms: t.ms, cpuMs: t.cpuMs });
  return { phases: { read: only(read), engine: only(engine), xlsx: only(xlsx), json: only(json), docx: docx && only(docx), files: only(files) }, outputBytes: xlsx.value.length };
}

export async function wholeCommand(file: string, dir: string): Promise<Timed & { code: number }> {
  const io = { stdout: () => undefined, stderr: () => undefined };
  const args = ["check", file, "--out", path.join(dir, "whole.审核.xlsx"), "--json", path.join(dir, "whole.json"), "--quiet"];
  const { value, ms, cpuMs } = await timed(() => main(args, io));
  return { code: value, ms, cpuMs };
}
