import { randomBytes } from "node:crypto";
import { promises as fs, realpathSync, statSync } from "node:fs";
import * as path from "node:path";
import { InputError } from "../domain/errors";
import { PackageWorkbook } from "../workbook/package/PackageWorkbook";
import { assertXlsxBytes, checkedFileName } from "../workbook/fileKind";
import { useZipCodec } from "../workbook/package/zip";
import { nativeZipCodec } from "./nativeZip";

// Every command that reads or writes a workbook comes through here: they all get Node's zlib (nativeZip.ts).
useZipCodec(nativeZipCodec);

/**
 * The largest input read: a province's register of 30 000 schools is a few tens of megabytes, so anything far
 * beyond is a decoy or the wrong file, and reading it would only exhaust memory.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

function readFailure(error: unknown, file: string): InputError {
  const code = codeOf(error);
  if (code === "ENOENT" || code === "ENOTDIR") return new InputError(`找不到文件「${file}」。`);
  if (code === "EACCES" || code === "EPERM") return new InputError(`没有权限读取文件「${file}」。`);
  if (code === "ELOOP") return new InputError(`无法读取文件「${file}」：它是指向自身的快捷方式（符号链接循环）。`);
  if (code === "EISDIR") return new InputError(`「${file}」是文件夹，不是工作簿文件。`);
  return new InputError(`无法读取文件「${file}」（系统错误代码 ${code ?? "未知"}）。`);
}

/** Why a path that exists is not a file to read or replace: a folder, a device, a pipe. */
function notRegular(stat: { isDirectory(): boolean; isFile(): boolean }, file: string): string | null {
  if (stat.isDirectory()) return `「${file}」是文件夹，不是工作簿文件。`;
  if (!stat.isFile()) return `「${file}」不是普通文件（是设备、管道或套接字），不能作为工作簿读写。`;
  return null;
}

/**
 * Reads an input workbook: only a regular file (a link is followed first, so a link to /dev/zero or a pipe is
 * refused before it is opened — opening a pipe would wait for a writer), and only up to MAX_INPUT_BYTES.
 */
export async function readInputFile(file: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    const problem = notRegular(stat, file);
    if (problem) throw new InputError(problem);
    if (stat.size > MAX_INPUT_BYTES) {
      throw new InputError(`文件「${file}」有 ${Math.round(stat.size / 1024 / 1024)} MB，超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB 的上限：全省的登记表也远小于此，请确认选对了文件。`);
    }
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw readFailure(error, file);
  }
}

/** Opens the .xlsx at `file`; any reason it cannot (missing, not a workbook, encrypted …) is an InputError naming `name`. */
export async function openWorkbookFile(file: string, name = path.basename(file)): Promise<PackageWorkbook> {
  const bytes = await readInputFile(file);
  assertXlsxBytes(bytes, name);
  return PackageWorkbook.load(bytes, name);
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

/** `登记表.xlsx` → `登记表.审核.xlsx` (`.xlsm` stays `.xlsm`), beside the input. */
export function defaultCheckedPath(input: string): string {
  return path.join(path.dirname(input), checkedFileName(path.basename(input)));
}

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
function realPathOf(file: string): string {
  const absolute = path.resolve(file);
  try {
    return realpathSync.native(absolute);
  } catch {
    try {
      return path.join(realpathSync.native(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/**
 * Whether two paths name one file: the same real path (links resolved), or — when both exist — the same device
 * and inode, which also catches hard links and another spelling on a case-insensitive disk (Windows, macOS).
 */
export function samePath(a: string, b: string): boolean {
  if (realPathOf(a) === realPathOf(b)) return true;
  try {
    const first = statSync(a, { bigint: true });
    const second = statSync(b, { bigint: true });
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

/**
 * Whether two outputs would land in one file. Before either exists the disk cannot be asked, so names that differ
 * only in case count as the same: on Windows and macOS they are.
 */
function sameOutput(a: string, b: string): boolean {
  return samePath(a, b) || realPathOf(a).toLowerCase() === realPathOf(b).toLowerCase();
}

/**
 * Refuses outputs that would destroy something: one equal to an input (`inputs` name them, e.g. 登记表 or 上年数据),
 * two outputs in one file, or an existing folder, device or pipe in an output's place.
 */
export function assertOutputTargets(outputs: readonly string[], inputs: ReadonlyMap<string, string>): void {
  for (const [i, target] of outputs.entries()) {
    for (const [input, role] of inputs) {
      if (samePath(target, input)) throw new InputError(`输出文件不能与${role}相同（${target}）：原有的工作簿从不被覆盖。`);
    }
    const other = outputs.slice(0, i).find((earlier) => sameOutput(earlier, target));
    if (other !== undefined) throw new InputError(`两个输出是同一个文件（${other} 与 ${target}），请为每个输出指定不同的文件名。`);
    let stat;
    try {
      stat = statSync(target);
    } catch {
      continue;
    }
    const problem = notRegular(stat, target);
    if (problem) throw new InputError(`无法写出：${problem}`);
  }
}
