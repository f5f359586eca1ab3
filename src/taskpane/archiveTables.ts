/**
 * 档案汇总 in the pane: the open workbook's run plus earlier years' registers the user picks, checked in the browser
 * with the same pack, made into the archive tables and either written into the open workbook or downloaded as a new
 * one. exceljs is imported on demand, as for 上年数据: most sessions never build an archive.
 */
import { runCheck, type CheckRun } from "../domain/check";
import { archiveSheets } from "../domain/archive/archivePlan";
import { archiveYears } from "../domain/archive/archiveYears";
import { yearOf } from "../domain/archive/year";
import { InputError } from "../domain/errors";
import type { WorkbookGrid } from "../domain/grid";
import { outputSheetName, type OutputSheet } from "../domain/outputs/writePlan";
import { packById } from "../domain/packs/registry";
import type { RulePack } from "../domain/packs/schema";
import type { WorkbookHost } from "../workbook/host";
import { assertXlsxBytes } from "../workbook/fileKind";
import { XLSX_MIME } from "../web/xlsxMime";
import { runHighlights } from "./runHighlights";
import { saveBlob, type DownloadEnv } from "./download";
import type { SessionResult } from "./session";
import { fileBytes } from "./fileBytes";

export const ARCHIVE_FILE_NAME = "档案汇总.xlsx";

/** The name the open workbook goes by in the tables' 来源文件 column. */
export const OPEN_WORKBOOK = "当前工作簿";

export interface EarlierFile {
  readonly fileName: string;
  readonly grid: WorkbookGrid;
  /** The year its 填报说明 gives (four digits), or "" for the user to fill in. */
  readonly statedYear: string;
  /**
   * Its checks by pack id, under its own 统计年度: checked once when picked, with the pack of the open workbook's
   * run, and again only should a later check of the open workbook use another pack.
   */
  readonly runs: Map<string, CheckRun>;
}

/** The pack earlier files are checked with: the open workbook's, without its 标准参数 (each file applies its own). */
export function archivePack(run: CheckRun): RulePack {
  return packById(run.pack.id) ?? run.pack;
}

/** The file checked with `pack`, from its cache when it has been already. */
function earlierRun(file: EarlierFile, pack: RulePack): CheckRun {
  let run = file.runs.get(pack.id);
  if (!run) {
    run = runCheck(file.grid, { pack });
    file.runs.set(pack.id, run);
  }
  return run;
}

/**
 * Reads and checks a picked file with `pack` (archivePack of the open workbook's run); throws InputError naming it
 * when it is not a workbook or holds no register.
 */
export async function readEarlierFile(file: File, pack: RulePack): Promise<EarlierFile> {
  try {
    const { PackageWorkbook } = await import(/* webpackChunkName: "exceljs" */ "../workbook/package/PackageWorkbook");
    const bytes = await fileBytes(file);
    assertXlsxBytes(bytes, file.name);
    const grid = await (await PackageWorkbook.load(bytes, file.name)).read();
    const run = runCheck(grid, { pack });
    return { fileName: file.name, grid, statedYear: yearOf(run.meta["统计年度"]) ?? "", runs: new Map([[pack.id, run]]) };
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`「${file.name}」无法用于档案汇总：${error.message}`, { kind: "unusableFor", use: "archive", file: file.name, inner: error.problem });
    throw error;
  }
}

export interface ArchiveChoice {
  readonly session: SessionResult;
  /** The open workbook's year as the user left it in its field (its 统计年度 unless changed). */
  readonly currentYear: string;
  readonly earlier: readonly { readonly file: EarlierFile; readonly year: string }[];
}

/** A run under the year the user gave, so the archive places it there (as --year does on the command line). */
function inYear(run: CheckRun, year: string): CheckRun {
  return year.trim() ? { ...run, meta: { ...run.meta, 统计年度: year.trim() } } : run;
}

/**
 * The archive tables; every earlier file is checked with the pack of the open workbook's run (its own 标准参数
 * applied). Throws InputError when a year is missing or given twice. `grid` names the sheets already in the target,
 * so a user's own sheet of an archive sheet's name is not replaced; without it the names are the plain ones.
 */
export function archiveTables(choice: ArchiveChoice, grid?: WorkbookGrid): OutputSheet[] {
  const { run } = choice.session;
  const pack = archivePack(run);
  const sources = [
    { file: OPEN_WORKBOOK, run: inYear(run, choice.currentYear) },
    ...choice.earlier.map(({ file, year }) => ({ file: file.fileName, run: inYear(earlierRun(file, pack), year) })),
  ];
  const years = archiveYears(sources, "，或在年度框中填写");
  const named = grid ? (name: string) => outputSheetName(name, grid.sheets.map((s) => s.name), grid.ownedSheets) : undefined;
  return archiveSheets(years, named);
}

/**
 * Writes the tables into the open workbook, keeping the run's highlights (a write replaces Junheng's highlights):
 * the very groups the session wrote after the check, live ones included (without the register they came back as
 * fixed colours that no longer went when the value was fixed).
 */
export async function writeArchive(host: WorkbookHost, choice: ArchiveChoice): Promise<string[]> {
  const grid = await host.read();
  const sheets = archiveTables(choice, grid);
  const { run, highlighted } = choice.session;
  await host.write({ highlights: highlighted ? runHighlights(run) : [], sheets });
  return sheets.map((s) => s.name);
}

/** The tables as a new workbook, handed to the browser as a download; returns the file name. */
export async function downloadArchive(choice: ArchiveChoice, env?: DownloadEnv): Promise<string> {
  const sheets = archiveTables(choice);
  const { ExcelJsWorkbook } = await import(/* webpackChunkName: "exceljs" */ "../workbook/exceljs/ExcelJsWorkbook");
  saveBlob(new Blob([(await ExcelJsWorkbook.ofOutputSheets(sheets)).slice()], { type: XLSX_MIME }), ARCHIVE_FILE_NAME, env);
  return ARCHIVE_FILE_NAME;
}
