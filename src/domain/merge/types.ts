/** What a merge takes (the workbooks as read, or why one could not be read) and what it reports. */
import type { WorkbookGrid } from "../grid";
import type { RegisterRecords } from "../layout/registerLayout";

export type MergeSource =
  | { readonly file: string; readonly grid: WorkbookGrid }
  /** A file that could not even be opened as a workbook, with the reason in users' words. */
  | { readonly file: string; readonly failure: string };

export type ProblemKind =
  | "unreadable"
  | "layout"
  | "duplicateCode"
  | "village"
  | "year"
  | "schoolYear"
  | "meta"
  | "columns"
  | "totalRow"
  | "sheetSkipped";

/** One thing to tell the user about one file, pointing at the sheet and cell where it can be seen. */
export interface MergeProblem {
  readonly kind: ProblemKind;
  readonly file: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  /** One Chinese line naming the file, sheet and cell. */
  readonly message: string;
}

export interface MergedFile {
  readonly file: string;
  /** Distinct school codes the file contributed. */
  readonly schools: number;
  readonly villages: number;
}

export interface MergeResult {
  /** The merged register, ready for layoutRegister; not to be written while there are conflicts. */
  readonly records: RegisterRecords;
  /** Problems that would make the merged register a guess: any one of them blocks the output. */
  readonly conflicts: readonly MergeProblem[];
  /** What was left out or settled on the way, reported so nothing happens silently; the output is still written. */
  readonly notes: readonly MergeProblem[];
  readonly files: readonly MergedFile[];
}

export interface MergeOptions {
  /** 填报说明 values given by the caller (乡镇, 统计年度); they win over the files', and files must agree with the year. */
  readonly meta?: Readonly<Record<string, string>>;
}

/** `「甲.xlsx」学生与班级!A5`, `「甲.xlsx」工作表「学生」`, or just the file. */
export function placeOf(file: string, sheet: string | null, cell: string | null): string {
  if (sheet && cell) return `「${file}」${sheet}!${cell}`;
  if (sheet) return `「${file}」工作表「${sheet}」`;
  return `「${file}」`;
}

export function problem(kind: ProblemKind, file: string, sheet: string | null, cell: string | null, message: string): MergeProblem {
  return { kind, file, sheet, cell, message };
}
