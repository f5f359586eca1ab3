/**
 * Practice mode in the browser (loaded on demand, with exceljs): a practice register and its key from a seed, and
 * the scoreboard of a trainee's corrected file — the same domain functions `junheng sample --practice` and
 * `junheng practice-score` use.
 */
import { runCheck } from "../domain/check";
import { parsePracticeKeyFile, practiceKeyFileOf } from "../domain/practice/keyJson";
import { practiceRegister } from "../domain/practice/practiceRegister";
import { scoreboard, scoreSections, type Scoreboard, type ScoreSection } from "../domain/practice/scoreboard";
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
}

export async function generatePractice(seed: number, errors: number): Promise<PracticeFiles> {
  const { records, key } = practiceRegister({ seed, errors });
  const base = `练习登记表-种子${seed}`;
  return {
    seed,
    errorCount: key.errors.length,
    workbook: await registerWorkbook(records).toBuffer(),
    workbookName: `${base}.xlsx`,
    keyJson: JSON.stringify(practiceKeyFileOf(records, key), null, 2) + "\n",
    keyName: `${base}.答案.json`,
  };
}

export interface PracticeScore {
  readonly name: string;
  readonly seed: number;
  readonly board: Scoreboard;
  readonly sections: readonly ScoreSection[];
}

/** Checks the trainee's workbook and scores it; throws InputError (in Chinese) for a wrong file or key. */
export async function scorePractice(workbook: File, keyFile: File): Promise<PracticeScore> {
  const key = parsePracticeKeyFile(new TextDecoder().decode(await fileBytes(keyFile)), keyFile.name);
  const bytes = await fileBytes(workbook);
  assertXlsxBytes(bytes, workbook.name);
  const findings = runCheck(await (await PackageWorkbook.load(bytes, workbook.name)).read()).findings;
  const board = scoreboard(key, findings);
  return { name: workbook.name, seed: key.seed, board, sections: scoreSections(board, findings) };
}
