/**
 * `junheng sample --practice` (practice registers with their answer keys, 讲评 sheets and solutions; one, or a
 * different one for each trainee with a roster) and `junheng practice-score` (a class of trainee files at once).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { runCheck } from "../domain/check";
import { InputError } from "../domain/errors";
import { classScore, classScoreJson, classScoreSheets, type TraineeResult } from "../domain/practice/classScore";
import { parsePracticeKeyFile, practiceKeyFileOf } from "../domain/practice/keyJson";
import { PRACTICE_LEVELS, type PracticeLevelId } from "../domain/practice/levels";
import { needsPreviousYear, practiceMaxErrors, practiceRegister, type PracticeKey } from "../domain/practice/practiceRegister";
import { asPreviousYear, type PreviousYear } from "../domain/rules/historyYear";
import { reviewHtml } from "../domain/practice/review";
import { parseRoster, rosterEntryFor, rosterFile, type RosterEntry } from "../domain/practice/roster";
import { scoreboard, scoreSections, type Scoreboard } from "../domain/practice/scoreboard";
import { ExcelJsWorkbook } from "../workbook/exceljs/ExcelJsWorkbook";
import { registerWorkbook } from "../workbook/exceljs/registerWorkbook";
import type { CommandIO } from "./checkCommand";
import { openWorkbookFile, samePath, writeFilesAtomic, type OutputFile } from "./files";

/** `练习.xlsx` → `练习.<suffix>`, beside the workbook. */
function besidePath(workbook: string, suffix: string): string {
  const ext = path.extname(workbook);
  return path.join(path.dirname(workbook), `${path.basename(workbook, ext)}.${suffix}`);
}

/** `练习.xlsx` → `练习.答案.json`, beside the workbook. */
export function practiceKeyPath(workbook: string): string {
  return besidePath(workbook, "答案.json");
}

/** `练习.xlsx` → `练习.上年.xlsx`: last year's register of a 综合 practice file, beside it. */
export function previousYearPath(workbook: string): string {
  return besidePath(workbook, "上年.xlsx");
}

