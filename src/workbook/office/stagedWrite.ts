/**
 * A write that either happens whole or is taken back. A large write needs several requests (Excel refuses one
 * over 5 MB), and Excel keeps what each request did, so a failure midway used to leave half a write behind while
 * the pane said nothing had changed. Now everything new goes in first, beside what is there: each output sheet
 * that replaces an earlier one under a staging name, the new highlights on top of the old. Only then, at the end
 * of the last request, the old highlights go and each earlier sheet takes the staged content in place (cleared,
 * then `Range.copyFrom`, ExcelApi 1.9), so the sheet object stays: formulas elsewhere that point into it keep
 * working, and its position, tab colour and the user's paper, orientation and scale stay. Before ExcelApi 1.9
 * the earlier sheet is deleted and the staged one renamed. Excel stops a request at its first failing action,
 * so the swap never runs without the content. Should anything fail,
 * `undoStaged` deletes what was added (found again by name and by conditional-format id) and the workbook is as
 * it was; if even that fails, the message names what is left. (A swap so large that the request budget splits
 * it could still fail halfway: thousands of earlier highlights would be needed.)
 */
import type { OutputSheet } from "../../domain/outputs/writePlan";
import { HostError, type ExcelSaid } from "../host";
import { removeFormats } from "./highlights";
import { contentAddress, writeSheetLayout } from "./outputSheet";
import { writeCharts } from "./pictures";
import type { ApiSupport } from "./support";
import type { WorkbookFacts } from "./inspect";
import { ACTION_OVERHEAD_BYTES, utf8Bytes, type RequestBudget } from "./payload";

const STAGING_PREFIX = "~均衡写入中";

export interface Staging {
  /** The name each output sheet is added under: its own, or a staging name when it replaces an earlier sheet. */
  readonly addedAs: ReadonlyMap<string, string>;
  /** The staged sheets: final name → staging name. */
  readonly replacing: ReadonlyMap<string, string>;
}

export function stagingFor(sheetNames: readonly string[], facts: WorkbookFacts): Staging {
  const existing = new Set(facts.sheets.map((s) => s.name.toLowerCase()));
  const addedAs = new Map<string, string>();
  const replacing = new Map<string, string>();
  let n = 1;
  for (const name of sheetNames) {
    if (!existing.has(name.toLowerCase())) {
      addedAs.set(name, name);
      continue;
    }
    while (existing.has(`${STAGING_PREFIX}${n}`.toLowerCase())) n++;
    const staged = `${STAGING_PREFIX}${n++}`;
    addedAs.set(name, staged);
    replacing.set(name, staged);
  }
  return { addedAs, replacing };
}

/** Whether earlier sheets are rewritten in place (Range.copyFrom is ExcelApi 1.9) rather than replaced. */
export function writesInPlace(support: ApiSupport): boolean {
  return support.rangeAreas;
}

/** Actions that empty one kept sheet and copy the staged content in, beyond the parts deleted one by one. */
const IN_PLACE_ACTIONS = 9;

/**
 * Queues the rewrite of an earlier sheet from its staged copy: everything Junheng put there goes (values, formats,
 * links, merges, drop-downs, data bars, charts, page breaks, hidden columns), the staged cells are copied in, and
 * what a copy does not carry (widths, frozen rows, heights, print titles, charts) is written onto the sheet itself.
 */
