/**
 * A workbook host for the web page (WPS and old-Office users, offline): a copy of the .xlsx the user picked, held
 * in memory by exceljs. The user's file is never changed; the page only offers a download of the copy.
 *
 * Writes keep the host contract: each write replaces Junheng's highlights with the plan's, and output sheets
 * accumulate. To do that exactly, every write rebuilds the copy from the original bytes, then applies the sheets
 * written so far and the plan's highlights as fills. clearHighlights rebuilds it without highlights.
 */
import type { OutputSheet, WritePlan } from "../domain/outputs/writePlan";
import type { WorkbookGrid } from "../domain/grid";
import { ExcelJsWorkbook } from "../workbook/exceljs/ExcelJsWorkbook";
import { assertXlsxBytes } from "../workbook/fileKind";
import type { CellSelection, WorkbookHost } from "../workbook/host";

/** The bytes of a picked file, with FileReader where Blob.arrayBuffer is missing (older browsers, jsdom). */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

export class FileHost implements WorkbookHost {
  /** The selection the pane last asked for or the page reported (a grid view will show it). */
  selection: CellSelection | null = null;
  private readonly listeners = new Set<(selection: CellSelection) => void>();
  /** Output sheets written so far, by name, in the order first written. */
  private readonly sheets = new Map<string, OutputSheet>();

  private constructor(
    readonly fileName: string,
    private readonly original: Uint8Array,
    private workbook: ExcelJsWorkbook,
  ) {}

  /** Opens .xlsx bytes; throws InputError (the assertXlsxBytes / load messages) when they are not a workbook. */
  static async fromBytes(bytes: Uint8Array, fileName: string): Promise<FileHost> {
    assertXlsxBytes(bytes, fileName);
    const original = bytes.slice();
    return new FileHost(fileName, original, await ExcelJsWorkbook.load(original.slice(), fileName));
  }

  static async fromFile(file: File): Promise<FileHost> {
    return FileHost.fromBytes(await fileBytes(file), file.name);
  }

  async read(): Promise<WorkbookGrid> {
    return this.workbook.read();
  }

  async write(plan: WritePlan): Promise<void> {
    for (const sheet of plan.sheets) this.sheets.set(sheet.name, sheet);
    await this.rebuild(plan);
  }

  async clearHighlights(): Promise<void> {
    await this.rebuild({ highlights: [], sheets: [] });
  }

  async select(target: CellSelection): Promise<void> {
    this.selection = target;
  }

  async onSelectionChanged(listener: (selection: CellSelection) => void): Promise<() => void> {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** For the page's own grid view: a cell the user clicked there, reported to the pane as Excel would. */
  userSelected(selection: CellSelection): void {
    this.selection = selection;
    for (const listener of this.listeners) listener(selection);
  }

  /** The reviewed copy, as .xlsx bytes, for download. */
  async toBuffer(): Promise<Uint8Array> {
    return this.workbook.toBuffer();
  }

  /** `<原名>.审核.xlsx` */
  get downloadName(): string {
    return `${this.fileName.replace(/\.xlsx$/i, "")}.审核.xlsx`;
  }

  private async rebuild(plan: WritePlan): Promise<void> {
    const fresh = await ExcelJsWorkbook.load(this.original.slice(), this.fileName);
    await fresh.write({ highlights: plan.highlights, sheets: [...this.sheets.values()] });
    this.workbook = fresh;
  }
}
