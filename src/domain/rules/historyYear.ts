/**
 * Last year's workbook as a caller hands it to a check: read, not recognised. The input stage
 * (inputs/readInputs.ts) recognises it through the same path as this year's register, so a layout that reads this
 * year reads last year too, and keeps it whole, because carrying over reads its 整改清单 and 考核自查.
 */
import { InputError } from "../errors";
import type { WorkbookGrid } from "../grid";

export interface PreviousYear {
  /** The file's name, named in any reason the workbook cannot be used. */
  readonly fileName: string;
  readonly grid: WorkbookGrid;
}

function namingFile(fileName: string, error: unknown): unknown {
  return error instanceof InputError
    ? new InputError(`上年数据「${fileName}」无法使用：${error.message}`, { kind: "unusableFor", use: "previousYear", file: fileName, inner: error.problem })
    : error;
}

/**
 * Runs `work` (reading last year's file) and names the file in any reason it gives, so that a user who gave two
 * workbooks knows which one could not be used.
 */
export async function asPreviousYear<T>(fileName: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw namingFile(fileName, error);
  }
}

/** The same for the input stage's synchronous work on last year's workbook (recognising its register). */
export function namingPreviousFile<T>(fileName: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw namingFile(fileName, error);
  }
}
