/**
 * A recording fake of the Excel JavaScript API for the Office.js adapter's tests. It fails where Excel fails:
 * unloaded properties throw PropertyNotLoaded, writes to protected sheets throw AccessDenied, a request or
 * response over 5 MB is rejected, an API above the "installed" ExcelApi version throws ApiNotFound, values written
 * into cells are interpreted as typed (formulas, numbers, dates) unless the cell is text-formatted.
 * Every sync is recorded with its request and response size.
 *
 * A failing batch applies nothing in the default "atomic" mode, so a test can assert that no partial write is
 * left; "sequential" mode is what Excel really does (actions up to the failing one stay applied) — use it to prove
 * the adapter refuses before queuing rather than relying on the failure.
 */
import type { WorkbookGrid } from "../../../src/domain/grid";
import { parseCellAddress } from "../../../src/domain/grid";
import { parseAreas } from "./fake/a1";
import { FakeContext, type RequestExecutor } from "./fake/context";
import { maxVersion, Transaction, versionAtLeast, type ChangeHandler, type Json, type ObjectPath, type QueuedAction, type SelectionHandler, type ValueChange } from "./fake/core";
import { fakeError } from "./fake/errors";
import { placeIn, ruleIsTrue } from "./fake/formulaEval";
import { addLegacyMarker, cellFor, cellKey, newSheet, sheetByName, stateFromGrid, type CellState, type SheetState, type WorkbookState } from "./fake/state";
import { enterValue } from "./fake/valueEntry";

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  readonly writes: number;
  readonly calculationSuspended: boolean;
  /** The error code the sync failed with, or null. */
  readonly error: string | null;
}

function serialise(actions: readonly QueuedAction[]): string {
  const paths: Record<string, Json> = {};
  const addPath = (start: ObjectPath) => {
    for (let p: ObjectPath | null = start; p && !(p.id in paths); p = p.parent) {
      paths[p.id] = { Id: p.id, ObjectPathType: p.type, Name: p.name, ParentObjectPathId: p.parent?.id ?? null, ArgumentInfo: { Arguments: [...p.args] } };
    }
  };
  const list = actions.map((a, i) => {
    addPath(a.path);
    return { Id: i + 1, ObjectPathId: a.path.id, ...a.json };
  });
  return JSON.stringify({ Actions: list, ObjectPaths: paths });
}

function requiredVersion(action: QueuedAction): string {
  let version = action.since;
  for (let p: ObjectPath | null = action.path; p; p = p.parent) version = maxVersion(version, p.since);
  return version;
}

