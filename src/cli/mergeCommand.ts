/**
 * `junheng merge <files or folders> --out <register.xlsx>`: one register from several (schools into a township,
 * townships into a county). Every file is read the way `check` reads it; conflicts are printed one per line and
 * block the output (exit 2, nothing written), since a merged register with a guessed school or year would be
 * checked and reported as if it were right. Inputs are only read.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { ArgumentError } from "./usage";
import { InputError } from "../domain/errors";
import { mergeRegisters } from "../domain/merge/mergeRegisters";
import type { MergeSource } from "../domain/merge/types";
import { registerWorkbook } from "../workbook/exceljs/registerWorkbook";
import type { CommandIO } from "./checkCommand";
import { openWorkbookFile, samePath, writeFileAtomic } from "./files";

export interface MergeCommandOptions {
  /** Files and folders as the user gave them; a folder stands for the .xlsx files directly in it. */
  readonly inputs: readonly string[];
  readonly out: string;
  /** 填报说明 values for the merged register (乡镇, 统计年度). */
  readonly meta: Readonly<Record<string, string>>;
  readonly quiet: boolean;
}

/** Old or foreign workbook formats in a folder: a school's data would be missing, so they are read (and refused). */
const WORKBOOK_LIKE = /\.(xls|xlsm|xlsb|et|ods)$/i;

/** Files of a folder to merge, and the entries passed over (with why), in name order so runs are repeatable. */
async function folderFiles(folder: string, out: string): Promise<{ files: string[]; skipped: string[] }> {
  const names = (await fs.readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  const files: string[] = [];
  const skipped: string[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    if (samePath(file, out)) continue;
    if (name.startsWith("~$")) skipped.push(`已跳过「${file}」：Excel 打开文件时留下的临时文件`);
    else if (/\.xlsx$/i.test(name) || WORKBOOK_LIKE.test(name)) files.push(file);
    else if (!name.startsWith(".")) skipped.push(`已跳过「${file}」：不是 .xlsx 工作簿`);
  }
  return { files, skipped };
}

async function inputFiles(inputs: readonly string[], out: string): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    const isFolder = await fs.stat(input).then((s) => s.isDirectory(), () => false);
    if (isFolder) {
      const found = await folderFiles(input, out);
      files.push(...found.files);
      skipped.push(...found.skipped);
    } else files.push(input);
  }
  // The same file named twice (or found in a folder and named too) is one input, not a duplicate of itself.
  const unique = files.filter((f, i) => files.findIndex((g) => samePath(f, g)) === i);
  return { files: unique, skipped };
}

async function readSource(file: string): Promise<MergeSource> {
  try {
    return { file, grid: await (await openWorkbookFile(file, file)).read() };
  } catch (error) {
    if (error instanceof InputError) return { file, failure: error.message };
    throw error;
  }
}

export async function mergeCommand(options: MergeCommandOptions, io: CommandIO): Promise<number> {
  const progress = (text: string) => options.quiet || io.stderr(text);
  const given = options.inputs.find((input) => samePath(input, options.out));
  if (given) throw new InputError(`输出文件不能与输入相同（${given}）：合并从不改动原始登记表。`);
  const { files, skipped } = await inputFiles(options.inputs, options.out);
  if (files.length === 0) throw new InputError(`没有找到要合并的 .xlsx 登记表（${options.inputs.join("、")}）。`);

  const sources: MergeSource[] = [];
  for (const file of files) {
    progress(`正在读取 ${file} …`);
    sources.push(await readSource(file));
  }
  const result = mergeRegisters(sources, { meta: options.meta });
  for (const line of skipped) io.stderr(`提示：${line}`);
  for (const note of result.notes) io.stderr(`提示：${note.message}`);
  if (result.conflicts.length > 0) {
    for (const conflict of result.conflicts) io.stderr(`冲突：${conflict.message}`);
    io.stderr(`错误：有 ${result.conflicts.length} 处冲突，没有写出合并结果。请处理后再合并。`);
    return 2;
  }

  progress(`正在写出 ${path.basename(options.out)} …`);
  await writeFileAtomic(options.out, await registerWorkbook(result.records).toBuffer());
  const schools = result.files.reduce((n, f) => n + f.schools, 0);
  const villages = result.files.reduce((n, f) => n + f.villages, 0);
  io.stdout(`已合并 ${result.files.length} 个文件（学校 ${schools} 所${villages > 0 ? `，村委会 ${villages} 个` : ""}）：${options.out}`);
  for (const f of result.files) io.stdout(`  ${f.file}：学校 ${f.schools} 所${f.villages > 0 ? `，村委会 ${f.villages} 个` : ""}`);
  if (!result.records.meta?.["乡镇"]) io.stdout("填报说明中没有乡镇名称，可用 --town 指定（合并全县时可填县名）。");
  return 0;
}

/** `merge` as the command line gives it: files and folders, `--out` (default 合并登记表.xlsx), `--town`, `--year`. */
export async function mergeMain(args: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { out: { type: "string" }, town: { type: "string" }, year: { type: "string" }, quiet: { type: "boolean", default: false } },
  });
  if (positionals.length === 0) throw new ArgumentError("请给出要合并的登记表 .xlsx 文件或所在的文件夹。");
  const meta: Record<string, string> = {};
  if (values.town) meta["乡镇"] = values.town;
  if (values.year) meta["统计年度"] = values.year;
  return mergeCommand({ inputs: positionals, out: values.out ?? "合并登记表.xlsx", meta, quiet: values.quiet ?? false }, io);
}
