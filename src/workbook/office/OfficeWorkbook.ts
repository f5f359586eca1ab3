/**
 * The workbook host over Office.js (the Excel add-in). Every operation is one batch with a fixed number of
 * syncs whatever the number of schools: read = 3 (sheet list; every sheet's used range and merges; the cells),
 * write = 3 (sheet list and protection; conditional formats; everything new, then the swap — stagedWrite.ts), clear = 3,
 * select = 1. Excel on the web refuses a request or response over 5 MB per sync, so only a read or write that
 * would pass it takes more syncs: one more per ~4 MB, never one per school. A rule whose condition can be
 * written as a formula (text in a number cell, a negative, parts against their total) gets it in place of TRUE,
 * so its colour goes as soon as the value is fixed (liveHighlights.ts).
 *
 * Highlights are conditional formats, not cell fills. A custom rule whose formula is TRUE and carries a
 * marker ("junheng:error") paints the cell; the cell's own fill, font, border, number format, value and the
 * user's own conditional formats are never touched, so "clear" is deleting the rules with the marker and the
 * workbook is exactly as before — nothing to snapshot, nothing to restore, and no stale snapshot when the user
 * recolours a cell between runs. The marker is in the formula, not an id, so it survives saving, copying and
 * sorting. Junheng's rules go on top (priority 0) so they show over a user's rule that also fills. Fills with a
 * saved snapshot were rejected: restoring needs a snapshot kept somewhere in the workbook, goes wrong as soon as
 * the user edits a highlighted cell's fill, and costs a read of every highlighted cell's format.
 */
import type { WorkbookGrid } from "../../domain/grid";
import type { WritePlan } from "../../domain/outputs/writePlan";
import type { WriteReport } from "../port";
import { HostError, type CellSelection, type WorkbookChange, type WorkbookHost } from "../host";
import { topLeftCell } from "./addresses";
import { officeErrorCode, toHostError } from "./errors";
import { addHighlights, removeFormats } from "./highlights";
import { queueSwap, stagingFor, undoStaged, writesInPlace } from "./stagedWrite";
import { inspectWorkbook } from "./inspect";
import { loadOwnedSetting, ownedAfterWrite, ownedIn, writeOwned } from "./owner";
import { writeOutputSheet } from "./outputSheet";
import { DEFAULT_REQUEST_BUDGET_BYTES, RequestBudget } from "./payload";
import { DEFAULT_RESPONSE_BUDGET_BYTES } from "./readBlocks";
import { readWorkbook } from "./readWorkbook";
import { apiSupport, officeIsSetSupported, type ApiSupport, type IsSetSupported } from "./support";
import { checkClearable, checkWritable, lockedSheetNote } from "./writeChecks";

