/**
 * The input stage of a check (issue 13): everything a check reads from the workbook besides the cells the adapter
 * read — the register recognised once, the 标准参数 applied to the pack, the sheets Junheng wrote on an earlier run
 * with what users typed into them since (整改清单, 考核自查, 工作进度), 审核说明, the report template — and from last
 * year's workbook. runCheck reads its inputs here, then validates, evaluates and builds the outputs.
 */
import type { ProgressReadBack } from "../calendar/calendar";
import type { AddedRectificationRow } from "../evaluation/rectification";
import type { ExplanationRow } from "../explanations/explanationColumns";
import { readExplanations } from "../explanations/readExplanations";
import type { Finding } from "../findings";
import type { SheetGrid, WorkbookGrid } from "../grid";
import { CHECKLIST_SHEET } from "../checklists/checklistColumns";
import { readChecklistSheet } from "../checklists/readChecklistSheet";
import type { ManualEntry } from "../checklists/types";
import { readProgressSheet, PROGRESS_SHEET } from "../outputs/progressSheet";
import { readAddedRows, readRectificationSheet, RECTIFICATION_SHEET, type UnknownStatus } from "../outputs/rectificationSheet";
import { readStandardsSheet, STANDARDS_SHEET } from "../outputs/standardsSheet";
import type { Override } from "../packs/readStandardsSheet";
import { packById, DEFAULT_PACK_ID } from "../packs/registry";
import type { RulePack } from "../packs/schema";
import { recogniseRegister } from "../recognise/register";
import type { Register } from "../register";
import { findTemplate, templateFindings } from "../report/templateCheck";
import { C01 } from "../rules/checklistRules";
import { plainFinding } from "../rules/context";
import { namingPreviousFile, type PreviousYear } from "../rules/historyYear";
import { say } from "../rules/texts";
import { L01 } from "../rules/rectificationRules";
import type { CheckOptions } from "../run";

export function defaultPack(): RulePack {
  return packById(DEFAULT_PACK_ID) as RulePack;
}

function sheetNamed(workbook: WorkbookGrid, name: string): SheetGrid | undefined {
  return workbook.sheets.find((s) => s.name.trim() === name);
}

/** A sheet Junheng wrote on an earlier run (never a user's own sheet of that name); undefined when there is none. */
function writtenSheet(workbook: WorkbookGrid, name: string): SheetGrid | undefined {
  return workbook.ownedSheets.includes(name) ? sheetNamed(workbook, name) : undefined;
}

export interface WrittenChecklist {
  readonly entries: ReadonlyMap<string, ManualEntry>;
  /** C-01 for entries that cannot be used. */
  readonly findings: Finding[];
  /** Whether the workbook has a 考核自查 Junheng wrote. */
  readonly found: boolean;
}

/** What users typed for manual items in the 考核自查 Junheng wrote, and C-01 for what cannot be used. */
export function writtenChecklist(workbook: WorkbookGrid, pack: RulePack): WrittenChecklist {
  const sheet = writtenSheet(workbook, CHECKLIST_SHEET);
  if (!sheet) return { entries: new Map(), findings: [], found: false };
  const { entries, problems } = readChecklistSheet(sheet, pack);
  return { entries, findings: problems.map((p) => plainFinding(C01, p.message, sheet.name, [p.cell])), found: true };
}

/** The 整改清单 Junheng wrote, whose statuses carry over; statuses none of the three are reported (L-01) into `findings`. */
export function writtenRectification(workbook: WorkbookGrid, findings: Finding[] = []) {
  const sheet = writtenSheet(workbook, RECTIFICATION_SHEET);
  if (!sheet) return undefined;
  const unknown: UnknownStatus[] = [];
  const read = readRectificationSheet(sheet, unknown);
  for (const u of unknown) findings.push(plainFinding(L01, say(L01, "L-01", { text: u.text }), sheet.name, [u.cell]));
  return read;
}

