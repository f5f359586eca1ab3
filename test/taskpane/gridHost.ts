/**
 * A WorkbookHost over an in-memory WorkbookGrid, for the task-pane tests: records every write, clear and
 * selection, applies written output sheets to the grid (so reading back sees them), can fire a selection change
 * as Excel would, and can be told to fail the next call with a HostError. Highlights behave as OfficeWorkbook's:
 * each write replaces Junheng's highlights with the plan's, and clearing removes them.
 */
import type { SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import type { HighlightGroup, OutputSheet, WritePlan } from "../../src/domain/outputs/writePlan";
import { sampleRegister } from "../../src/domain/sample/sample";
import { HostError, type CellSelection, type WorkbookHost } from "../../src/workbook/host";

export type HostCall = "read" | "write" | "clearHighlights" | "select";

function asGrid(sheet: OutputSheet): SheetGrid {
  return { name: sheet.name, rows: sheet.rows.map((row) => row.map((cell) => cell.value)), merges: [], visibility: "visible" };
}

export class GridHost implements WorkbookHost {
  readonly writes: WritePlan[] = [];
  readonly selections: CellSelection[] = [];
  clears = 0;
  /** Junheng's highlights now in the workbook. */
  highlights: readonly HighlightGroup[] = [];
  /** Report the pane's own selections back as a selection change, as Excel does. */
  echoSelections = false;
  reads = 0;
  private listeners = new Set<(selection: CellSelection) => void>();
  private failures = new Map<HostCall, string>();

  constructor(public grid: WorkbookGrid = sampleGrid()) {}

  /** The next call of this kind throws a HostError with the message (once). */
  failNext(call: HostCall, message: string): void {
    this.failures.set(call, message);
  }

  private check(call: HostCall): void {
    const message = this.failures.get(call);
    if (message !== undefined) {
      this.failures.delete(call);
      throw new HostError(message);
    }
  }

  async read(): Promise<WorkbookGrid> {
    this.check("read");
    this.reads += 1;
    return this.grid;
  }

  async write(plan: WritePlan): Promise<void> {
    this.check("write");
    this.writes.push(plan);
    this.highlights = plan.highlights;
    if (plan.sheets.length === 0) return;
    const names = plan.sheets.map((s) => s.name);
    this.grid = {
      sheets: [...this.grid.sheets.filter((s) => !names.includes(s.name)), ...plan.sheets.map(asGrid)],
      ownedSheets: [...new Set([...this.grid.ownedSheets, ...names])],
    };
  }

  async clearHighlights(): Promise<void> {
    this.check("clearHighlights");
    this.clears += 1;
    this.highlights = [];
  }

  async select(target: CellSelection): Promise<void> {
    this.check("select");
    this.selections.push(target);
    if (this.echoSelections) this.fireSelection(target);
  }

  async onSelectionChanged(listener: (selection: CellSelection) => void): Promise<() => void> {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** As if the user clicked a cell in Excel. */
  fireSelection(selection: CellSelection): void {
    for (const listener of this.listeners) listener(selection);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** The cells highlighted now, as `sheet!cell`, by kind. */
  highlighted(kind: HighlightGroup["kind"]): string[] {
    return this.highlights.filter((g) => g.kind === kind).flatMap((g) => g.cells.map((cell) => `${g.sheet}!${cell}`));
  }

  sheet(name: string): SheetGrid | undefined {
    return this.grid.sheets.find((s) => s.name === name);
  }
}

/** The embedded sample register as a workbook grid. */
export function sampleGrid(): WorkbookGrid {
  return layoutRegister(sampleRegister()).grid;
}
