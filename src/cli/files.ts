import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { InputError } from "../domain/errors";

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

/** Writes to a temporary file beside the target and renames it, so a failure never leaves a half-written file. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** `登记表.xlsx` → `登记表.审核.xlsx`, beside the input. */
export function defaultCheckedPath(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.审核${ext || ".xlsx"}`);
}

export function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