async function rewriteInPlace(context: Excel.RequestContext, sheet: OutputSheet, staged: string, facts: WorkbookFacts, support: ApiSupport, budget: RequestBudget): Promise<void> {
  await budget.spend(utf8Bytes(sheet.name + staged) + IN_PLACE_ACTIONS * ACTION_OVERHEAD_BYTES);
  const worksheets = context.workbook.worksheets;
  const target = worksheets.getItem(sheet.name);
  const whole = target.getRange();
  // Junheng's data bars and charts go first, by the references the write's inspection found: after clear("All")
  // a data bar may already be gone, and deleting it then would fail the whole write.
  const parts = facts.ownedParts.get(sheet.name);
  for (const part of [...(parts?.dataBars ?? []), ...(parts?.charts ?? [])]) {
    await budget.spend(0);
    part.delete();
  }
  whole.clear("All");
  whole.unmerge();
  whole.columnHidden = false;
  // Rows back to the standard height (ExcelApi 1.7; clear leaves heights): a row tall last time and empty or
  // numbers-only now would otherwise keep its old height, as only the rows the layout sizes are set again.
  whole.format.useStandardHeight = true;
  if (support.dataValidation) whole.dataValidation.clear();
  target.horizontalPageBreaks.removePageBreaks();
  const address = contentAddress(sheet);
  if (address) target.getRange(address).copyFrom(worksheets.getItem(staged).getRange(address), "All");
  await writeSheetLayout(target, sheet, support, budget, true);
  await writeCharts(target, sheet.charts ?? [], support, budget);
  worksheets.getItem(staged).delete();
}

/**
 * About what the swap queues, generously (each action counted twice its overhead), so it can start a request of
 * its own and not be split by the budget: a swap cut in two would leave the first half done should the second fail.
 */
function swapBytes(facts: WorkbookFacts, staging: Staging, sheets: readonly OutputSheet[]): number {
  let actions = facts.formats.length;
  for (const name of staging.replacing.keys()) {
    const sheet = sheets.find((s) => s.name === name);
    const parts = facts.ownedParts.get(name);
    actions += IN_PLACE_ACTIONS + 12 + (parts ? parts.dataBars.length + parts.charts.length : 0);
    if (sheet) actions += sheet.columnWidths.length + (sheet.hiddenColumns?.length ?? 0) + (sheet.rowHeights?.length ?? 0) + (sheet.pageBreaksAfter?.length ?? 0) + 8 * (sheet.charts?.length ?? 0);
  }
  return 2 * actions * ACTION_OVERHEAD_BYTES;
}

/** Queues the swap: the earlier highlights go, and each earlier sheet takes its staged content (see above). */
export async function queueSwap(
  context: Excel.RequestContext,
  facts: WorkbookFacts,
  staging: Staging,
  sheets: readonly OutputSheet[],
  support: ApiSupport,
  budget: RequestBudget,
): Promise<void> {
  await budget.reserve(swapBytes(facts, staging, sheets));
  await removeFormats(facts.formats, budget);
  const worksheets = context.workbook.worksheets;
  for (const [name, staged] of staging.replacing) {
    const sheet = sheets.find((s) => s.name === name);
    if (sheet && writesInPlace(support)) {
      await rewriteInPlace(context, sheet, staged, facts, support, budget);
      continue;
    }
    await budget.spend(2 * utf8Bytes(name + staged));
    worksheets.getItem(name).delete();
    worksheets.getItem(staged).name = name;
  }
}

/**
 * Takes back what a failed write added, in a batch of its own. Returns the message for the failure: that nothing
 * changed, or exactly what is left when the undo failed too.
 */
export async function undoStaged(
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>,
  inspect: (context: Excel.RequestContext) => Promise<WorkbookFacts>,
  before: WorkbookFacts,
  staging: Staging,
  reason: string,
  excel?: ExcelSaid,
): Promise<HostError> {
  const added = [...staging.addedAs.values()];
  const earlierFormats = new Set(before.formats.map((f) => f.id));
  try {
    await run(async (context) => {
      const now = await inspect(context);
      for (const f of now.formats) if (!earlierFormats.has(f.id)) f.format.delete();
      const names = new Set(now.sheets.map((s) => s.name));
      for (const name of added) if (names.has(name)) context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
    // Excel's own words travel on, for a pane in another language (HostError.excel).
    return new HostError(`${reason}（本次写入的内容已撤回，工作簿与写入前相同。）`, excel, undefined, { rollback: { kind: "undone" } });
  } catch {
    const sheets = added.map((n) => `「${n}」`).join("、");
    return new HostError(`${reason}（未能撤回已写入的部分：请手动删除工作表${sheets}（若存在），再点「清除标色」并重新审核。）`, excel, undefined, { rollback: { kind: "left", sheets: added } });
  }
}
