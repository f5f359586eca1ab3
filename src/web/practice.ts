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
}

export async function generatePractice(seed: number, errors: number, level?: PracticeLevelId): Promise<PracticeFiles> {
  // The page offers no download of last year's register yet, so it draws no year-on-year error (docs/training.md).
  const { records, key } = practiceRegister({ seed, errors, level, previousYear: false });
  const levelLabel = PRACTICE_LEVELS.find((l) => l.id === level)?.label;
  const base = `练习登记表-${levelLabel ? `${levelLabel}-` : ""}种子${seed}`;
  return {
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
export async function scoreClass(workbooks: readonly File[], keyFiles: readonly File[]): Promise<ClassResult> {
  const keys = new Map<string, PracticeKey>();
  for (const file of keyFiles) keys.set(file.name, parsePracticeKeyFile(new TextDecoder().decode(await fileBytes(file)), file.name));
  const keyOf = keyChooser(keys);
  const results: TraineeResult[] = [];
  let single: PracticeScore | null = null;
  for (const workbook of workbooks) {
    try {
      const key = keyOf(workbook.name);
      // Year-on-year errors need last year's register, which this page does not take yet: scoring without it
      // would count an unfixed H error as a wrong fix. Say so instead of scoring wrongly.
      if (key.previousYear) throw new InputError(`这份练习附有上年登记表「${key.previousYear}」（难度“综合”），请用命令行 practice-score 评分。`);
      const bytes = await fileBytes(workbook);
      assertXlsxBytes(bytes, workbook.name);
      const grid = await (await PackageWorkbook.load(bytes, workbook.name)).read();
      const findings = runCheck(grid).findings;
      const board = scoreboard(key, findings, grid);
      results.push({ file: workbook.name, board });
      if (workbooks.length === 1) single = { name: workbook.name, seed: key.seed, board, sections: scoreSections(board, findings) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      results.push({ file: workbook.name, error: error.message });
    }
  }
  const score = classScore(results);
  return { score, single, sheet: await ExcelJsWorkbook.ofOutputSheets(classScoreSheets(score)) };
}
