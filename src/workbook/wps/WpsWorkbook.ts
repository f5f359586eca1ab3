/**
 * The workbook host over WPS 表格's JavaScript object model (a WPS 加载项). ET's calls are synchronous, one round
 * trip each, so there is nothing to batch: the adapter reads each sheet's used range in one call, writes values
 * and formats as whole blocks, and turns screen updating off while it writes. The rules are the Office adapter's:
 * highlights are Junheng's marked conditional formats (fills, recorded and restored, where WPS refuses those),
 * nothing is changed before every refusal has been decided, output sheets replace only the sheets Junheng made.
 *
 * `ActiveWorkbook` is looked up for every operation: the user may switch workbooks while the pane stays open.
 */
import type { WorkbookGrid } from "../../domain/grid";
import type { WritePlan } from "../../domain/outputs/writePlan";
import { HostError, type CellSelection, type HostAction, type WorkbookChange, type WorkbookHost } from "../host";
import { MARKER_SHEET, type WriteReport } from "../port";
import { topLeftCell } from "../office/addresses";
import { ownedAfterWrite } from "../office/owner";
import { checkClearable, checkWritable, lockedSheetNote } from "../office/writeChecks";
import type { EtApplication, EtRange, EtWorkbook, EtWorksheet } from "./etApi";
import { addHighlights, removeHighlights } from "./highlights";
import { inspectWorkbook } from "./inspect";
import { sameContent, writeMarker } from "./marker";
import { writeOutputSheet } from "./outputSheet";
import { ownedSheets, readSheet, readWorkbook } from "./readWorkbook";
import type { EtBook } from "./sheets";

const APP = "WPS 表格";

const ACTIONS: Record<HostAction, string> = { read: "读取工作簿", write: "写入审核结果", clear: "清除标色", select: "定位单元格" };

/** A failure of a WPS call, in one Chinese line: what was being done and what WPS said (kept for other languages). */
function toHostError(error: unknown, action: HostAction): unknown {
  if (error instanceof HostError) return error;
  const said = error instanceof Error ? error.message : String(error);
  return new HostError(`WPS 表格未能完成${ACTIONS[action]}（${said || "未说明原因"}）。工作表或工作簿可能受保护，或正在编辑单元格；请结束编辑后再试。`, undefined, undefined, {
    wps: { action, message: said },
  });
}

export class WpsWorkbook implements WorkbookHost {
  /** Set while Junheng itself works on the workbook: the cells it changes meanwhile are not the user's edits. */
  private writing = 0;

  constructor(private readonly app: EtApplication) {}

  async read(): Promise<WorkbookGrid> {
    return this.run("read", (book) => readWorkbook(book.app, book.wb));
  }

  async write(plan: WritePlan): Promise<WriteReport> {
    let locked = new Set<string>();
    await this.run("write", (book) => {
      const inspected = inspectWorkbook(book.app, book.wb);
      locked = checkWritable(plan, inspected, APP);
      // A protected sheet keeps the highlights it has; the others change, and the findings are shown all the same.
      const facts = { ...inspected, formats: inspected.formats.filter((f) => !locked.has(f.sheet)) };
      this.withoutScreenUpdates(() => {
        const existing = facts.sheets.map((s) => s.name);
        removeHighlights(book.wb, facts.formats);
        const fills = addHighlights(book.wb, plan.highlights.filter((g) => !locked.has(g.sheet)), (group) => {
          // The fills must be recorded in the marker sheet, which a structure-protected workbook cannot take.
          if (facts.structureProtected) {
            throw new HostError(`此版本的 WPS 表格无法为工作表「${group.sheet}」添加条件格式，且工作簿结构受保护，无法记录改用的填充色，未标色。请撤销工作簿保护后再试。`);
          }
        });
        const content = { owned: ownedAfterWrite(facts.owned, existing, plan.sheets.map((s) => s.name)), fills };
        // Before the sheets: should one fail, every sheet Junheng made is already listed (and so replaced next time).
        if (!sameContent(content, facts.marker) && !facts.structureProtected) writeMarker(book, content, facts.markerExists);
        for (const sheet of plan.sheets) writeOutputSheet(book, sheet, existing.includes(sheet.name));
      });
    });
    return { notWritten: [...locked].map((sheet) => lockedSheetNote(sheet, APP)), lockedSheets: [...locked] };
  }

