/**
 * What the task pane does with the workbook, without React: run a check (read → recognise → check → highlight;
 * the check step validates and evaluates, both in runCheck), write the output sheets when the user asks, clear
 * highlights, move between findings and cells, and record a 说明 for a warning. Every function takes the host, so tests run it over an in-memory workbook.
 *
 * A run writes only highlights: adding sheets to someone's workbook is a separate, explicit action.
 */
import { withUserEdits, type CheckRun } from "../domain/check";
import { InputError, type InputProblem } from "../domain/errors";
import type { Finding } from "../domain/findings";
import type { WorkbookGrid } from "../domain/grid";
import { checkWritePlan } from "../domain/outputs/checkPlan";
import { outputSheetName, type OutputSheet } from "../domain/outputs/writePlan";
import { standardsSheet, STANDARDS_SHEET } from "../domain/outputs/standardsSheet";
import { explains } from "../domain/explanations/applyExplanations";
import { explanationFor, explanationRows, explanationSheet, explanationSheetName } from "../domain/outputs/explanationSheet";
import type { PreviousYear } from "../domain/rules/historyYear";
import { HostError, type CellSelection, type ExcelSaid, type HostErrorMore, type HostRefusal, type Rollback, type WorkbookHost } from "../workbook/host";
import { CancelledError, throwIfCancelled } from "./cancel";
import { checkInline, type CheckEngine } from "./checkEngine";
import { isoDate } from "./localDate";
import { runHighlights } from "./runHighlights";

export const PHASES = ["read", "recognise", "check", "highlight"] as const;
export type Phase = (typeof PHASES)[number];

/** Called as each phase starts, with its 0-based position in PHASES. */
export type PhaseListener = (phase: Phase, index: number) => void;

export interface SessionOptions {
  /** A pack of PACKS; the default pack otherwise. */
  readonly packId?: string;
  /** Last year's workbook chosen in 上年数据: the year-on-year checks compare with it. */
  readonly previous?: PreviousYear;
  /** Carry last year's 整改清单 状态 and 考核自查 entries over (with `previous` only). */
  readonly carryOver?: boolean;
}

/** What a run leaves for the pane: the workbook as read and the check run (the engine marks explained warnings). */
export interface SessionResult {
  readonly grid: WorkbookGrid;
  readonly run: CheckRun;
  /** Whether the run's highlights are in the workbook (false after 清除标色, or when Excel refused them). */
  readonly highlighted: boolean;
  /** Why the highlights could not be written (a protected sheet …), naming the sheet and what to do. */
  readonly notWritten?: string;
  /** The protected sheets that kept no highlights (the pane words them in its language). */
  readonly lockedSheets?: readonly string[];
  /** The host's refusal of every highlight, when it refused them all (the pane words it as any failure). */
  readonly refused?: HostError;
}

/**
 * The highlights every later write carries. A host's write replaces Junheng's highlights with the plan's
 * (OfficeWorkbook deletes its conditional formats and adds the plan's), so a write of sheets alone must bring
 * the run's highlights along, or writing 审核结果 would take the colours off the register.
 */
function currentHighlights(run: CheckRun, highlighted: boolean) {
  // The highlights alone, once per run: building every output sheet to take only its highlights blocked a big
  // register's pane.
  return highlighted ? runHighlights(run) : [];
}

/** Lets the pane paint the phase that just started before the next step takes the thread. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function enter(phase: Phase, onPhase: PhaseListener, signal: AbortSignal | undefined): Promise<void> {
  onPhase(phase, PHASES.indexOf(phase));
  await yieldToUi();
  throwIfCancelled(signal);
}

/**
 * One check of the open workbook. Reads it, has the engine recognise, check and evaluate the register (in a Web
 * Worker in the pane, so the pane stays responsive and can cancel it; an unreadable register fails there with
 * an InputError), then writes this run's highlights, which replace the previous ones. Nothing but highlights is
 * written. A cancelled run (`signal`) stops with CancelledError before anything is written. Highlights Excel
 * refuses (a protected register) do not cost the findings: the result says what was not written and why.
 */
