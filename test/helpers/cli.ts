import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import type { WorkbookGrid } from "../../src/domain/grid";
import { layoutRegister, type RegisterRecords } from "../../src/domain/layout/registerLayout";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { writeFileSync } from "node:fs";

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "junheng-"));
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  // No locale variables: the output is Chinese whatever the machine's LANG, unless a test passes --lang.
  const code = await main(args, { stdout: (t) => (stdout += t + "\n"), stderr: (t) => (stderr += t + "\n") }, {});
  return { code, stdout, stderr };
}

export async function writeGrid(file: string, grid: WorkbookGrid): Promise<string> {
  writeFileSync(file, await ExcelJsWorkbook.fromGrid(grid).toBuffer());
  return file;
}

export async function writeRecords(file: string, records: RegisterRecords): Promise<string> {
  return writeGrid(file, layoutRegister(records).grid);
}