  async clearHighlights(): Promise<void> {
    await this.run("clear", (book) => {
      const facts = inspectWorkbook(book.app, book.wb);
      checkClearable(facts, APP);
      if (facts.formats.length === 0) return;
      this.withoutScreenUpdates(() => {
        removeHighlights(book.wb, facts.formats);
        const content = { owned: facts.owned, fills: [] };
        if (!sameContent(content, facts.marker) && !facts.structureProtected) writeMarker(book, content, facts.markerExists);
      });
    });
  }

  async select(target: CellSelection): Promise<void> {
    await this.run("select", ({ wb }) => {
      let ws: EtWorksheet;
      try {
        ws = wb.Worksheets.Item(target.sheet);
      } catch {
        throw new HostError(`找不到工作表「${target.sheet}」，定位单元格未完成：工作表可能已被重命名或删除。请重新审核后再试。`);
      }
      ws.Activate();
      ws.Range(target.cell).Select();
    });
  }

  async onSelectionChanged(listener: (selection: CellSelection) => void): Promise<() => void> {
    const events = this.app.ApiEvent;
    // Without add-in events the pane still works; it just does not follow clicks in the sheet.
    if (!events) return () => undefined;
    let listening = true;
    const callback = (sheet: EtWorksheet, target: EtRange) => {
      if (!listening) return;
      try {
        listener({ sheet: sheet.Name, cell: topLeftCell(target.Address(false, false)) });
      } catch {
        // A selection WPS cannot describe (a chart, a shape): nothing to show.
      }
    };
    events.AddApiEventListener("SheetSelectionChange", callback);
    return () => {
      if (!listening) return;
      listening = false;
      events.RemoveApiEventListener("SheetSelectionChange", callback);
    };
  }

  /**
   * SheetChange (ET's application event): WPS raises it for every value change, Junheng's own included, and does
   * not say who made it. WPS calls are synchronous and so are its events, so changes raised while the adapter
   * writes are its own and are skipped; its writes outside its own sheets are formats only, which raise no
   * SheetChange. The change says whether the sheet is one Junheng wrote (the marker sheet's list).
   */
  async onWorkbookChanged(listener: (change: WorkbookChange) => void): Promise<() => void> {
    const events = this.app.ApiEvent;
    // Without add-in events the results cannot follow the workbook: the pane keeps them, as in older Excel.
    if (!events) return () => undefined;
    let listening = true;
    const callback = (sheet: EtWorksheet, target: EtRange) => {
      if (!listening || this.writing > 0) return;
      let change: WorkbookChange;
      try {
        const name = sheet.Name;
        change = { sheet: name, address: target.Address(false, false), junhengSheet: name === MARKER_SHEET || this.ownedNow().includes(name) };
      } catch {
        // A change WPS cannot describe (the sheet is going away): the next one will be.
        return;
      }
      listener(change);
    };
    events.AddApiEventListener("SheetChange", callback);
    return () => {
      if (!listening) return;
      listening = false;
      events.RemoveApiEventListener("SheetChange", callback);
    };
  }

  /** The sheets Junheng made, from the marker sheet as it is now. */
  private ownedNow(): readonly string[] {
    const wb = this.app.ActiveWorkbook;
    if (!wb) return [];
    let marker: EtWorksheet;
    try {
      marker = wb.Worksheets.Item(MARKER_SHEET);
    } catch {
      return [];
    }
    return ownedSheets(readSheet(this.app, marker));
  }

  private workbook(): EtWorkbook {
    const wb = this.app.ActiveWorkbook;
    if (!wb) throw new HostError("WPS 表格中没有打开的工作簿。请先打开要审核的登记表，再点“开始审核”。");
    return wb;
  }

  /** Screen updating off while `body` runs; the user's sheet is active again afterwards (adding a sheet activates it). */
  private withoutScreenUpdates(body: () => void): void {
    const updating = this.app.ScreenUpdating;
    const active = this.app.ActiveSheet;
    this.app.ScreenUpdating = false;
    try {
      body();
    } finally {
      try {
        active?.Activate();
      } finally {
        this.app.ScreenUpdating = updating;
      }
    }
  }

  private async run<T>(action: HostAction, body: (book: EtBook) => T): Promise<T> {
    this.writing++;
    try {
      return body({ app: this.app, wb: this.workbook() });
    } catch (error) {
      throw toHostError(error, action);
    } finally {
      this.writing--;
    }
  }
}
