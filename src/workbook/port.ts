/**
 * The port between the domain and a workbook. Two calls per run, each one batch: read everything, then write
 * everything, so an Office.js adapter needs a constant number of round trips whatever the number of schools.
 */
import type { WorkbookGrid } from "../domain/grid";
import type { WritePlan } from "../domain/outputs/writePlan";

/** What a write left out, each in one Chinese line naming the sheet and what to do; everything else was written. */
export interface WriteReport {
  readonly notWritten: readonly string[];
  /** The protected sheets behind those lines, for a pane to say the same in its own language. */
  readonly lockedSheets?: readonly string[];
}

export interface WorkbookPort {
  /** Every sheet's used range: values (cached results for formulas), merged areas, visibility. */
  read(): Promise<WorkbookGrid>;
  /**
   * Applies the plan's highlights in place of any Junheng drew before (so a plan without highlights leaves none),
   * replaces (or adds) its output sheets, and records which sheets Junheng owns. The file adapter
   * (PackageWorkbook) writes a copy of the user's package whose highlights replace those an earlier check added.
   */
  write(plan: WritePlan): Promise<WriteReport | void>;
}

/** Hidden sheet listing the sheets Junheng made, so they are replaced next time and users' sheets never are. */
export const MARKER_SHEET = "_junheng";
