/**
 * `junheng archive <register per year …> --out 档案汇总.xlsx`: the multi-year archive tables. Each file is checked on
 * its own (runCheck, the chosen pack); its year is its 填报说明 统计年度, or the year given for it with
 * `--year 2015=文件.xlsx`. The tables go into a new workbook; the registers are only read.
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { ArgumentError } from "./usage";
import { runCheck } from "../domain/check";
import { InputError } from "../domain/errors";
import { archivePlanSummary } from "../domain/archive/archiveSummary";
import { archiveSheets } from "../domain/archive/archivePlan";
import { archiveYears, type ArchiveSource } from "../domain/archive/archiveYears";
import { yearOf } from "../domain/archive/year";
import { ExcelJsWorkbook } from "../workbook/exceljs/ExcelJsWorkbook";
import type { CommandIO } from "./checkCommand";
import { openWorkbookFile, samePath, writeFileAtomic } from "./files";
import { resolvePack } from "./packOption";

export interface ArchiveCommandOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  /** `2015=文件.xlsx`: the year of a file whose 填报说明 lacks it (or is wrong); wins over 填报说明. */
  readonly years: readonly string[];
  readonly pack?: string;
  readonly quiet: boolean;
}

/** `--year 2015=甲.xlsx` → file index → year; the file must be one of the inputs. */
function givenYears(options: ArchiveCommandOptions): Map<number, string> {
  const byInput = new Map<number, string>();
  for (const option of options.years) {
    const at = option.indexOf("=");
    const year = at > 0 ? yearOf(option.slice(0, at)) : null;
    const file = option.slice(at + 1);
    if (year === null || file === "") throw new ArgumentError(`--year 应写成「年度=文件」，例如 --year 2015=2015年登记表.xlsx，而不是「${option}」。`);
    const index = options.inputs.findIndex((input) => samePath(input, file));
    if (index < 0) throw new ArgumentError(`--year ${option}：「${file}」不在要汇总的文件中。`);
    if (byInput.has(index)) throw new ArgumentError(`--year 为「${file}」指定了两次年度。`);
    byInput.set(index, year);
  }
  return byInput;
}

export async function archiveCommand(options: ArchiveCommandOptions, io: CommandIO): Promise<number> {
  const progress = (text: string) => options.quiet || io.stderr(text);
  if (options.inputs.length === 0) throw new ArgumentError("请给出每个年度的登记表 .xlsx 文件。");
  const clash = options.inputs.find((input) => samePath(input, options.out));
  if (clash) throw new InputError(`输出文件不能与输入文件相同（${clash}）：档案汇总从不改动原始登记表。`);
  const years = givenYears(options);
  const pack = await resolvePack(options.pack);

  const sources: ArchiveSource[] = [];
  for (const [i, file] of options.inputs.entries()) {
    progress(`正在读取并审核 ${file} …`);
    const grid = await (await openWorkbookFile(file, file)).read();
    const year = years.get(i);
    sources.push({ file: path.basename(file), run: runCheck(grid, { pack, meta: year ? { 统计年度: year } : {} }) });
  }
  const ordered = archiveYears(sources, "，或用 --year 年度=文件 指定");

  progress(`正在写出 ${path.basename(options.out)} …`);
  await writeFileAtomic(options.out, await ExcelJsWorkbook.ofOutputSheets(archiveSheets(ordered)));
  io.stdout([...archivePlanSummary(ordered), `档案汇总已写入：${options.out}`].join("\n"));
  return 0;
}

/** `archive` as the command line gives it: one register per year, `--out` (default 档案汇总.xlsx), `--year`, `--pack`. */
export async function archiveMain(args: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { out: { type: "string" }, year: { type: "string", multiple: true }, pack: { type: "string" }, quiet: { type: "boolean", default: false } },
  });
  return archiveCommand({ inputs: positionals, out: values.out ?? "档案汇总.xlsx", years: values.year ?? [], pack: values.pack, quiet: values.quiet ?? false }, io);
}
