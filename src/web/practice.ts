/**
 * Practice mode in the browser (loaded on demand, with exceljs): a practice register and its key from a seed, and
 * a class of trainees' corrected files scored at once — the same domain functions `junheng sample --practice` and
 * `junheng practice-score` use.
 */
import { runCheck } from "../domain/check";
import { InputError } from "../domain/errors";
import { classScore, classScoreSheets, type ClassScore, type TraineeResult } from "../domain/practice/classScore";
import { parsePracticeKeyFile, practiceKeyFileOf } from "../domain/practice/keyJson";
import { PRACTICE_LEVELS, type PracticeLevelId } from "../domain/practice/levels";
import { practiceRegister, type PracticeKey } from "../domain/practice/practiceRegister";
import { reviewHtml } from "../domain/practice/review";
import { practiceStemOf } from "../domain/practice/roster";
import { scoreboard, scoreSections, type Scoreboard, type ScoreSection } from "../domain/practice/scoreboard";
import { asPreviousYear, type PreviousYear } from "../domain/rules/historyYear";
import { ExcelJsWorkbook } from "../workbook/exceljs/ExcelJsWorkbook";
import { PackageWorkbook } from "../workbook/package/PackageWorkbook";
import { registerWorkbook } from "../workbook/exceljs/registerWorkbook";
import { assertXlsxBytes } from "../workbook/fileKind";
import { fileBytes } from "../taskpane/fileBytes";

export interface PracticeFiles {
  readonly seed: number;
  readonly errorCount: number;
  readonly workbook: Uint8Array;
  readonly workbookName: string;
  readonly keyJson: string;
  readonly keyName: string;
  readonly reviewHtml: string;
  readonly reviewName: string;
  /** Last year's register (综合: year-on-year errors), handed out with the practice file; absent otherwise. */
  readonly previous?: { readonly workbook: Uint8Array; readonly name: string };
}

export async function generatePractice(seed: number, errors: number, level?: PracticeLevelId): Promise<PracticeFiles> {
  const { records, key: made, previous } = practiceRegister({ seed, errors, level });
  const levelLabel = PRACTICE_LEVELS.find((l) => l.id === level)?.label;
  const base = `练习登记表-${levelLabel ? `${levelLabel}-` : ""}种子${seed}`;
  // As on the command line: last year's register beside the file, named in the key so scoring finds it.
  const previousName = previous ? `${base}.上年.xlsx` : undefined;
  const key: PracticeKey = previousName ? { ...made, previousYear: previousName } : made;
  return {
    ...(previous && previousName ? { previous: { workbook: await registerWorkbook(previous).toBuffer(), name: previousName } } : {}),
    seed,
    errorCount: key.errors.length,
    workbook: await registerWorkbook(records).toBuffer(),
    workbookName: `${base}.xlsx`,
    keyJson: JSON.stringify(practiceKeyFileOf(records, key), null, 2) + "\n",
    keyName: `${base}.答案.json`,
    reviewHtml: reviewHtml(key, new Map((records.sheets.schools ?? []).map((s) => [String(s.code), String(s.name)]))),
    reviewName: `${base}.讲评.html`,
  };
}

export interface PracticeScore {
  readonly name: string;
  readonly seed: number;
  readonly board: Scoreboard;
  readonly sections: readonly ScoreSection[];
}

export interface ClassResult {
  readonly score: ClassScore;
  /** The full scoreboard when a single file was scored. */
  readonly single: PracticeScore | null;
  /** 班级成绩 and 易错规则 as an .xlsx. */
  readonly sheet: Uint8Array;
}

const KEY_SUFFIX = /\.答案\.json$/;

/** The key of each trainee file: the only key, or the key whose practice name (`练习-07`) the file name holds. */
function keyChooser(keys: ReadonlyMap<string, PracticeKey>): (fileName: string) => PracticeKey {
  const only = keys.size === 1 ? [...keys.values()][0] : undefined;
  const byStem = new Map([...keys].map(([name, key]) => [name.replace(KEY_SUFFIX, ""), key]));
  return (fileName) => {
    const stem = practiceStemOf([...byStem.keys()], fileName);
    const key = only ?? (stem === undefined ? undefined : byStem.get(stem));
    if (!key) throw new InputError(`没有与「${fileName}」对应的答案文件：文件名应保留练习编号（例如「练习-07」）。`);
    return key;
  };
}

/** Checks and scores every trainee workbook; a file that cannot be read or matched gets a row saying why. */
/** Last year's registers handed out with 综合 files: chosen among the workbooks, known by their name. */
const PREVIOUS_SUFFIX = /\.上年\.xlsx$/;

async function readWorkbookFile(file: File) {
  const bytes = await fileBytes(file);
  assertXlsxBytes(bytes, file.name);
  return (await PackageWorkbook.load(bytes, file.name)).read();
}

export async function scoreClass(workbooks: readonly File[], keyFiles: readonly File[]): Promise<ClassResult> {
  const keys = new Map<string, PracticeKey>();
  for (const file of keyFiles) keys.set(file.name, parsePracticeKeyFile(new TextDecoder().decode(await fileBytes(file)), file.name));
  const keyOf = keyChooser(keys);
  const previousFiles = new Map(workbooks.filter((w) => PREVIOUS_SUFFIX.test(w.name)).map((w) => [w.name, w]));
  const previousYears = new Map<string, Promise<PreviousYear>>();
  const previousOf = (name: string): Promise<PreviousYear> => {
    const file = previousFiles.get(name);
    if (!file) throw new InputError(`这份练习要与上年登记表「${name}」比对：请把它和学员的练习表一起选择。`);
    if (!previousYears.has(name)) previousYears.set(name, asPreviousYear(name, async () => ({ fileName: name, grid: await readWorkbookFile(file) })));
    return previousYears.get(name)!;
  };
  const results: TraineeResult[] = [];
  let single: PracticeScore | null = null;
  const trainees = workbooks.filter((w) => !PREVIOUS_SUFFIX.test(w.name));
  for (const workbook of trainees) {
    try {
      const key = keyOf(workbook.name);
      // Year-on-year errors (综合) are found only against last year's register, as the trainee checks with it.
      const previous = key.previousYear ? await previousOf(key.previousYear) : undefined;
      const grid = await readWorkbookFile(workbook);
      const findings = runCheck(grid, previous ? { previous } : {}).findings;
      const board = scoreboard(key, findings, grid);
      results.push({ file: workbook.name, board });
      if (trainees.length === 1) single = { name: workbook.name, seed: key.seed, board, sections: scoreSections(board, findings) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      results.push({ file: workbook.name, error: error.message });
    }
  }
  const score = classScore(results);
  return { score, single, sheet: await ExcelJsWorkbook.ofOutputSheets(classScoreSheets(score)) };
}
