/**
 * What the task pane needs from the workbook it runs in, beyond the port: clearing what Junheng drew, moving
 * the selection to a finding's cell, and hearing where the user clicks. The Office.js adapter implements it
 * for Excel; tests and the screenshot page implement it over a fake.
 */
import type { WorkbookPort } from "./port";

export interface CellSelection {
  readonly sheet: string;
  /** A1 address of the selection's top-left cell. */
  readonly cell: string;
}

export interface WorkbookHost extends WorkbookPort {
  /** Removes exactly the highlights Junheng drew; every cell's own formatting and value stay as they were. */
  clearHighlights(): Promise<void>;
  /** Activates the sheet and selects the cell. */
  select(target: CellSelection): Promise<void>;
  /** Calls back whenever the user selects a cell; returns a function that stops listening. */
  onSelectionChanged(listener: (selection: CellSelection) => void): Promise<() => void>;
}

/** A failure the host reports in words users understand (protected sheet, sheet renamed, payload too large …). */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HostError";
  }
}