const colour = (value: string | null): string | null => (value ? value.replace(/^#/, "").toUpperCase() : null);

export class FakeExcel implements RequestExecutor {
  state: WorkbookState;
  /** Highest ExcelApi requirement set this "Excel" supports. */
  apiVersion = "1.13";
  batchMode: "atomic" | "sequential" = "atomic";
  requestLimitBytes = PAYLOAD_LIMIT_BYTES;
  responseLimitBytes = PAYLOAD_LIMIT_BYTES;
  readonly syncs: SyncRecord[] = [];
  readonly selectionHandlers = new Set<SelectionHandler>();
  readonly changeHandlers = new Set<ChangeHandler>();
  /** Change events raised and not yet handled (Excel delivers them after the sync that made the change). */
  private pendingEvents: Promise<unknown> = Promise.resolve();
  private readonly failures: { code: string; message: string }[] = [];
  private readonly hooks: ((syncIndex: number, excel: FakeExcel) => void)[] = [];

  constructor(grid: WorkbookGrid) {
    this.state = stateFromGrid(grid);
  }

  /** Office.context.requirements.isSetSupported of this fake. */
  readonly isSetSupported = (name: string, minVersion?: string | number): boolean =>
    name === "ExcelApi" && versionAtLeast(this.apiVersion, String(minVersion ?? "1.1"));

  /** A stand-in for the `Office` global (only `context.requirements`). */
  readonly office = { context: { requirements: { isSetSupported: this.isSetSupported } } };

  /**
   * Steps on the user's undo stack (Ctrl+Z presses) the add-in's changes take since an API without undo support
   * last cleared it: one per sync that changes the workbook, one per batch run with mergeUndoGroup.
   */
  undoSteps = 0;

  /**
   * Excel.run over this fake: a fresh context per batch. The one cast from fake to Office.js types is here.
   * RunOptions.mergeUndoGroup is ExcelApi 1.20; what an older Excel does with it is not documented: the fake ignores
   * it there (each sync stays a step), and the adapter only asks where the set is supported.
   */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T> =>
    batch(new FakeContext(this, versionAtLeast(this.apiVersion, "1.20") ? options : {}) as unknown as Excel.RequestContext);

  get syncCount(): number {
    return this.syncs.length;
  }

  /** The next sync fails with this code (e.g. "ConnectionFailure") before anything is applied. */
  failNextSync(code: string, message = "The request failed."): void {
    this.failures.push({ code, message });
  }

  /** Runs before every sync, e.g. to delete a sheet between a read and a write. */
  beforeSync(hook: (syncIndex: number, excel: FakeExcel) => void): void {
    this.hooks.push(hook);
  }

  async execute(context: FakeContext, actions: readonly QueuedAction[]): Promise<void> {
    await Promise.resolve();
    const index = this.syncs.length;
    for (const hook of this.hooks) hook(index, this);
    const requestBytes = Buffer.byteLength(serialise(actions));
    const writes = actions.filter((a) => a.write).length;
    const record = (responseBytes: number, calculationSuspended: boolean, error: string | null) =>
      this.syncs.push({ requestBytes, responseBytes, actions: actions.length, writes, calculationSuspended, error });
    const failure = this.failures.shift();
    if (failure) {
      record(0, false, failure.code);
      throw fakeError(failure.code, failure.message);
    }
    if (requestBytes > this.requestLimitBytes) {
      record(0, false, "RequestPayloadSizeLimitExceeded");
      throw fakeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const working = writes > 0 && this.batchMode === "atomic" ? structuredClone(this.state) : this.state;
    const tx = new Transaction(working, context);
    let responseBytes = 0;
    try {
      for (const action of actions) {
        const need = requiredVersion(action);
        if (!versionAtLeast(this.apiVersion, need)) throw fakeError("ApiNotFound", `ExcelApi ${need} is not supported (${action.json.Name ?? action.json.ActionType}).`);
        action.run(tx);
      }
      responseBytes = Buffer.byteLength(JSON.stringify(tx.responses));
      if (responseBytes > this.responseLimitBytes) throw fakeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    } catch (error) {
      record(responseBytes, tx.calculationSuspended, (error as { code?: string }).code ?? "Exception");
      throw error;
    }
    this.state = working;
    if (tx.clearsUndo) this.undoSteps = 0;
    if (writes > 0 && !(context.mergeUndoGroup && context.undoStepTaken)) {
      this.undoSteps++;
      context.undoStepTaken = true;
    }
    for (const [path, id] of tx.bindings) context.bindings.set(path, id);
    tx.commits.forEach((commit) => commit());
    record(responseBytes, tx.calculationSuspended, null);
    this.raiseChanges(tx.valueChanges, "ThisLocalAddin");
  }

  /** Calls every onChanged handler for each change, after the current task, as Excel does. */
  private raiseChanges(changes: readonly ValueChange[], triggerSource: "ThisLocalAddin" | "Unknown"): void {
    if (changes.length === 0 || this.changeHandlers.size === 0) return;
    const handlers = [...this.changeHandlers];
    this.pendingEvents = this.pendingEvents.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const change of changes) {
        const args = { worksheetId: change.sheetId, address: change.address, changeType: "RangeEdited", source: "Local", type: "WorksheetChanged" };
        // triggerSource arrived with ExcelApi 1.14; an older Excel's event does not say who made the change.
        if (versionAtLeast(this.apiVersion, "1.14")) Object.assign(args, { triggerSource });
        await Promise.all(handlers.map((handler) => handler(args as unknown as Excel.WorksheetChangedEventArgs)));
      }
    });
  }

  /** Resolves once every change event raised so far has been handled. */
  async eventsDelivered(): Promise<void> {
    let pending: Promise<unknown>;
    do {
      pending = this.pendingEvents;
      await pending;
    } while (pending !== this.pendingEvents);
  }

  // ---- test views and test-side changes (what a user would do in Excel between calls) ----

  sheet(name: string): SheetState {
    const sheet = sheetByName(this.state, name);
    if (!sheet) throw new Error(`fake has no sheet ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  cell(sheet: string, address: string): CellState | undefined {
    const { row, col } = parseCellAddress(address);
    return this.sheet(sheet).cells.get(cellKey(row, col));
  }

  /** The values the cell's drop-down list offers (Range.dataValidation), or null without a list. */
  validationOf(sheet: string, address: string): string[] | null {
    return this.cell(sheet, address)?.validation?.list ?? null;
  }

  /** The fill a user sees: the first conditional format (in priority order) that covers the cell and is on, else the cell's own fill. */
  fillOf(sheet: string, address: string): string | null {
    const { row, col } = parseCellAddress(address);
    const s = this.sheet(sheet);
    for (const format of s.formats) {
      const place = format.fill ? placeIn(s, format.ranges, row, col) : null;
      if (place && ruleIsTrue(format.formula, place) === true) return colour(format.fill);
    }
    return colour(s.cells.get(cellKey(row, col))?.fill ?? null);
  }

  /** "#" + the in-workbook reference of a cell's hyperlink, e.g. "#'学生与班级'!C4", or its external address. */
  linkOf(sheet: string, address: string): string | null {
    const link = this.cell(sheet, address)?.hyperlink;
    if (!link) return null;
    return link.documentReference !== undefined ? `#${link.documentReference}` : (link.address ?? null);
  }

  /** A deep copy of a sheet for before/after comparisons. */
  snapshot(name: string): SheetState {
    return structuredClone(this.sheet(name));
  }

  /** The user types `value` into a cell, as Excel interprets typing; onChanged handlers hear of it. */
  async type(sheet: string, address: string, value: string | number | null): Promise<void> {
    const { row, col } = parseCellAddress(address);
    const s = this.sheet(sheet);
    const cell = cellFor(s, row, col);
    if (value === null) Object.assign(cell, { value: null, type: "Empty", formula: null });
    else enterValue(cell, value);
    this.raiseChanges([{ sheetId: s.id, address }], "Unknown");
    await this.eventsDelivered();
  }

  /** What an earlier version of the add-in left: a VeryHidden `_junheng` sheet listing the sheets it made. */
  addLegacyMarker(owned: readonly string[]): void {
    addLegacyMarker(this.state, owned);
  }

  protect(sheet: string, locked = true): void {
    this.sheet(sheet).protected = locked;
  }

  protectStructure(locked = true): void {
    this.state.structureProtected = locked;
  }

  /** The user adds a sheet of their own. */
  addSheet(name: string): void {
    newSheet(this.state, name);
  }

  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    this.state.sheets = this.state.sheets.filter((s) => s !== sheet);
  }

  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
  }

  /** The user selects `address` on `sheet`: the selection moves and every registered handler runs. */
  async fireSelectionChanged(sheet: string, address: string): Promise<void> {
    const s = this.sheet(sheet);
    this.state.activeSheetId = s.id;
    this.state.selection = { sheetId: s.id, areas: parseAreas(address) };
    const args = { workbook: new FakeContext(this).workbook, type: "SelectionChanged" };
    await Promise.all([...this.selectionHandlers].map((handler) => handler(args as unknown as Excel.SelectionChangedEventArgs)));
  }

  /** Active sheet name and selected address as Excel would report them. */
  selection(): { sheet: string; areas: string } | null {
    const sel = this.state.selection;
    const sheet = sel && this.state.sheets.find((s) => s.id === sel.sheetId);
    if (!sel || !sheet) return null;
    return { sheet: sheet.name, areas: sel.areas.map((a) => `${a.top}:${a.left}:${a.bottom}:${a.right}`).join(",") };
  }

  activeSheet(): string | null {
    return this.state.sheets.find((s) => s.id === this.state.activeSheetId)?.name ?? null;
  }
}