/**
 * Runs one batch: `Excel.run(options, batch)` in Excel (officeHost.ts), a fake in tests. `options` asks for a
 * merged undo group (ExcelApi 1.20) where the adapter wants one.
 */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Office.context.requirements.isSetSupported unless given. */
  readonly isSetSupported?: IsSetSupported;
  /** Estimated request size after which a write syncs early; below Excel's 5 MB limit. */
  readonly requestBudgetBytes?: number;
  /** Estimated response size after which a read asks for the remaining cells in another sync; below the same limit. */
  readonly responseBudgetBytes?: number;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export class OfficeWorkbook implements WorkbookHost {
  private readonly isSetSupported: IsSetSupported;
  private readonly budgetBytes: number;
  private readonly responseBudgetBytes: number;

  constructor(
    private readonly run: BatchRunner,
    options: OfficeWorkbookOptions = {},
  ) {
    this.isSetSupported = options.isSetSupported ?? officeIsSetSupported;
    this.budgetBytes = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;
    this.responseBudgetBytes = options.responseBudgetBytes ?? DEFAULT_RESPONSE_BUDGET_BYTES;
  }

  async read(): Promise<WorkbookGrid> {
    const support = this.support();
    return this.batch("读取工作簿", (context) => readWorkbook(context, support, this.responseBudgetBytes));
  }

  async write(plan: WritePlan): Promise<WriteReport> {
    const support = this.support();
    if (plan.highlights.length > 0 && !support.conditionalFormats) {
      throw new HostError("此版本的 Excel 不支持条件格式（需要 ExcelApi 1.6），无法标色。请升级 Excel 或改用网页版 Excel。");
    }
    // One Ctrl+Z takes a check's colours off again (ExcelApi 1.20). Only for writes of highlights alone: replacing
    // a sheet deletes and renames sheets, which Excel cannot undo (it would refuse the group: UndoNotSupported).
    const merged = support.mergeUndo && plan.sheets.length === 0;
    return this.run(async (context) => {
      const inspected = await this.step("写入审核结果", () => inspectWorkbook(context, support));
      const locked = checkWritable(plan, inspected);
      // A protected sheet keeps the highlights it has; the others change.
      const facts = { ...inspected, formats: inspected.formats.filter((f) => !locked.has(f.sheet)) };
      const staging = stagingFor(plan.sheets.map((s) => s.name), facts);
      try {
        const budget = this.budget(context, support);
        await addHighlights(context, plan.highlights.filter((g) => !locked.has(g.sheet)), support, budget);
        for (const sheet of plan.sheets) {
          // A staged sheet brings only its cells; the kept sheet gets its layout and charts at the swap.
          const cellsOnly = staging.replacing.has(sheet.name) && writesInPlace(support);
          await writeOutputSheet(context, sheet, staging.addedAs.get(sheet.name)!, support, budget, cellsOnly);
        }
        const existing = facts.sheets.map((s) => s.name);
        const owned = ownedAfterWrite(facts.owned, existing, plan.sheets.map((s) => s.name));
        // An earlier version's marker sheet goes at a write that may delete sheets anyway, not in an undo group.
        const dropMarker = facts.markerExists && !merged;
        if (!facts.structureProtected && (!sameList(owned, facts.owned) || dropMarker)) await writeOwned(context, owned, dropMarker, budget);
        // Last, after everything new: Excel stops a request at its first failing action, so no swap without the content.
        await queueSwap(context, facts, staging, plan.sheets, support, budget);
        await context.sync();
      } catch (error) {
        const failure = toHostError(error, "写入审核结果");
        const reason = failure instanceof Error ? failure.message : "写入审核结果未完成。";
        throw await undoStaged(this.run, (c) => inspectWorkbook(c, support), facts, staging, reason, failure instanceof HostError ? failure.excel : undefined);
      }
      return { notWritten: [...locked].map((sheet) => lockedSheetNote(sheet)), lockedSheets: [...locked] };
    }, merged ? { mergeUndoGroup: true } : undefined);
  }

  async clearHighlights(): Promise<void> {
    const support = this.support();
    // The highlights may come from a newer Excel; this one cannot see conditional formats, so it cannot remove them.
    if (!support.conditionalFormats) throw new HostError("此版本的 Excel 无法清除标色（需要 ExcelApi 1.6）。请在较新的 Excel 或网页版 Excel 中清除。");
    await this.batch(
      "清除标色",
      async (context) => {
        const facts = await inspectWorkbook(context, support);
        checkClearable(facts);
        if (facts.formats.length === 0) return;
        await removeFormats(facts.formats, this.budget(context, support));
        await context.sync();
      },
      undefined,
      // One Ctrl+Z brings the colours back, however many requests the clearing took.
      support.mergeUndo ? { mergeUndoGroup: true } : undefined,
    );
  }

  async select(target: CellSelection): Promise<void> {
    await this.batch(
      "定位单元格",
      async (context) => {
        const ws = context.workbook.worksheets.getItem(target.sheet);
        ws.activate();
        ws.getRange(target.cell).select();
        await context.sync();
      },
      `工作表「${target.sheet}」`,
    );
  }

  async onSelectionChanged(listener: (selection: CellSelection) => void): Promise<() => void> {
    return this.listen("监听选择", (context) => context.workbook.onSelectionChanged, async (listening) => {
      const selection = listening() ? await this.currentSelection() : null;
      if (selection && listening()) listener(selection);
    });
  }

  /**
   * WorksheetCollection.onChanged (ExcelApi 1.9). Excel raises it for the add-in's own writes as well; from
   * ExcelApi 1.14 the event says so (triggerSource) and those are skipped. Older Excel cannot tell, so the
   * change carries whether the sheet is one Junheng wrote, where its own writes go.
   */
  async onWorkbookChanged(listener: (change: WorkbookChange) => void): Promise<() => void> {
    if (!this.support().changeEvents) return () => undefined;
    return this.listen<Excel.WorksheetChangedEventArgs>("监听修改", (context) => context.workbook.worksheets.onChanged, async (listening, event) => {
      if (!listening() || event.triggerSource === "ThisLocalAddin") return;
      const change = await this.describeChange(event.worksheetId, event.address);
      if (change && listening()) listener(change);
    });
  }

  /** Registers a handler for an Excel event; the returned function unregisters it (and silences it at once). */
  private async listen<Args>(
    action: string,
    event: (context: Excel.RequestContext) => OfficeExtension.EventHandlers<Args>,
    handler: (listening: () => boolean, args: Args) => Promise<void>,
  ): Promise<() => void> {
    let listening = true;
    const registration = await this.batch(action, async (context) => {
      const result = event(context).add((args) => handler(() => listening, args));
      await context.sync();
      return result;
    });
    return () => {
      if (!listening) return;
      listening = false;
      registration.remove();
      // Unregistering takes a round trip; the flag already silences the listener, and a failure here is harmless.
      registration.context.sync().catch(() => undefined);
    };
  }

  /** The changed sheet's name and whether Junheng wrote it, or null when the sheet is gone already. */
  private async describeChange(worksheetId: string, address: string): Promise<WorkbookChange | null> {
    try {
      return await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(worksheetId).load({ name: true });
        const setting = loadOwnedSetting(context);
        await context.sync();
        return { sheet: sheet.name, address, junhengSheet: ownedIn(setting).includes(sheet.name) };
      });
    } catch (error) {
      if (officeErrorCode(error) !== null) return null;
      throw error;
    }
  }

  /** The selected sheet and top-left cell, or null when Excel cannot say (several areas selected, cell-edit mode). */
  private async currentSelection(): Promise<CellSelection | null> {
    try {
      return await this.run(async (context) => {
        const range = context.workbook.getSelectedRange().load({ address: true });
        const sheet = range.worksheet.load({ name: true });
        await context.sync();
        return { sheet: sheet.name, cell: topLeftCell(range.address) };
      });
    } catch (error) {
      if (officeErrorCode(error) !== null) return null;
      throw error;
    }
  }

  private support(): ApiSupport {
    return apiSupport(this.isSetSupported);
  }

  /** A request budget for one context; calculation stays suspended across every request it forces. */
  private budget(context: Excel.RequestContext, support: ApiSupport): RequestBudget {
    const suspend = () => {
      if (support.conditionalFormats) context.application.suspendApiCalculationUntilNextSync();
    };
    suspend();
    return new RequestBudget(() => context.sync(), this.budgetBytes, suspend);
  }

  /** One step of a batch, its failure in the user's words. */
  private async step<T>(action: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      throw toHostError(error, action);
    }
  }

  private async batch<T>(action: string, body: (context: Excel.RequestContext) => Promise<T>, subject?: string, options?: Excel.RunOptions): Promise<T> {
    try {
      return await this.run(body, options);
    } catch (error) {
      throw toHostError(error, action, subject);
    }
  }
}
