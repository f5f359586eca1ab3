import { InputError } from "../domain/errors";
import { PACKS, packById, parsePack } from "../domain/packs/registry";
import type { RulePack } from "../domain/packs/schema";
import { readInputFile } from "./files";

/** Where JSON.parse stopped, as 第 L 行第 C 列, from the position its (English) message gives. */
function jsonErrorPlace(text: string, error: unknown): string {
  const position = /position (\d+)/.exec((error as Error).message)?.[1];
  if (position === undefined) return "";
  const before = text.slice(0, Number(position)).split("\n");
  return `（第 ${before.length} 行第 ${before[before.length - 1].length + 1} 列附近）`;
}

/** `--pack` takes a shipped pack's id or the path of a pack JSON file. */
export async function resolvePack(option: string | undefined): Promise<RulePack | undefined> {
  if (option === undefined) return undefined;
  const shipped = packById(option);
  if (shipped) return shipped;
  if (!option.toLowerCase().endsWith(".json")) {
    throw new InputError(`没有名为「${option}」的规则包。可选：${PACKS.map((p) => p.id).join("、")}，或一个规则包 .json 文件。`);
  }
  const text = new TextDecoder("utf-8").decode(await readInputFile(option));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`规则包文件「${option}」不是有效的 JSON${jsonErrorPlace(text, error)}。`);
  }
  return parsePack(json);
}
