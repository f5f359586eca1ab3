/** `junheng sample --practice` (a practice register and its answer key) and `junheng practice-score`. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { runCheck } from "../domain/check";
import { InputError } from "../domain/errors";
import { parsePracticeKeyFile, practiceKeyFileOf } from "../domain/practice/keyJson";
import { practiceRegister, PRACTICE_MAX_ERRORS } from "../domain/practice/practiceRegister";
import { scoreboard, scoreSections } from "../domain/practice/scoreboard";
import { registerWorkbook } from "../workbook/exceljs/registerWorkbook";
import type { CommandIO } from "./checkCommand";
import { openWorkbookFile, samePath, writeFilesAtomic } from "./files";

/** `练习.xlsx` → `练习.答案.json`, beside the workbook. */
export function practiceKeyPath(workbook: string): string {
  const ext = path.extname(workbook);
  return path.join(path.dirname(workbook), `${path.basename(workbook, ext)}.答案.json`);
}

export interface PracticeSampleOptions {
  readonly out: string;
  readonly seed: number;
  readonly errors: number;
}

export async function practiceSampleCommand(options: PracticeSampleOptions, io: CommandIO): Promise<number> {
  const keyPath = practiceKeyPath(options.out);
  if (samePath(keyPath, options.out)) throw new InputError(`练习表文件名「${options.out}」与答案文件相同，请换一个 .xlsx 文件名。`);
  const { records, key } = practiceRegister({ seed: options.seed, errors: options.errors });
  // Both or neither: a workbook without its key (or a key for another workbook) is useless to a trainer.
  await writeFilesAtomic([
    { path: options.out, data: await registerWorkbook(records).toBuffer() },
    { path: keyPath, data: JSON.stringify(practiceKeyFileOf(records, key), null, 2) + "\n" },
  ]);
  const capped = options.errors > PRACTICE_MAX_ERRORS ? `（最多 ${PRACTICE_MAX_ERRORS} 处）` : "";
  io.stdout(`已写出练习登记表（练习数据，虚构；种子 ${options.seed}，埋入 ${key.errors.length} 处错误${capped}）：${options.out}`);
  io.stdout(`答案：${keyPath}`);
  io.stdout("提醒：答案文件只给培训老师，请勿发给学员；用同一种子可以再次生成同一份练习表。");
  return 0;
}

export interface PracticeScoreOptions {
  readonly input: string;
  readonly key: string;
}

/** Scores a corrected practice register against its key; prints the scoreboard and exits 0. */
export async function practiceScoreCommand(options: PracticeScoreOptions, io: CommandIO): Promise<number> {
  const name = path.basename(options.input);
  const key = parsePracticeKeyFile(await fs.readFile(options.key, "utf8").catch(() => {
    throw new InputError(`找不到或无法读取答案文件「${options.key}」。`);
  }), path.basename(options.key));
  const grid = await (await openWorkbookFile(options.input, name)).read();
  const findings = runCheck(grid).findings;
  const board = scoreboard(key, findings);
  const lines = [`练习评分：${name}（种子 ${key.seed}）`, board.text];
  const marks = { fixed: "✓", missed: "✗", introduced: "!" } as const;
  for (const section of scoreSections(board, findings)) {
    lines.push(`${section.title}：`, ...section.lines.map((line) => `  ${marks[section.kind]} ${line}`));
  }
  io.stdout(lines.join("\n"));
  return 0;
}
