/**
 * The command line's data path, stage by stage, once per process as `junheng check` runs it (run.ts starts a fresh
 * child per pass, so every pass is as cold as a user's): (a) open the .xlsx and read it (PackageWorkbook: the package's
 * own cell reader, with Node's zlib as the command line has it),
 * (b) recognise + validate + evaluate, (c) build the write plan, write it into the workbook and save. (b) is then
 * run a second time in the same process, as the task pane and the web page do when a user checks again.
 */
import * as fs from "node:fs";
import { runCheck } from "../src/domain/check";
import { checkWritePlan } from "../src/domain/outputs/checkPlan";
import { nativeZipCodec } from "../src/cli/nativeZip";
import { PackageWorkbook } from "../src/workbook/package/PackageWorkbook";
import { useZipCodec } from "../src/workbook/package/zip";
import { measure, type Measured } from "./memory";
import { benchXlsx } from "./registers";

export type StageId = "read" | "check" | "write";

export interface StageTimes {
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakBytes: number | null;
}

export interface PassResult {
  readonly xlsxBytes: number;
  readonly outputBytes: number;
  readonly findings: number;
  readonly stages: Record<StageId | "checkAgain", StageTimes>;
}

// The command line's zip codec (cli/files.ts sets it for every command).
useZipCodec(nativeZipCodec);

const times = <T>(m: Measured<T>): StageTimes => ({ ms: m.ms, cpuMs: m.cpuMs, peakBytes: m.peakBytes });

export async function writeRegister(schools: number, file: string): Promise<void> {
  fs.writeFileSync(file, await benchXlsx(schools));
}

/** One pass over the file; with `withMemory` every stage also runs under the GC profiler (slower, so not timed). */
export async function runPass(file: string, withMemory: boolean): Promise<PassResult> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const read = await measure(async () => {
    const workbook = await PackageWorkbook.load(bytes, "bench.xlsx");
    return { workbook, grid: await workbook.read() };
  }, withMemory);
  const { workbook, grid } = read.value;
  const check = await measure(() => runCheck(grid), withMemory);
  const write = await measure(async () => {
    await workbook.write(checkWritePlan(check.value, grid));
    return workbook.toBuffer();
  }, withMemory);
  const again = await measure(() => runCheck(grid), withMemory);
  return {
    xlsxBytes: bytes.length,
    outputBytes: write.value.length,
    findings: check.value.findings.length,
    stages: { read: times(read), check: times(check), write: times(write), checkAgain: times(again) },
  };
}
