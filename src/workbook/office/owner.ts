/**
 * Which sheets Junheng made, so a later write replaces them and never a user's sheet of the same name. The list
 * lives in the workbook's add-in settings (Workbook.settings, ExcelApi 1.4): stored in the file, per file and
 * add-in, invisible to users and outside the sheet structure, so keeping it never adds, hides or deletes a sheet.
 *
 * Earlier versions kept it in a VeryHidden `_junheng` sheet. Excel refuses to delete a VeryHidden sheet
 * (InvalidOperation), so the second change of the list failed every later write. That sheet is still read, and
 * removed at the next write that may change the structure — made Hidden first, as Excel requires.
 */
import { MARKER_SHEET } from "../port";
import { jsonBytes, type RequestBudget } from "./payload";

export const OWNED_SHEETS_SETTING = "junheng.ownedSheets";

/** Sheets owned after this write: earlier ones that still exist, plus the ones written now. */
export function ownedAfterWrite(previous: readonly string[], existing: readonly string[], written: readonly string[]): string[] {
  return [...new Set([...previous.filter((name) => existing.includes(name)), ...written])];
}

/** Queues the read of the setting; `ownedIn` reads it after the sync. */
export function loadOwnedSetting(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING).load({ value: true });
}

/** The names in the setting and in the legacy marker sheet's column A (its values, when it exists). */
export function ownedIn(setting: Excel.Setting, legacyValues: readonly (readonly unknown[])[] = []): string[] {
  const listed = setting.isNullObject || !Array.isArray(setting.value) ? [] : (setting.value as unknown[]);
  const legacy = legacyValues.map((row) => row[0]);
  return [...new Set([...listed, ...legacy].filter((name): name is string => typeof name === "string" && name !== ""))];
}

/** Queues the new list, and the removal of the legacy marker sheet when there is one and the structure allows it. */
export async function writeOwned(context: Excel.RequestContext, owned: readonly string[], legacyMarker: boolean, budget: RequestBudget): Promise<void> {
  await budget.spend(jsonBytes(owned));
  context.workbook.settings.add(OWNED_SHEETS_SETTING, [...owned]);
  if (!legacyMarker) return;
  await budget.spend(0);
  const marker = context.workbook.worksheets.getItem(MARKER_SHEET);
  marker.visibility = "Hidden";
  marker.delete();
}
