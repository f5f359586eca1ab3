/**
 * A workbook host for the web page (WPS and old-Office users, offline): a copy of the .xlsx the user picked, held
 * in memory as its package and the grid read from it (in a Web Worker on the built page). The user's file is never changed; the page only offers a download of the copy.
 *
 * Writes keep the host contract: each write replaces Junheng's highlights with the plan's, and output sheets
 * accumulate. The copy is the original package patched when it is downloaded (PackageWorkbook), so a write costs
 * no re-read of the file, and every part of the user's workbook — macros included — reaches the download.
 *
 * The page's sheet grid watches the host (subscribe / view): what the copy holds now, which cells are
 * highlighted, and the cell the pane asked to show.
 */
import type { HighlightGroup, WritePlan } from "../domain/outputs/writePlan";
import type { WorkbookGrid } from "../domain/grid";
import { fileBytes } from "../taskpane/fileBytes";
import { PackageWorkbook } from "../workbook/package/PackageWorkbook";
import { checkedFileName } from "../workbook/fileKind";
import type { CellSelection, WorkbookHost } from "../workbook/host";
import { readInline, type WorkbookReader } from "./readWorkbook";

/** What the page's sheet grid shows; a new object after every change, so React can compare by identity. */
export interface FileView {
  readonly grid: WorkbookGrid;
  readonly highlights: readonly HighlightGroup[];
  /** The cell the pane last asked to show or the user last clicked in the grid. */
  readonly selection: CellSelection | null;
}

export class FileHost implements WorkbookHost {
  private readonly listeners = new Set<(selection: CellSelection) => void>();
  private readonly watchers = new Set<() => void>();

  private constructor(
    readonly fileName: string,
    private readonly workbook: PackageWorkbook,
    private current: FileView,
  ) {}

  /**
   * Opens .xlsx bytes; throws InputError (the assertXlsxBytes / load messages) when they are not a workbook.
   * `reader` reads the values (the page's worker; inline by default); the package for the copy is kept here.
   */
  static async fromBytes(bytes: Uint8Array, fileName: string, reader: WorkbookReader = readInline): Promise<FileHost> {
    const grid = await reader(bytes, fileName);
    const workbook = PackageWorkbook.withGrid(bytes.slice(), fileName, grid);
    return new FileHost(fileName, workbook, { grid: await workbook.read(), highlights: [], selection: null });
  }

  static async fromFile(file: File, reader?: WorkbookReader): Promise<FileHost> {
    return FileHost.fromBytes(await fileBytes(file), file.name, reader);
  }

  async read(): Promise<WorkbookGrid> {
    return this.workbook.read();
  }

  async write(plan: WritePlan): Promise<void> {
    await this.rebuild(plan);
  }

  async clearHighlights(): Promise<void> {
    await this.rebuild({ highlights: [], sheets: [] });
  }

  async select(target: CellSelection): Promise<void> {
    this.update({ selection: target });
  }

  async onSelectionChanged(listener: (selection: CellSelection) => void): Promise<() => void> {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** For the page's own grid view: a cell the user clicked there, reported to the pane as Excel would. */
  userSelected(selection: CellSelection): void {
    this.update({ selection });
    for (const listener of this.listeners) listener(selection);
  }

  get selection(): CellSelection | null {
    return this.current.selection;
  }

  view(): FileView {
    return this.current;
  }

  /** Calls `watcher` after every change of view(); returns a function that stops it (useSyncExternalStore's shape). */
  subscribe(watcher: () => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  /** The reviewed copy, as .xlsx bytes, for download. */
  async toBuffer(): Promise<Uint8Array> {
    return this.workbook.toBuffer();
  }

  /** `<原名>.审核.xlsx`, or `.xlsm` for a workbook with macros (they are kept). */
  get downloadName(): string {
    return checkedFileName(this.fileName);
  }

  private async rebuild(plan: WritePlan): Promise<void> {
    await this.workbook.write(plan);
    this.update({ grid: await this.workbook.read(), highlights: plan.highlights });
  }

  private update(change: Partial<FileView>): void {
    this.current = { ...this.current, ...change };
    for (const watcher of this.watchers) watcher();
  }
}
