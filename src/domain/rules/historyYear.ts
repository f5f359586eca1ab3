/**
 * Last year's workbook as a run uses it: recognised through the same path as this year's register (so a layout
 * that reads this year reads last year too), and kept whole, because carrying over reads its 整改清单 and 考核自查.
 */
import { InputError } from "../errors";
import type { WorkbookGrid } from "../grid";
import type { Register } from "../register";
import { recogniseRegister } from "../recognise/register";

export interface PreviousYear {
  readonly grid: WorkbookGrid;
  readonly register: Register;
}

/** Throws InputError (the recogniser's Chinese reason) when the workbook holds no register. */
export function readPreviousYear(grid: WorkbookGrid): PreviousYear {
  return { grid, register: recogniseRegister(grid) };
}

/**
 * Runs `work` (reading last year's file) and names the file in any reason it gives, so that a user who gave two
 * workbooks knows which one could not be used.
 */
export async function asPreviousYear<T>(fileName: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`上年数据「${fileName}」无法使用：${error.message}`, { kind: "unusableFor", use: "previousYear", file: fileName, inner: error.problem });
    throw error;
  }
}
