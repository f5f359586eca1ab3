/**
 * A workbook host for the preview page (README screenshot, demos without Excel): the embedded sample register in
 * memory. Selecting a cell reports the selection back, as Excel does, so the pane's "所选单元格" panel shows.
 */
import type { SheetGrid, WorkbookGrid } from "../../domain/grid";
import { layoutRegister } from "../../domain/layout/registerLayout";
import type { WritePlan } from "../../domain/outputs/writePlan";
import { sampleRegister } from "../../domain/sample/sample";
import type { CellSelection, WorkbookHost } from "../../workbook/host";

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class PreviewHost implements WorkbookHost {
  private readonly listeners = new Set<(selection: CellSelection) => void>();

  /**
   * @param latency milliseconds each call takes, like a round trip to Excel.
   * @param grid the workbook: the sample register unless given.
   */
  constructor(
    private readonly latency = 150,
    private grid: WorkbookGrid = layoutRegister(sampleRegister()).grid,
  ) {}

  async read(): Promise<WorkbookGrid> {
    await pause(this.latency);
    return this.grid;
  }

  async write(plan: WritePlan): Promise<void> {
    await pause(this.latency);
    const names = plan.sheets.map((s) => s.name);
    const written = plan.sheets.map((s): SheetGrid => ({ name: s.name, rows: s.rows.map((r) => r.map((c) => c.value)), merges: [], visibility: "visible" }));
    this.grid = {
      sheets: [...this.grid.sheets.filter((s) => !names.includes(s.name)), ...written],
      ownedSheets: [...new Set([...this.grid.ownedSheets, ...names])],
    };
  }

  async clearHighlights(): Promise<void> {
    await pause(this.latency);
  }

  async select(target: CellSelection): Promise<void> {
    await pause(this.latency);
    for (const listener of this.listeners) listener(target);
  }

  async onSelectionChanged(listener: (selection: CellSelection) => void): Promise<() => void> {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
