/**
 * The workbook host over Office.js (the Excel add-in). Every operation is one batch with a fixed number of
 * syncs whatever the number of schools: read = 3 (sheet list; every sheet's used range and merges; the cells),
 * write = 3 (sheet list and protection; conditional formats and marker; then everything applied), clear = 3,
 * select = 1. Excel on the web refuses a request or response over 5 MB per sync, so only a read or write that
 * would pass it takes more syncs: one more per ~4 MB, never one per school (10 000 schools: read 10, write 9).
 *
 * Highlights are conditional formats, not cell fills. A custom rule whose formula is always TRUE and carries a
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
import { HostError, type CellSelection, type WorkbookHost } from "../host";
import { topLeftCell } from "./addresses";
import { officeErrorCode, toHostError } from "./errors";
import { addHighlights, removeFormats } from "./highlights";
import { inspectWorkbook } from "./inspect";
import { ownedAfterWrite, writeMarker } from "./marker";
import { writeOutputSheet } from "./outputSheet";
import { DEFAULT_REQUEST_BUDGET_BYTES, RequestBudget } from "./payload";
import { DEFAULT_RESPONSE_BUDGET_BYTES } from "./readBlocks";
import { readWorkbook } from "./readWorkbook";
import { apiSupport, officeIsSetSupported, type ApiSupport, type IsSetSupported } from "./support";
import { checkClearable, checkWritable } from "./writeChecks";

/** Runs one batch: `(batch) => Excel.run(batch)` in Excel, a fake in tests. */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

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

  async write(plan: WritePlan): Promise<void> {
    const support = this.support();
    if (plan.highlights.length > 0 && !support.conditionalFormats) {
      throw new HostError("此版本的 Excel 不支持条件格式（需要 ExcelApi 1.6），无法标色。请升级 Excel 或改用网页版 Excel。");
    }
    await this.batch("写入审核结果", async (context) => {
      const facts = await inspectWorkbook(context, support);
      checkWritable(plan, facts);
      const budget = this.budget(context, support);
      const existing = facts.sheets.map((s) => s.name);
      const owned = ownedAfterWrite(facts.owned, existing, plan.sheets.map((s) => s.name));
      // The marker first: should a later action fail, no sheet Junheng made is left unlisted (and so never replaced).
      if (!sameList(owned, facts.owned) && !facts.structureProtected) await writeMarker(context, owned, facts.markerExists, budget);
      await removeFormats(facts.formats, budget);
      await addHighlights(context, plan.highlights, support, budget);
      for (const sheet of plan.sheets) await writeOutputSheet(context, sheet, existing.includes(sheet.name), support, budget);
      await context.sync();
    });
  }

  async clearHighlights(): Promise<void> {
    const support = this.support();
    // The highlights may come from a newer Excel; this one cannot see conditional formats, so it cannot remove them.
    if (!support.conditionalFormats) throw new HostError("此版本的 Excel 无法清除标色（需要 ExcelApi 1.6）。请在较新的 Excel 或网页版 Excel 中清除。");
    await this.batch("清除标色", async (context) => {
      const facts = await inspectWorkbook(context, support);
      checkClearable(facts);
      if (facts.formats.length === 0) return;
      await removeFormats(facts.formats, this.budget(context, support));
      await context.sync();
    });
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
    let listening = true;
    const registration = await this.batch("监听选择", async (context) => {
      const result = context.workbook.onSelectionChanged.add(async () => {
        const selection = listening ? await this.currentSelection() : null;
        if (selection && listening) listener(selection);
      });
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

  private async batch<T>(action: string, body: (context: Excel.RequestContext) => Promise<T>, subject?: string): Promise<T> {
    try {
      return await this.run(body);
    } catch (error) {
      throw toHostError(error, action, subject);
    }
  }
}
