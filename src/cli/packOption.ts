import { promises as fs } from "node:fs";
import { InputError } from "../domain/errors";
import { PACKS, packById, parsePack } from "../domain/packs/registry";
import type { RulePack } from "../domain/packs/schema";

/** `--pack` takes a shipped pack's id or the path of a pack JSON file. */
export async function resolvePack(option: string | undefined): Promise<RulePack | undefined> {
  if (option === undefined) return undefined;
  const shipped = packById(option);
  if (shipped) return shipped;
  if (!option.toLowerCase().endsWith(".json")) {
    throw new InputError(`没有名为「${option}」的规则包。可选：${PACKS.map((p) => p.id).join("、")}，或一个规则包 .json 文件。`);
  }
  let text: string;
  try {
    text = await fs.readFile(option, "utf8");
  } catch {
    throw new InputError(`找不到规则包文件「${option}」。`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`规则包文件「${option}」不是有效的 JSON：${(error as Error).message}`);
  }
  return parsePack(json);
}
