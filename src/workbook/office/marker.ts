/**
 * The hidden `_junheng` sheet listing the sheets Junheng made (column A), so a later run replaces them and never a
 * user's sheet of the same name. VeryHidden: users cannot unhide it from Excel's menu and trip over it.
 */
import { MARKER_SHEET } from "../port";
import { jsonBytes, type RequestBudget } from "./payload";

/** Sheets owned after this write: earlier ones that still exist, plus the ones written now. */
export function ownedAfterWrite(previous: readonly string[], existing: readonly string[], written: readonly string[]): string[] {
  return [...new Set([...previous.filter((name) => existing.includes(name)), ...written])];
}

export async function writeMarker(context: Excel.RequestContext, owned: readonly string[], exists: boolean, budget: RequestBudget): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const rows = owned.map((name) => [name]);
  await budget.spend(2 * jsonBytes(rows));
  if (exists) worksheets.getItem(MARKER_SHEET).delete();
  if (owned.length === 0) return;
  const marker = worksheets.add(MARKER_SHEET);
  marker.visibility = "VeryHidden";
  const range = marker.getRange(`A1:A${owned.length}`);
  // Text format first, so a sheet named like a number or a formula is stored as its name.
  range.numberFormat = rows.map(() => ["@"]);
  range.values = rows;
}
