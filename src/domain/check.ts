/**
 * One run over a workbook, the data path one way: read (done by the adapter) → recognise → validate →
 * evaluate. The write plan is built from the run afterwards.
 */
import { parseCellAddress, type SheetGrid, type WorkbookGrid } from "./grid";
import { countBySeverity, SEVERITIES, type Finding, type Severity } from "./findings";
import type { CheckOptions, CheckRun } from "./run";
import { recogniseRegister } from "./recognise/register";
import { validateRegister } from "./validate";
import { evaluate, type Evaluation } from "./evaluation/evaluate";
import { packById, DEFAULT_PACK_ID } from "./packs/registry";
import type { RulePack } from "./packs/schema";
import { readStandardsSheet, STANDARDS_SHEET } from "./outputs/standardsSheet";
import { buildContext } from "./rules/context";
import { reportTemplateFindings } from "./report/templateCheck";
import { rectificationItems, withCarried, type AddedRectificationRow, type RectificationItem } from "./evaluation/rectification";
import { readAddedRows, readRectificationSheet, RECTIFICATION_SHEET, type UnknownStatus } from "./outputs/rectificationSheet";
import { L01 } from "./rules/rectificationRules";
import { checklistResults } from "./checklists/evaluateChecklist";
import { CHECKLIST_SHEET } from "./checklists/checklistColumns";
import { C01 } from "./rules/checklistRules";
import { readChecklistSheet } from "./checklists/readChecklistSheet";
import type { ManualEntry } from "./checklists/types";
import { plainFinding } from "./rules/context";
import { historyFindings } from "./rules/history";
import { carryChecklist, carryOverNote, carryRectification } from "./inputs/carryOver";
import { applyExplanations } from "./explanations/applyExplanations";
import { readExplanations } from "./explanations/readExplanations";
import { workCalendar, type WorkCalendar } from "./calendar/calendar";
import { PROGRESS_SHEET, readProgressSheet } from "./outputs/progressSheet";
import { say } from "./rules/messages";

export type { CheckOptions, CheckRun, CheckSummary } from "./run";

const severityOrder = (s: Severity) => SEVERITIES.indexOf(s);

/** Cells in reading order: by row, then by column. */
function sortCells(cells: readonly string[]): string[] {
  if (cells.length < 2) return [...cells];
  // Each address parsed once, not once per comparison.
  const keyed = cells.map((cell) => {
    const { row, col } = parseCellAddress(cell);
    return { cell, key: row * 100000 + col };
  });
  return keyed.sort((a, b) => a.key - b.key).map((k) => k.cell);
}

/** Errors first, then by school, rule and cell, so each school's problems stand together. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => ({ ...f, cells: sortCells(f.cells) })).sort(
    (a, b) =>
      severityOrder(a.severity) - severityOrder(b.severity) ||
      (a.schoolId ?? "~").localeCompare(b.schoolId ?? "~") ||
      a.rule.localeCompare(b.rule) ||
      (a.cells[0] ?? "").localeCompare(b.cells[0] ?? ""),
  );
}

export function defaultPack(): RulePack {
  return packById(DEFAULT_PACK_ID) as RulePack;
}

function sheetNamed(workbook: WorkbookGrid, name: string): SheetGrid | undefined {
  return workbook.sheets.find((s) => s.name.trim() === name);
}

/**
 * The list Junheng wrote last time (never a user's own sheet of that name), whose statuses carry over; undefined
 * when the workbook has none.
 */
function ownRectificationSheet(workbook: WorkbookGrid) {
  return workbook.ownedSheets.includes(RECTIFICATION_SHEET) ? sheetNamed(workbook, RECTIFICATION_SHEET) : undefined;
}

/** Statuses that are none of the three are kept as typed, counted as 未整改 and reported (L-01) into `findings`. */
function writtenRectification(workbook: WorkbookGrid, findings: Finding[] = []) {
  const sheet = ownRectificationSheet(workbook);
  if (!sheet) return undefined;
  const unknown: UnknownStatus[] = [];
  const read = readRectificationSheet(sheet, unknown);
  for (const u of unknown) findings.push(plainFinding(L01, say("L-01", { text: u.text }), sheet.name, [u.cell]));
  return read;
}

/** Rows users added to this workbook's own 整改清单 (not last year's: a county finding belongs to its year). */
function addedRectification(workbook: WorkbookGrid): AddedRectificationRow[] {
  const sheet = ownRectificationSheet(workbook);
  return sheet ? readAddedRows(sheet) : [];
}

/** The 工作进度 Junheng wrote last time (never a user's own sheet of that name), whose dates and statuses carry over. */
function writtenProgress(workbook: WorkbookGrid) {
  const sheet = workbook.ownedSheets.includes(PROGRESS_SHEET) ? sheetNamed(workbook, PROGRESS_SHEET) : undefined;
  return sheet ? readProgressSheet(sheet) : undefined;
}

