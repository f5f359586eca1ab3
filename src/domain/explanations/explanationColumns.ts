/**
 * The 审核说明 sheet (docs/workbook-format.md §1.2): one row per 说明 a user recorded for a warning. Besides the spec's columns
 * it keeps 原值, the cells' values when the 说明 was written, so a 说明 whose cells changed since is reopened.
 */
import { cellAddress, parseRangeAddress } from "../grid";
import { sheetSchema } from "../sheetSchema";

export const EXPLANATION_SHEET = "审核说明";
export const VALUE_HEADER = "原值";
/** The whole sheet is the user's: they may type it by hand, in any column order; 规则 and 说明 make a header row. */
export const EXPLANATION_SCHEMA = sheetSchema(EXPLANATION_SHEET, [
  { key: "rule", header: "规则", width: 10, edited: true },
  { key: "schoolId", header: "学校标识码", width: 14, edited: true },
  { key: "cells", header: "单元格", width: 16, edited: true },
  { key: "text", header: "说明", width: 60, edited: true },
  { key: "author", header: "填写人", width: 10, edited: true },
  { key: "date", header: "日期", width: 12, edited: true },
  { key: "value", header: VALUE_HEADER, width: 24, edited: true },
]);

export interface Explanation {
  readonly rule: string;
  /** Empty for a finding about no school. */
  readonly schoolId: string;
  /** A1 addresses joined with 、, as the 审核结果 sheet lists them; empty: every such warning of the school. */
  readonly cells: string;
  readonly text: string;
  readonly author: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The cells' values when the 说明 was written (`F10=120；G10=130`); empty when not recorded (typed by hand). */
  readonly value: string;
}

/** An explanation as found in the workbook, with the cells it was read from (for notes pointing back at it). */
export interface ExplanationRow extends Explanation {
  readonly sheet: string;
  /** The row's 规则 and 说明 cells. */
  readonly at: readonly string[];
}

/** 审核说明, or the 审核说明(2) … Junheng writes beside a user's own sheet of that name. */
export function isExplanationSheetName(name: string): boolean {
  return /^审核说明(\(\d+\))?$/.test(name.trim());
}

/** A range of more cells than a row has is no finding's: only its top-left cell is taken (nothing hangs on A:XFD). */
const MOST_CELLS = 16_384;

/** The cells of `C8:I8` (as 审核结果 shows a run of neighbouring cells), or of a single address. */
function cellsOf(entry: string): string[] {
  const range = parseRangeAddress(entry) ?? parseRangeAddress(entry.split(":")[0]);
  if (!range) return [];
  const { top, bottom, left, right } = range;
  if ((bottom - top + 1) * (right - left + 1) > MOST_CELLS) return [cellAddress(top, left)];
  const cells: string[] = [];
  for (let row = top; row <= bottom; row++) for (let col = left; col <= right; col++) cells.push(cellAddress(row, col));
  return cells;
}

/**
 * The A1 addresses a 单元格 entry lists, ranges such as `C8:I8` (copied from 审核结果) as their cells; a sheet prefix
 * typed by hand (`校舍!F10`) and lower case are accepted.
 */
export function cellList(cells: string): string[] {
  return cells
    .split(/[、,，;；\s]+/)
    .flatMap((c) => cellsOf(c.slice(c.lastIndexOf("!") + 1).toUpperCase()));
}
