/**
 * The workbook port over a file's package, for the command line and the web page. Values are read from the sheets'
 * XML by the package's own cell reader (readGrid.ts); the checked copy is the user's package patched (patchPackage.ts), so every part
 * Junheng does not add or change — charts, pivot tables, macros, names, validations, protection, notes — stays
 * byte for byte as it was, and so does every value of the user's sheets.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from "../../domain/grid";
import type { HighlightGroup, OutputSheet, WritePlan } from "../../domain/outputs/writePlan";
import type { WorkbookPort } from "../port";
import { patchPackage } from "./patchPackage";
import { readGrid } from "./readGrid";
import { WorkbookPackage } from "./workbookPackage";

/** What a sheet Junheng wrote holds, as the grid would read it back. */
function outputGrid(sheet: OutputSheet): SheetGrid {
  return { name: sheet.name, rows: sheet.rows.map((row) => row.map((cell): CellValue => cell.value)), merges: [], visibility: "visible" };
}

export class PackageWorkbook implements WorkbookPort {
  private highlights: readonly HighlightGroup[] = [];
  /** Output sheets written so far, by name, in the order first written. */
  private readonly written = new Map<string, OutputSheet>();

  private constructor(
    private readonly pkg: WorkbookPackage,
    private readonly grid: WorkbookGrid,
  ) {}

  /** Opens .xlsx or .xlsm bytes; throws InputError with a Chinese message when they are not a readable workbook. */
  static async load(bytes: Uint8Array, fileName = "工作簿"): Promise<PackageWorkbook> {
    const pkg = WorkbookPackage.open(bytes, fileName);
    return new PackageWorkbook(pkg, readGrid(pkg));
  }

  /** Over a grid already read from these bytes (by readGrid, in the web page's worker). */
  static withGrid(bytes: Uint8Array, fileName: string, grid: WorkbookGrid): PackageWorkbook {
    return new PackageWorkbook(WorkbookPackage.open(bytes, fileName), grid);
  }

  /** The workbook as it is now: the user's sheets, and the output sheets as written (replacing earlier ones). */
  async read(): Promise<WorkbookGrid> {
    if (this.written.size === 0) return this.grid;
    const sheets = this.grid.sheets.map((s) => (this.written.has(s.name) ? outputGrid(this.written.get(s.name)!) : s));
    const added = [...this.written.values()].filter((w) => !this.grid.sheets.some((s) => s.name === w.name)).map(outputGrid);
    return { sheets: [...sheets, ...added], ownedSheets: this.owned() };
  }

  async write(plan: WritePlan): Promise<void> {
    this.highlights = plan.highlights;
    for (const sheet of plan.sheets) this.written.set(sheet.name, sheet);
  }

  /** The checked copy. */
  async toBuffer(): Promise<Uint8Array> {
    return patchPackage(this.pkg, { highlights: this.highlights, sheets: [...this.written.values()], owned: this.owned() });
  }

  private owned(): string[] {
    return [...new Set([...this.grid.ownedSheets, ...this.written.keys()])];
  }
}
