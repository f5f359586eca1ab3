/**
 * One run over a workbook, the data path one way: read (done by the adapter) → inputs (inputs/readInputs.ts:
 * recognise once, read back) → validate → evaluate. The write plan is built from the run afterwards.
 */
import { parseCellAddress, type WorkbookGrid } from "./grid";
import { countBySeverity, SEVERITIES, type Finding, type Severity } from "./findings";
import type { CheckOptions, CheckRun } from "./run";
import { validateRegister } from "./validate";
import { evaluate, type Evaluation } from "./evaluation/evaluate";
import { buildContext } from "./rules/context";
import { rectificationItems, withCarried, type RectificationItem } from "./evaluation/rectification";
import { checklistResults } from "./checklists/evaluateChecklist";
import type { ManualEntry } from "./checklists/types";
import { historyFindings } from "./rules/history";
import { carryChecklist, carryOverNote, carryRectification } from "./inputs/carryOver";
import { applyExplanations } from "./explanations/applyExplanations";
import { workCalendar, type WorkCalendar } from "./calendar/calendar";
import { findTemplate } from "./report/templateCheck";
import { addedRectification, readInputs, writtenChecklist, writtenRectification, type CheckInputs, type LastYearInputs, type WrittenSheets } from "./inputs/readInputs";

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

export { defaultPack, readInputs } from "./inputs/readInputs";

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
  run: { evaluation: Evaluation; validation: readonly Finding[]; calendar: WorkCalendar },
  written: WrittenSheets,
  lastYear: LastYearInputs["carried"],
): Carried {
  const { evaluation, validation, calendar } = run;
  const items = rectificationItems(evaluation, validation, calendar);
  const manual = written.checklist.entries;
  if (!lastYear) return { rectification: withCarried(items, written.rectification, calendar), manual, notes: written.unreadable };
  const list = carryRectification(written.rectification, lastYear.rectification, items);
  const entries = carryChecklist(manual, lastYear.checklist.entries);
  return {
    rectification: withCarried(items, list.previous, calendar),
    manual: entries.entries,
    notes: [...written.unreadable, carryOverNote(list.carried.size, entries.carried.size, lastYear.rectification !== undefined || lastYear.checklist.found)],
  };
}

/** One check: inputs (read once) → validate → evaluate → the run the outputs are written from. */
export function runCheck(workbook: WorkbookGrid, options: CheckOptions = {}): CheckRun {
  return checkInputs(readInputs(workbook, options), workbook, options);
}

/**
 * The check after its input stage, for callers that show the stages apart (the task pane's progress): they call
 * readInputs, then this, and the register is still recognised once.
 */
export function checkInputs(inputs: CheckInputs, workbook: WorkbookGrid, options: CheckOptions = {}): CheckRun {
  const { register, pack, written } = inputs;
  const ctx = buildContext(register);
  const validation = validateRegister(register, undefined, undefined, ctx);
  const evaluation = evaluate(register, pack, validation, ctx);
  const meta = { ...register.meta, ...options.meta };
  const calendar = workCalendar(pack, meta, written.progress);
  const history = inputs.lastYear ? historyFindings(ctx, buildContext(inputs.lastYear.register), pack.history) : [];
  const carried = carriedState({ evaluation, validation, calendar }, written, inputs.lastYear?.carried);
  const all = [...validation, ...inputs.standardsFindings, ...evaluation.findings, ...written.checklist.findings, ...inputs.templateFindings, ...history, ...carried.notes];
  const findings = sortFindings(applyExplanations(all, inputs.explanations, workbook));
  const schools = new Set((register.sheets.schools?.rows ?? []).map((r) => r.key).filter((key) => key)).size;
  return {
    register,
    findings,
    meta,
    summary: { schools, units: evaluation.units.filter((u) => !u.unit.excluded).length, ...countBySeverity(findings) },
    pack,
    overrides: inputs.overrides,
    evaluation,
    rectification: carried.rectification,
    rectificationRecorded: written.rectificationRecorded,
    addedRectification: written.added,
    checklist: checklistResults({ pack, findings, targets: evaluation.targets, manual: carried.manual }),
    calendar,
    template: inputs.template,
  };
}

/**
 * The run with what users have typed since into Junheng's own 整改清单 and 考核自查, read from `workbook` as it is
 * now: writing the sheets again keeps it (状态, 责任单位, 完成时限, manual 考核自查 entries). The findings stay the
 * run's; a 考核自查 entry that cannot be used is left out, as at check time. Rows users added (来源 县级复评) are
 * kept too, and the 自评报告模板 is the one in `workbook` now (with the 主要做法 typed since).
 */
export function withUserEdits(run: CheckRun, workbook: WorkbookGrid): CheckRun {
  const manual = writtenChecklist(workbook, run.pack);
  return {
    ...run,
    rectification: withCarried(run.rectification, writtenRectification(workbook), run.calendar),
    addedRectification: addedRectification(workbook),
    checklist: manual.found ? checklistResults({ pack: run.pack, findings: run.findings, targets: run.evaluation.targets, manual: manual.entries }) : run.checklist,
    template: findTemplate(workbook),
  };
}
