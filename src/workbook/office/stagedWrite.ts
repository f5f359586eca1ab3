/**
 * A write that either happens whole or is taken back. A large write needs several requests (Excel refuses one
 * over 5 MB), and Excel keeps what each request did, so a failure midway used to leave half a write behind while
 * the pane said nothing had changed. Now everything new goes in first, beside what is there: each output sheet
 * that replaces an earlier one under a staging name, the new highlights on top of the old. Only then, at the end
 * of the last request, the old highlights and sheets go and the staged sheets take their names; Excel stops a
 * request at its first failing action, so the swap never runs without the content. Should anything fail,
 * `undoStaged` deletes what was added (found again by name and by conditional-format id) and the workbook is as
 * it was; if even that fails, the message names what is left. (A swap so large that the request budget splits
 * it could still fail halfway: thousands of earlier highlights would be needed.)
 */
import { HostError, type ExcelSaid } from "../host";
import { removeFormats } from "./highlights";
import type { WorkbookFacts } from "./inspect";
import { utf8Bytes, type RequestBudget } from "./payload";

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

/** Queues the swap: the earlier highlights and sheets go, the staged sheets take their names. */
export async function queueSwap(context: Excel.RequestContext, facts: WorkbookFacts, staging: Staging, budget: RequestBudget): Promise<void> {
  await removeFormats(facts.formats, budget);
  const worksheets = context.workbook.worksheets;
  for (const [name, staged] of staging.replacing) {
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
    return new HostError(`${reason}（本次写入的内容已撤回，工作簿与写入前相同。）`, excel);
  } catch {
    const sheets = added.map((n) => `「${n}」`).join("、");
    return new HostError(`${reason}（未能撤回已写入的部分：请手动删除工作表${sheets}（若存在），再点「清除标色」并重新审核。）`, excel);
  }
}
