/** Test helper: evaluations of the sample register and of small hand-made registers, and finding cells in sheets. */
import { evaluate, type Evaluation } from "../../src/domain/evaluation/evaluate";
import { layoutRegister, type RegisterRecords } from "../../src/domain/layout/registerLayout";
import type { OutputCell, OutputSheet } from "../../src/domain/outputs/writePlan";
import { packById } from "../../src/domain/packs/registry";
import type { RulePack } from "../../src/domain/packs/schema";
import type { Register } from "../../src/domain/register";
import { recogniseRegister } from "../../src/domain/recognise/register";
import { sampleRegister } from "../../src/domain/sample/sample";
import { validateRegister } from "../../src/domain/validate";

export function shippedPack(id: string): RulePack {
  const pack = packById(id);
  if (!pack) throw new Error(`no pack ${id}`);
  return pack;
}

export interface Evaluated {
  readonly register: Register;
  readonly evaluation: Evaluation;
}

/** Recognise → validate → evaluate, as a run does. */
export function evaluated(input: RegisterRecords, pack: RulePack = shippedPack("yunnan-2016-basic")): Evaluated {
  const register = recogniseRegister(layoutRegister(input).grid);
  return { register, evaluation: evaluate(register, pack, validateRegister(register)) };
}

export const evaluatedSample = (pack?: RulePack): Evaluated => evaluated(sampleRegister(), pack);

/** 0-based column of a header of the sheet's table (the header row). */
export function columnOf(sheet: OutputSheet, header: string): number {
  const col = sheet.rows[sheet.headerRow - 1].findIndex((c) => c.value === header);
  if (col < 0) throw new Error(`no column ${header}`);
  return col;
}

/** The first row whose first cells hold `keys`, at or after 0-based row `from`. */
export function rowWith(sheet: OutputSheet, keys: readonly (string | number)[], from = 0): readonly OutputCell[] {
  const row = sheet.rows.slice(from).find((r) => keys.every((k, i) => r[i]?.value === k));
  if (!row) throw new Error(`no row ${keys.join(" / ")}`);
  return row;
}

export function indexOfRow(sheet: OutputSheet, first: string): number {
  const i = sheet.rows.findIndex((r) => r[0]?.value === first);
  if (i < 0) throw new Error(`no row ${first}`);
  return i;
}

/** Texts of the rows above the table: title and notes. */
export function topTexts(sheet: OutputSheet): string[] {
  return sheet.rows.slice(0, sheet.headerRow).flatMap((r) => r.map((c) => String(c.value ?? "")));
}
