import type { CheckRun } from "../run";
import { reportSheets } from "../report/reportSheets";
import type { WorkbookGrid } from "../grid";
import { standardsSheet, STANDARDS_SHEET } from "./standardsSheet";
import { CHECK_RESULTS_SHEET, checkResultsSheet } from "./checkResultsSheet";
import { BALANCE_SHEET, balanceSheet } from "./balanceSheet";
import { INDICATOR_SHEET, indicatorSheet } from "./indicatorSheet";
import { RECTIFICATION_SHEET, rectificationSheet } from "./rectificationSheet";
import { highlightGroups } from "./highlights";
import { checklistSheet } from "./checklistSheet";
import { CHECKLIST_SHEET } from "../checklists/checklistColumns";
import { PROGRESS_SHEET, progressSheet } from "./progressSheet";
import { withWrappedText } from "../layout/printLayout";
import { outputSheetName, withinCellLimit, type OutputSheet, type WritePlan } from "./writePlan";

export interface PlanOptions {
  /** Write the 标准参数 sheet from the active pack (on request: it is an input the user edits). */
  readonly writeStandards?: boolean;
}

/**
 * Everything a run writes: highlights in place (errors, warnings, below standard) and the output sheets, each
 * under its own name unless the user has a sheet of that name Junheng did not make.
 */
export function checkWritePlan(run: CheckRun, workbook: WorkbookGrid, options: PlanOptions = {}): WritePlan {
  const existing = workbook.sheets.map((s) => s.name);
  const named = (name: string) => outputSheetName(name, existing, workbook.ownedSheets);
  const sheets: OutputSheet[] = [
    checkResultsSheet(run, named(CHECK_RESULTS_SHEET)),
    indicatorSheet(run.evaluation, run.meta, named(INDICATOR_SHEET)),
    balanceSheet(run.evaluation, run.meta, named(BALANCE_SHEET)),
    rectificationSheet(run.rectification, run.meta, run.pack, named(RECTIFICATION_SHEET), run.addedRectification),
    progressSheet(run.calendar, run.meta, named(PROGRESS_SHEET)),
    checklistSheet(run.checklist, run.meta, run.pack, named(CHECKLIST_SHEET)),
    ...reportSheets(run, run.checklist, named),
  ];
  if (options.writeStandards) sheets.push(standardsSheet(run.pack, named(STANDARDS_SHEET)));
  return { highlights: highlightGroups(run.findings, run.evaluation.units, run.register), sheets: sheets.map((sheet) => withWrappedText(withinCellLimit(sheet))) };
}