/** Rows users added to the 整改清单 Junheng wrote (this workbook's only: a county finding belongs to its year). */
export function addedRectification(workbook: WorkbookGrid): AddedRectificationRow[] {
  const sheet = writtenSheet(workbook, RECTIFICATION_SHEET);
  return sheet ? readAddedRows(sheet) : [];
}

/** The sheets Junheng wrote into this workbook on an earlier run, as users left them. */
export interface WrittenSheets {
  readonly rectification: ReturnType<typeof writtenRectification>;
  /** L-01 for 整改清单 statuses that cannot be read. */
  readonly unreadable: Finding[];
  /** Whether the workbook has a 整改清单 Junheng wrote, i.e. whether its statuses were recorded by anyone. */
  readonly rectificationRecorded: boolean;
  readonly added: AddedRectificationRow[];
  readonly progress: ProgressReadBack | undefined;
  readonly checklist: WrittenChecklist;
}

export function readWritten(workbook: WorkbookGrid, pack: RulePack): WrittenSheets {
  const unreadable: Finding[] = [];
  const progress = writtenSheet(workbook, PROGRESS_SHEET);
  return {
    checklist: writtenChecklist(workbook, pack),
    progress: progress ? readProgressSheet(progress) : undefined,
    rectification: writtenRectification(workbook, unreadable),
    unreadable,
    rectificationRecorded: writtenSheet(workbook, RECTIFICATION_SHEET) !== undefined,
    added: addedRectification(workbook),
  };
}

/** Last year's workbook as a check reads it: its register, and with carry-over its 整改清单 and 考核自查. */
export interface LastYearInputs {
  readonly register: Register;
  readonly carried?: { readonly rectification: ReturnType<typeof writtenRectification>; readonly checklist: WrittenChecklist };
}

export interface CheckInputs {
  readonly register: Register;
  /** The chosen pack with the workbook's 标准参数 applied, the changes, and P-01 for what cannot be used. */
  readonly pack: RulePack;
  readonly overrides: readonly Override[];
  readonly standardsFindings: readonly Finding[];
  readonly written: WrittenSheets;
  readonly explanations: ExplanationRow[];
  /** The 自评报告模板, looked up here only; the run hands it on to the report. */
  readonly template: SheetGrid | undefined;
  /** R-01 for placeholders of the report template that do not exist. */
  readonly templateFindings: Finding[];
  readonly lastYear?: LastYearInputs;
}

/** Last year's register, recognised like this year's; a reason it cannot be used names the file. */
function lastYearRegister(previous: PreviousYear): Register {
  return namingPreviousFile(previous.fileName, () => recogniseRegister(previous.grid));
}

function lastYearInputs(previous: PreviousYear, register: Register, carryOver: boolean, pack: RulePack): LastYearInputs {
  if (!carryOver) return { register };
  return { register, carried: { rectification: writtenRectification(previous.grid), checklist: writtenChecklist(previous.grid, pack) } };
}

/**
 * Reads everything a check needs, once: both registers are recognised here and nowhere else, neither by a check
 * nor by its callers, which hand over last year's workbook as read.
 */
export function readInputs(workbook: WorkbookGrid, options: CheckOptions = {}): CheckInputs {
  // Last year's first, as when callers recognised it on reading: a file that is no register is named before this
  // year's register is looked at.
  const previous = options.previous && { workbook: options.previous, register: lastYearRegister(options.previous) };
  const register = recogniseRegister(workbook);
  const standards = sheetNamed(workbook, STANDARDS_SHEET);
  const base = options.pack ?? defaultPack();
  const { pack, overrides, findings: standardsFindings } = standards ? readStandardsSheet(standards, base) : { pack: base, overrides: [], findings: [] as Finding[] };
  const template = findTemplate(workbook);
  return {
    register,
    pack,
    overrides,
    standardsFindings,
    written: readWritten(workbook, pack),
    explanations: readExplanations(workbook),
    template,
    templateFindings: template ? templateFindings(template, pack) : [],
    lastYear: previous && lastYearInputs(previous.workbook, previous.register, options.carryOver ?? false, pack),
  };
}
