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

/** A change the user made to the workbook's cells. */
export interface WorkbookChange {
  readonly sheet: string;
  /** A1 address of the changed range on `sheet`. */
  readonly address: string;
  /** Whether the sheet is one Junheng wrote (整改清单, 审核结果 …). */
  readonly junhengSheet: boolean;
}

export interface WorkbookHost extends WorkbookPort {
  /** Removes exactly the highlights Junheng drew; every cell's own formatting and value stay as they were. */
  clearHighlights(): Promise<void>;
  /** Activates the sheet and selects the cell. */
  select(target: CellSelection): Promise<void>;
  /** Calls back whenever the user selects a cell; returns a function that stops listening. */
  onSelectionChanged(listener: (selection: CellSelection) => void): Promise<() => void>;
  /**
   * Calls back whenever the user changes cells (not for the host's own writes); returns a function that stops
   * listening. Absent where the workbook cannot change behind the pane's back (the web page's copy).
   */
  onWorkbookChanged?(listener: (change: WorkbookChange) => void): Promise<() => void>;
}

/** What Excel itself said when a request failed: its error code and its message, in Office's display language. */
export interface ExcelSaid {
  readonly code: string;
  readonly message: string;
}

/** A write refused before anything was changed, by kind, so a pane can say it in its own language. */
export type HostRefusal =
  | { readonly kind: "structureProtected" }
  | { readonly kind: "clearProtected"; readonly sheet: string }
  | { readonly kind: "sheetMissing"; readonly sheet: string }
  | { readonly kind: "notJunhengs"; readonly sheet: string }
  | { readonly kind: "resultProtected"; readonly sheet: string };

/** What became of a write that failed: all of it taken back, or these sheets possibly left behind. */
export type Rollback = { readonly kind: "undone" } | { readonly kind: "left"; readonly sheets: readonly string[] };

/** The host's actions, named so that a pane can say which one failed in its own language. */
export type HostAction = "read" | "write" | "clear" | "select";

/** What WPS said when a call failed (WPS gives no error codes, only its message, possibly empty). */
export interface WpsSaid {
  readonly action: HostAction;
  readonly message: string;
}

export interface HostErrorMore {
  readonly rollback?: Rollback;
  readonly wps?: WpsSaid;
}

/** A failure the host reports in words users understand (protected sheet, sheet renamed, payload too large …). */
export class HostError extends Error {
  /**
   * @param excel the Office.js error behind it, when there is one: a pane in another language than Chinese shows
   *   Excel's own words (already in the user's language) with the code, instead of the Chinese message.
   * @param refusal what kind of refusal it is, when the adapter refused before writing.
   * @param more what became of a failed write (rollback) and what WPS said (wps), for the same reason.
   */
  constructor(
    message: string,
    readonly excel?: ExcelSaid,
    readonly refusal?: HostRefusal,
    readonly more: HostErrorMore = {},
  ) {
    super(message);
    this.name = "HostError";
  }
}
