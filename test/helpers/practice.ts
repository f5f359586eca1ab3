import { sheetDef, REGISTER_SHEETS } from "../../src/domain/fields/dictionary";
import type { SheetId } from "../../src/domain/fields/types";
import { parseCellAddress, type CellValue } from "../../src/domain/grid";
import { layoutSheet, type RegisterRecords } from "../../src/domain/layout/registerLayout";
import type { PracticeKeyEntry } from "../../src/domain/practice/practiceRegister";

/**
 * What a trainee does to fix a seeded error: the row the key entry points at gets its clean values back. Each
 * row holds at most one seeded error, and some errors change a cell the finding does not point at (the band a
 * class was moved from), so the whole row is restored.
 */
export function restoreEntries(records: RegisterRecords, clean: RegisterRecords, entries: readonly PracticeKeyEntry[]): RegisterRecords {
  const sheets = Object.fromEntries(Object.entries(records.sheets).map(([id, rows]) => [id, (rows ?? []).map((r) => ({ ...r }))])) as Record<SheetId, Record<string, CellValue>[]>;
  for (const entry of entries) {
    const def = REGISTER_SHEETS.find((d) => d.name === entry.sheet);
    if (!def) throw new Error(`no sheet ${entry.sheet}`);
    const { columnOf, firstDataRow } = layoutSheet(sheetDef(def.id), [], records.title);
    for (const cell of entry.cells) {
      const { row, col } = parseCellAddress(cell);
      if (![...columnOf.values()].includes(col)) throw new Error(`no field at ${cell}`);
      const index = row - firstDataRow;
      const original = clean.sheets[def.id]?.[index];
      if (!original) throw new Error(`no clean row for ${entry.sheet}!${cell}`);
      sheets[def.id][index] = { ...original };
    }
  }
  return { ...records, sheets };
}