interface WrittenChecklist {
  readonly entries: ReadonlyMap<string, ManualEntry>;
  readonly findings: Finding[];
  /** Whether the workbook has a 考核自查 Junheng wrote. */
  readonly found: boolean;
}

/** What users typed for manual items in the 考核自查 Junheng wrote last time, and C-01 for what cannot be used. */
function writtenChecklist(workbook: WorkbookGrid, pack: RulePack): WrittenChecklist {
  const sheet = workbook.ownedSheets.includes(CHECKLIST_SHEET) ? sheetNamed(workbook, CHECKLIST_SHEET) : undefined;
  if (!sheet) return { entries: new Map(), findings: [], found: false };
  const { entries, problems } = readChecklistSheet(sheet, pack);
  return { entries, findings: problems.map((p) => plainFinding(C01, p.message, sheet.name, [p.cell])), found: true };
}

interface Carried {
  readonly rectification: RectificationItem[];
  readonly manual: ReadonlyMap<string, ManualEntry>;
  /** L-01 for statuses that cannot be read; H-05 when carrying over from last year. */
  readonly notes: Finding[];
}

/**
 * 整改清单 items and 考核自查 entries with what users set in this workbook's own sheets and, when carrying over, what
 * still holds of last year's (inputs/carryOver.ts), read back the same way.
 */
function carriedState(
  run: { evaluation: Evaluation; validation: readonly Finding[]; pack: RulePack; calendar: WorkCalendar },
  workbook: WorkbookGrid,
  manual: ReadonlyMap<string, ManualEntry>,
  lastYear?: WorkbookGrid,
): Carried {
  const { evaluation, validation, pack, calendar } = run;
  const items = rectificationItems(evaluation, validation, calendar);
  const unreadable: Finding[] = [];
  const own = writtenRectification(workbook, unreadable);
  if (!lastYear) return { rectification: withCarried(items, own, calendar), manual, notes: unreadable };
  const lastList = writtenRectification(lastYear);
  const lastChecklist = writtenChecklist(lastYear, pack);
  const list = carryRectification(own, lastList, items);
  const entries = carryChecklist(manual, lastChecklist.entries);
  return {
    rectification: withCarried(items, list.previous, calendar),
    manual: entries.entries,
    notes: [...unreadable, carryOverNote(list.carried.size, entries.carried.size, lastList !== undefined || lastChecklist.found)],
  };
}

export function runCheck(workbook: WorkbookGrid, options: CheckOptions = {}): CheckRun {
  const register = recogniseRegister(workbook);
  const standards = sheetNamed(workbook, STANDARDS_SHEET);
  const base = options.pack ?? defaultPack();
  const { pack, overrides, findings: standardsFindings } = standards ? readStandardsSheet(standards, base) : { pack: base, overrides: [], findings: [] };
  const ctx = buildContext(register);
  const validation = validateRegister(register, undefined, undefined, ctx);
  const evaluation = evaluate(register, pack, validation, ctx);
  const manual = writtenChecklist(workbook, pack);
  const meta = { ...register.meta, ...options.meta };
  const calendar = workCalendar(pack, meta, writtenProgress(workbook));
  const history = options.previous ? historyFindings(ctx, buildContext(options.previous.register), pack.history) : [];
  const carried = carriedState({ evaluation, validation, pack, calendar }, workbook, manual.entries, options.carryOver ? options.previous?.grid : undefined);
  const all = [...validation, ...standardsFindings, ...evaluation.findings, ...manual.findings, ...reportTemplateFindings(workbook, pack), ...history, ...carried.notes];
  const findings = sortFindings(applyExplanations(all, readExplanations(workbook), workbook));
  const schools = new Set((register.sheets.schools?.rows ?? []).map((r) => r.key).filter((key) => key)).size;
  return {
    register,
    findings,
    meta,
    summary: { schools, units: evaluation.units.filter((u) => !u.unit.excluded).length, ...countBySeverity(findings) },
    pack,
    overrides,
    evaluation,
    rectification: carried.rectification,
    rectificationRecorded: ownRectificationSheet(workbook) !== undefined,
    addedRectification: addedRectification(workbook),
    checklist: checklistResults({ pack, findings, targets: evaluation.targets, manual: carried.manual }),
    calendar,
  };
}

/**
 * The run with what users have typed since into Junheng's own 整改清单 and 考核自查, read from `workbook` as it is
 * now: writing the sheets again keeps it (状态, 责任单位, 完成时限, manual 考核自查 entries). The findings stay the
 * run's; a 考核自查 entry that cannot be used is left out, as at check time. Rows users added (来源 县级复评) are
 * kept too.
 */
export function withUserEdits(run: CheckRun, workbook: WorkbookGrid): CheckRun {
  const manual = writtenChecklist(workbook, run.pack);
  return {
    ...run,
    rectification: withCarried(run.rectification, writtenRectification(workbook), run.calendar),
    addedRectification: addedRectification(workbook),
    checklist: manual.found ? checklistResults({ pack: run.pack, findings: run.findings, targets: run.evaluation.targets, manual: manual.entries }) : run.checklist,
  };
}
