import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { InputError } from "../domain/errors";
import { ExcelJsWorkbook } from "../workbook/exceljs/ExcelJsWorkbook";
import { assertXlsxBytes } from "../workbook/fileKind";

export async function readInputFile(file: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new InputError(`「${file}」是文件夹，不是工作簿文件。`);
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`找不到文件「${file}」。`);
    if (code === "EACCES" || code === "EPERM") throw new InputError(`没有权限读取文件「${file}」。`);
    throw new InputError(`无法读取文件「${file}」：${(error as Error).message}`);
  }
}

/** Opens the .xlsx at `file`; any reason it cannot (missing, not a workbook, encrypted …) is an InputError naming `name`. */
export async function openWorkbookFile(file: string, name = path.basename(file)): Promise<ExcelJsWorkbook> {
  const bytes = await readInputFile(file);
  assertXlsxBytes(bytes, name);
  return ExcelJsWorkbook.load(bytes, name);
}

export interface OutputFile {
  readonly path: string;
  readonly data: Uint8Array | string;
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** A temporary file beside the target (same folder, so the rename cannot cross disks), written and flushed. */
async function writeTemp(file: string, data: Uint8Array | string): Promise<string> {
  const dir = path.dirname(path.resolve(file));
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (error) {
    if (codeOf(error) === "ENOSPC") throw error;
    throw new InputError(`无法写出「${file}」：「${dir}」不是可以写入的文件夹。`);
  }
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await fs.open(temp, "wx");
  try {
    try {
      await handle.writeFile(data);
      // On disk before the rename: after a power cut the target is the old file or the new one, never an empty one.
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  return temp;
}

function renameFailure(error: unknown, file: string): unknown {
  const code = codeOf(error);
  // Windows refuses to replace a file that Excel or WPS has open.
  if (code === "EBUSY" || code === "EPERM" || code === "EACCES") return new InputError(`无法写出「${file}」：文件可能正在 Excel 或 WPS 中打开，请关闭后重试。`);
  return error;
}

/**
 * Writes every file to a temporary file beside it, then renames them into place. Nothing is renamed until all are
 * written, so a failure while writing (a full disk, a serialiser that throws first) leaves every target as it was,
 * and no target is ever half written; temporary files are removed whatever happens.
 */
export async function writeFilesAtomic(files: readonly OutputFile[]): Promise<void> {
  const temps: (string | null)[] = [];
  try {
    for (const file of files) temps.push(await writeTemp(file.path, file.data));
    for (const [i, file] of files.entries()) {
      try {
        await fs.rename(temps[i]!, file.path);
      } catch (error) {
        throw renameFailure(error, file.path);
      }
      temps[i] = null;
    }
  } finally {
    await Promise.all(temps.map((temp) => (temp ? fs.rm(temp, { force: true }) : undefined)));
  }
}

export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await writeFilesAtomic([{ path: file, data }]);
}

/** `登记表.xlsx` → `登记表.审核.xlsx`, beside the input. */
export function defaultCheckedPath(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.审核${ext || ".xlsx"}`);
}

export function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
