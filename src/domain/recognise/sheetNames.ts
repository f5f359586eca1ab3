import { FILL_INFO_SHEET, OUTPUT_SHEET_NAMES, REGISTER_SHEETS } from "../fields/dictionary";
import type { SheetId } from "../fields/types";
import { removeSpaces, toHalfWidth } from "../text";

function normaliseSheetName(name: string): string {
  return removeSpaces(toHalfWidth(name));
}

/** True for sheets Junheng writes (including the `名称(2)` copies it makes beside a user's own sheet). */
export function isOutputSheet(name: string): boolean {
  const base = normaliseSheetName(name).replace(/\(\d+\)$/, "");
  return (OUTPUT_SHEET_NAMES as readonly string[]).includes(base);
}

export function isFillInfoSheet(name: string): boolean {
  const n = normaliseSheetName(name);
  return n === FILL_INFO_SHEET.name || (FILL_INFO_SHEET.aliases as readonly string[]).includes(n);
}

/** The register sheet a sheet's name refers to, by its canonical name or an alias it contains. */
export function sheetIdByName(name: string): SheetId | null {
  const n = normaliseSheetName(name);
  let best: { id: SheetId; length: number } | null = null;
  for (const def of REGISTER_SHEETS) {
    for (const candidate of [def.name, ...def.aliases]) {
      if (n.includes(candidate) && (!best || candidate.length > best.length)) best = { id: def.id, length: candidate.length };
    }
  }
  return best?.id ?? null;
}