export async function runSession(
  host: WorkbookHost,
  options: SessionOptions,
  onPhase: PhaseListener = () => {},
  signal?: AbortSignal,
  engine: CheckEngine = checkInline,
): Promise<SessionResult> {
  await enter("read", onPhase, signal);
  const grid = await host.read();
  throwIfCancelled(signal);
  const run = await engine(grid, options, (phase) => onPhase(phase, PHASES.indexOf(phase)), signal);
  await enter("highlight", onPhase, signal);
  try {
    const report = await host.write({ highlights: currentHighlights(run, true), sheets: [] });
    const notWritten = report?.notWritten.join("\n");
    const locked = report?.lockedSheets ?? [];
    return notWritten ? { grid, run, highlighted: true, notWritten, ...(locked.length > 0 ? { lockedSheets: locked } : {}) } : { grid, run, highlighted: true };
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    return { grid, run, highlighted: false, notWritten: error.message, refused: error };
  }
}

export interface WriteOptions {
  /** Also write 标准参数 (writeOutputSheets). */
  readonly writeStandards?: boolean;
  /** Whether the run's highlights are in the workbook, to be kept (default) or, after 清除标色, left off. */
  readonly highlighted?: boolean;
}

/**
 * Writes 审核结果, 指标计算, 差异系数 and 整改清单 (and 标准参数 on request), each replacing the sheet Junheng wrote
 * before or, beside a user's own sheet of that name, as `名称(2)`; the highlights stay as they are. The workbook
 * is read again first, so what users typed into the earlier 整改清单 and 考核自查 since the check is kept.
 * Returns the names written.
 */
// `_checked` (the workbook as the run read it) stays in the signature the pane and tests call; the write reads the
// workbook again instead.
export async function writeOutputSheets(host: WorkbookHost, run: CheckRun, _checked: WorkbookGrid, options: WriteOptions = {}): Promise<string[]> {
  const now = await host.read();
  const { sheets } = checkWritePlan(withUserEdits(run, now), now, { writeStandards: options.writeStandards });
  await host.write({ highlights: currentHighlights(run, options.highlighted !== false), sheets });
  return sheets.map((s) => s.name);
}

/** Writes only the 标准参数 sheet: the active pack as the table users edit to apply their province's standards. */
export async function writeStandardsSheet(host: WorkbookHost, run: CheckRun, grid: WorkbookGrid, options: WriteOptions = {}): Promise<string> {
  const name = outputSheetName(STANDARDS_SHEET, grid.sheets.map((s) => s.name), grid.ownedSheets);
  const sheet: OutputSheet = standardsSheet(run.pack, name);
  await host.write({ highlights: currentHighlights(run, options.highlighted !== false), sheets: [sheet] });
  return name;
}

export async function clearHighlights(host: WorkbookHost): Promise<void> {
  await host.clearHighlights();
}

/** Selects the finding's first cell; false when the finding points at no cell (township-wide notes). */
export async function selectFinding(host: WorkbookHost, finding: Finding): Promise<boolean> {
  const cell = finding.cells[0];
  if (!finding.sheet || !cell) return false;
  await host.select({ sheet: finding.sheet, cell });
  return true;
}

/** The findings that point at the selected cell, in the run's order. */
export function findingAt(run: CheckRun, selection: CellSelection): Finding[] {
  return run.findings.filter((f) => f.sheet === selection.sheet && f.cells.includes(selection.cell));
}

export interface ExplanationInput {
  readonly text: string;
  readonly author: string;
  readonly date?: Date;
}

/**
 * Adds a 说明 for a warning to the 审核说明 sheet, or replaces the earlier 说明 for the same warning (the sheet's
 * rows are read back first, so a row typed by hand since the run survives), with the values its cells hold now
 * as 原值; returns the session with the warning shown as 已说明. In the same write its yellow comes off, as
 * explained warnings are not highlighted. Errors must be corrected, not explained.
 */