/** `练习.xlsx`, 7 of 30 → `练习-07.xlsx`: numbered so a class's files sort in order. */
function numberedPath(file: string, n: number, count: number): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-${String(n).padStart(Math.max(2, String(count).length), "0")}${ext || ".xlsx"}`);
}

export interface PracticeSampleOptions {
  readonly out: string;
  readonly seed: number;
  readonly errors: number;
  readonly level?: PracticeLevelId;
  /** Where to write the corrected register (the answer workbook). */
  readonly solution?: string;
  /** Write this many different practice registers (seeds seed, seed + 1, …), numbered, with a roster. */
  readonly count?: number;
}

/** The files of one practice register: workbook, key, 讲评 sheet and (when asked) its solution. */
async function practiceFiles(out: string, seed: number, options: PracticeSampleOptions, solution: string | undefined): Promise<{ files: OutputFile[]; key: PracticeKey }> {
  const keyPath = practiceKeyPath(out);
  if (samePath(keyPath, out)) throw new InputError(`练习表文件名「${out}」与答案文件相同，请换一个 .xlsx 文件名。`);
  if (solution && samePath(solution, out)) throw new InputError(`--solution「${solution}」与练习表是同一个文件，请换一个文件名。`);
  const { records, key: made, solution: corrected, previous } = practiceRegister({ seed, errors: options.errors, level: options.level });
  const names = new Map((records.sheets.schools ?? []).map((s) => [String(s.code), String(s.name)]));
  // 综合 draws year-on-year errors: last year's register goes beside the file, and the key names it for scoring.
  const previousPath = previous ? previousYearPath(out) : undefined;
  const key: PracticeKey = previousPath ? { ...made, previousYear: path.basename(previousPath) } : made;
  const files: OutputFile[] = [
    { path: out, data: await registerWorkbook(records).toBuffer() },
    ...(previous && previousPath ? [{ path: previousPath, data: await registerWorkbook(previous).toBuffer() }] : []),
    { path: keyPath, data: JSON.stringify(practiceKeyFileOf(records, key), null, 2) + "\n" },
    { path: besidePath(out, "讲评.html"), data: reviewHtml(key, names) },
  ];
  if (solution) files.push({ path: solution, data: await registerWorkbook(corrected).toBuffer() });
  return { files, key };
}

export async function practiceSampleCommand(options: PracticeSampleOptions, io: CommandIO): Promise<number> {
  const count = options.count ?? 1;
  const numbered = options.count !== undefined;
  const files: OutputFile[] = [];
  const entries: RosterEntry[] = [];
  const seededCounts: number[] = [];
  for (let n = 1; n <= count; n++) {
    const out = numbered ? numberedPath(options.out, n, count) : options.out;
    const solution = options.solution && numbered ? numberedPath(options.solution, n, count) : options.solution;
    const seed = options.seed + n - 1;
    const made = await practiceFiles(out, seed, options, solution);
    files.push(...made.files);
    seededCounts.push(made.key.errors.length);
    entries.push({ number: n, file: path.basename(out), key: path.basename(practiceKeyPath(out)), seed });
  }
  const level = PRACTICE_LEVELS.find((l) => l.id === options.level);
  const rosterPath = besidePath(options.out, "名单.json");
  if (numbered) files.push({ path: rosterPath, data: JSON.stringify(rosterFile({ level: level?.label ?? null, entries }), null, 2) + "\n" });
  // All or nothing: a workbook without its key (or a roster naming files that are not there) is useless to a trainer.
  await writeFilesAtomic(files);

  const max = practiceMaxErrors(options.level);
  const capped = options.errors > max ? `（${level ? `「${level.label}」` : ""}最多 ${max} 处）` : "";
  const levelText = level ? `难度「${level.label}」，` : "";
  const [fewest, most] = [Math.min(...seededCounts), Math.max(...seededCounts)];
  const seeded = fewest === most ? String(most) : `${fewest}–${most}`;
  if (numbered) {
    io.stdout(`已写出 ${count} 份不同的练习登记表（练习数据，虚构；${levelText}种子 ${options.seed}–${options.seed + count - 1}，每份埋入 ${seeded} 处错误${capped}）：`);
    for (const e of entries) io.stdout(`  ${e.number}. ${path.join(path.dirname(options.out), e.file)}（答案 ${e.key}）`);
    io.stdout(`名单：${rosterPath}（评分时用 --key ${rosterPath}）`);
    if (needsPreviousYear(options.level)) io.stdout("每份练习表旁附一份上年登记表（…上年.xlsx），与练习表一起发给学员；审核时用 --previous 给出。");
  } else {
    io.stdout(`已写出练习登记表（练习数据，虚构；${levelText}种子 ${options.seed}，埋入 ${seeded} 处错误${capped}）：${options.out}`);
    io.stdout(`答案：${practiceKeyPath(options.out)}`);
    io.stdout(`讲评：${besidePath(options.out, "讲评.html")}`);
    if (needsPreviousYear(options.level)) io.stdout(`上年登记表：${previousYearPath(options.out)}（与练习表一起发给学员；审核时用 --previous 给出）`);
    if (options.solution) io.stdout(`改好的登记表：${options.solution}`);
  }
  io.stdout("提醒：答案、讲评和改好的登记表只给培训老师，请勿发给学员；用同一种子可以再次生成同一份练习表。");
  return 0;
}

/** The .xlsx files to score: the files given, and the .xlsx files directly inside each folder given. */
async function traineeFiles(inputs: readonly string[], outputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat?.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await fs.readdir(input)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$")).sort((a, b) => a.localeCompare(b, "zh-CN", { numeric: true }));
    files.push(...names.map((n) => path.join(input, n)).filter((f) => !outputs.some((o) => samePath(o, f))));
  }
  if (files.length === 0) throw new InputError("没有找到要评分的练习表 .xlsx 文件。");
  return files;
}

interface FoundKey {
  readonly key: PracticeKey;
  /** The key file's folder: last year's register the key names (previousYear) lies beside it. */
  readonly dir: string;
}

/** The key of each trainee file: one key for all, or each file's own key through a roster. */
async function keyFinder(keyPath: string): Promise<(file: string) => Promise<FoundKey>> {
  const read = (file: string) =>
    fs.readFile(file, "utf8").catch(() => {
      throw new InputError(`找不到或无法读取答案文件「${file}」。`);
    });
  const text = await read(keyPath);
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // parsePracticeKeyFile below says the file is not JSON.
  }
  const roster = parseRoster(json);
  if (!roster) {
    const key = parsePracticeKeyFile(text, path.basename(keyPath));
    return async () => ({ key, dir: path.dirname(keyPath) });
  }
  const keys = new Map<string, PracticeKey>();
  return async (file) => {
    const entry = rosterEntryFor(roster, path.basename(file));
    const own = path.join(path.dirname(keyPath), entry.key);
    if (!keys.has(own)) keys.set(own, parsePracticeKeyFile(await read(own), entry.key));
    return { key: keys.get(own)!, dir: path.dirname(own) };
  };
}

export interface PracticeScoreOptions {
  readonly inputs: readonly string[];
  readonly key: string;
  readonly out?: string;
  readonly json?: string;
}

/**
 * Scores every trainee file against its key. A file that cannot be read or has no key gets one line saying why
 * and the rest are scored. One file prints its full scoreboard; several print one line each and the class totals.
 * Exits 0 when every file was scored, 1 when some could not be.
 */
export async function practiceScoreCommand(options: PracticeScoreOptions, io: CommandIO): Promise<number> {
  const outputs = [options.out, options.json].filter((o): o is string => o !== undefined);
  const files = await traineeFiles(options.inputs, outputs);
  const clash = files.find((f) => outputs.some((o) => samePath(o, f)));
  if (clash) throw new InputError(`输出文件不能与学员的练习表相同（${clash}）。`);
  const keyOf = await keyFinder(options.key);
  // Last year's registers the keys name, read once each (a class of 综合 files shares none, but a file may be scored twice).
  const previousYears = new Map<string, Promise<PreviousYear>>();
  const previousOf = (dir: string, name: string) => {
    const file = path.join(dir, name);
    if (!previousYears.has(file)) previousYears.set(file, asPreviousYear(name, async () => ({ fileName: name, grid: await (await openWorkbookFile(file, name)).read() })));
    return previousYears.get(file)!;
  };

  const results: TraineeResult[] = [];
  const details: string[] = [];
  for (const file of files) {
    const name = path.basename(file);
    try {
      const { key, dir } = await keyOf(file);
      const grid = await (await openWorkbookFile(file, name)).read();
      // Year-on-year errors (综合) are found only against last year's register, as the trainee checks with --previous.
      const previous = key.previousYear ? await previousOf(dir, key.previousYear) : undefined;
      const findings = runCheck(grid, previous ? { previous } : {}).findings;
      const board = scoreboard(key, findings, grid);
      results.push({ file: name, board });
      details.push(...boardLines(name, key.seed, board, scoreSections(board, findings)));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      results.push({ file: name, error: error.message });
    }
  }
  const score = classScore(results);

  const written: OutputFile[] = [];
  if (options.out) written.push({ path: options.out, data: await ExcelJsWorkbook.ofOutputSheets(classScoreSheets(score)) });
  if (options.json) written.push({ path: options.json, data: JSON.stringify(classScoreJson(score), null, 2) + "\n" });
  await writeFilesAtomic(written);

  if (files.length === 1 && results[0] && "board" in results[0]) io.stdout(details.join("\n"));
  else io.stdout(classLines(score).join("\n"));
  for (const r of results) if ("error" in r) io.stderr(`无法评分：${r.file}：${r.error}`);
  if (options.out) io.stdout(`班级成绩已写入：${options.out}`);
  if (options.json) io.stdout(`JSON：${options.json}`);
  return score.totals.unreadable > 0 ? 1 : 0;
}

const MARKS = { fixed: "✓", missed: "✗", wrongFix: "≠", introduced: "!" } as const;

function boardLines(name: string, seed: number, board: Scoreboard, sections: ReturnType<typeof scoreSections>): string[] {
  const lines = [`练习评分：${name}（种子 ${seed}）`, board.text];
  for (const section of sections) lines.push(`${section.title}：`, ...section.lines.map((line) => `  ${MARKS[section.kind]} ${line}`));
  return lines;
}

function classLines(score: ReturnType<typeof classScore>): string[] {
  const { totals } = score;
  const lines = score.trainees.map((t) =>
    t.error !== null
      ? `  ${t.file}：无法评分`
      : `  ${t.file}：已改正 ${t.fixed}/${t.errors}，改错位置 ${t.wrongFix}，未改正 ${t.missed}，新引入 ${t.introduced}，得分 ${t.score}`,
  );
  const missed = score.mostMissed.slice(0, 5).map((r) => `  [${r.rule}] ${r.title}：未改对 ${r.missed + r.wrongFix}/${r.seeded} 人次`);
  return [
    `练习评分：${score.trainees.length} 份`,
    ...lines,
    `全班：已改正 ${totals.fixed}/${totals.errors}，改错位置 ${totals.wrongFix}，未改正 ${totals.missed}，新引入 ${totals.introduced}，平均得分 ${totals.averageScore ?? "—"}`,
    ...(missed.length > 0 ? ["最常没改对的规则：", ...missed] : []),
  ];
}
