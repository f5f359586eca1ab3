/**
 * The register as recognised from a workbook: per sheet, the columns found and one row per school
 * (or village), each value with the cell it came from.
 */
import { z } from "zod";
import type { CellValue } from "./grid";
import type { FieldId, SheetId } from "./fields/types";

/** Why a value could not be taken as typed, or was taken after a clean-up the user should know about. */
export const ValueNoteSchema = z.object({
  kind: z.enum(["unreadable", "untidy", "zeroWord", "excelError", "notAllowed", "badCode"]),
  /** The text that was found in the cell. */
  text: z.string(),
});
export type ValueNote = z.infer<typeof ValueNoteSchema>;

export const ReadingSchema = z.object({
  /** Numbers for numeric fields (money in 元), strings for codes, text and enums; null when empty or unreadable. */
  value: z.union([z.number().finite(), z.string(), z.null()]),
  /** A1 address on the row's sheet. */
  cell: z.string().regex(/^[A-Z]+\d+$/),
  note: ValueNoteSchema.optional(),
});
export type Reading = z.infer<typeof ReadingSchema>;

export const RegisterRowSchema = z.object({
  /** 1-based row number in the sheet. */
  row: z.number().int().positive(),
  /** School code (or village name) of the row; null when the key cell is empty or unreadable. */
  key: z.string().nullable(),
  fields: z.record(z.string(), ReadingSchema),
});
export type RegisterRow = z.infer<typeof RegisterRowSchema>;

export interface RecognisedColumn {
  readonly fieldId: FieldId;
  /** 0-based column index. */
  readonly col: number;
  readonly letter: string;
  readonly header: string;
  /** Factor that turns the column's numbers into the field's internal unit (e.g. 10 000 for 万元 → 元). */
  readonly scale: number;
}

export interface RecognisedSheet {
  readonly id: SheetId;
  /** The sheet's name in the workbook. */
  readonly name: string;
  /** 1-based rows of the header block. */
  readonly headerRows: readonly [number, number];
  /** 0-based row data is read from: below the header block and any blank or column-number rows after it. */
  readonly dataStart: number;
  readonly columns: readonly RecognisedColumn[];
  readonly rows: readonly RegisterRow[];
  readonly raw: ReadonlyArray<ReadonlyArray<CellValue>>;
}

/** Something about the workbook's structure noticed while reading it; the W rules and D07 report these. */
export interface StructureIssue {
  readonly kind: "missingColumn" | "unknownColumns" | "duplicateColumn" | "duplicateSheet" | "totalRow" | "unrecognisedSheet" | "mergedData" | "noData";
  readonly sheet: string;
  readonly cells: readonly string[];
  /** What to name in the message: the missing field, the ignored headers, the sheet it duplicates … */
  readonly detail: string;
  /**
   * The whole area a finding is about when `cells` lists only part of it (a merge down thousands of rows lists
   * its first 1 000 cells for highlighting): first and last cell, and how many rows it spans.
   */
  readonly span?: { readonly first: string; readonly last: string; readonly rows: number };
}

export interface Register {
  readonly sheets: Partial<Record<SheetId, RecognisedSheet>>;
  /** 填报说明 key–value pairs (乡镇, 统计年度 …). */
  readonly meta: Readonly<Record<string, string>>;
  readonly issues: readonly StructureIssue[];
}

/** The numeric value of a field, or null when absent, empty or unreadable. */
export function numberOf(row: RegisterRow | undefined, fieldId: FieldId): number | null {
  const v = row?.fields[fieldId]?.value;
  return typeof v === "number" ? v : null;
}

export function textOf(row: RegisterRow | undefined, fieldId: FieldId): string | null {
  const v = row?.fields[fieldId]?.value;
  return typeof v === "string" ? v : null;
}

export function cellOf(row: RegisterRow | undefined, fieldId: FieldId): string | undefined {
  return row?.fields[fieldId]?.cell;
}

/** 学校标识码 are ten digits nationwide. */
export function isSchoolCode(code: string): boolean {
  return /^\d{10}$/.test(code);
}