export async function recordExplanation(host: WorkbookHost, session: SessionResult, finding: Finding, input: ExplanationInput): Promise<SessionResult> {
  if (finding.severity !== "warning") throw new InputError("只有警告可以填写说明；错误必须改正。", { kind: "explanationForErrors" });
  const said = input.text.trim();
  const author = input.author.trim();
  if (!said || !author) throw new InputError("请填写说明和填写人。", { kind: "explanationRequired" });
  const grid = await host.read();
  const explanation = explanationFor(finding, grid, said, author, isoDate(input.date ?? new Date()));
  const name = explanationSheetName(grid);
  const isCovered = (f: Finding) => f === finding || (f.severity === "warning" && !f.explained && explains(explanation, f));
  const findings = session.run.findings.map((f) => (isCovered(f) ? { ...f, explained: true } : f));
  const run = { ...session.run, findings };
  await host.write({ highlights: currentHighlights(run, session.highlighted), sheets: [explanationSheet(explanationRows(grid, name, explanation), run.meta, name)] });
  return { ...session, grid, run };
}

/**
 * The message the pane shows for a failure: the host's and the engine's own Chinese words in a Chinese pane;
 * in another language, the catalog's words for the failure's kind (Excel's own words where Excel said something),
 * or the catalog's "unexpected" text around anything else. The workbook is as it was: nothing is written after a failure.
 */
export function errorMessage(error: unknown, words: ErrorWords): string {
  if (error instanceof CancelledError) return error.message;
  if (error instanceof HostError && error.refusal) return refusalText(error.refusal, words);
  if (error instanceof HostError && error.excel) return words.fromExcel(error.excel, error.message, error.more.rollback);
  if (error instanceof HostError) return words.fromHost(error.more, error.message);
  if (error instanceof InputError) return words.fromInput(error.problem, error.message);
  if (error instanceof Error && error.name === "HostError") return words.fromHost({}, error.message);
  if (error instanceof Error && error.name === "InputError") return words.fromInput(undefined, error.message);
  return words.unexpected(error instanceof Error ? error.message : String(error));
}

function refusalText(refusal: HostRefusal, words: ErrorWords): string {
  switch (refusal.kind) {
    case "structureProtected":
      return words.structureProtected;
    case "clearProtected":
      return words.clearProtected(refusal.sheet);
    case "sheetMissing":
      return words.sheetMissing(refusal.sheet);
    case "notJunhengs":
      return words.notJunhengs(refusal.sheet);
    case "resultProtected":
      return words.resultProtected(refusal.sheet);
  }
}

/** The catalog's words for failures (Catalog["errors"]). */
export interface ErrorWords {
  /** The host's refusals before anything was written (HostError.refusal). */
  readonly structureProtected: string;
  clearProtected(sheet: string): string;
  sheetMissing(sheet: string): string;
  notJunhengs(sheet: string): string;
  resultProtected(sheet: string): string;
  unexpected(detail: string): string;
  /** A failure Excel reported: Excel's own words and code in the pane's language, or the Chinese message given. */
  fromExcel(said: ExcelSaid, chinese: string, rollback?: Rollback): string;
  /** An input problem (InputError): worded by its kind, or the Chinese message given. */
  fromInput(problem: InputProblem | undefined, chinese: string): string;
  /** Any other host failure (WPS's, a write taken back without Excel's words): worded from `more`, or the Chinese message. */
  fromHost(more: HostErrorMore, chinese: string): string;
}


/**
 * Calls `onChange` with the sheet's name whenever the user changes a cell the run read: any sheet but the ones
 * Junheng writes (整改清单, 审核结果 …, where edits are expected and kept), except 标准参数, which feeds the check.
 * Returns a function that stops watching; a host that cannot watch (older Excel) never calls back.
 */
export async function watchInputs(host: WorkbookHost, onChange: (sheet: string) => void): Promise<() => void> {
  if (!host.onWorkbookChanged) return () => undefined;
  return host.onWorkbookChanged((change) => {
    if (change.junhengSheet && change.sheet !== STANDARDS_SHEET) return;
    onChange(change.sheet);
  });
}
