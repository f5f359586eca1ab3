/**
 * Which result sheets get filter buttons on their header row, and over which range (docs/decisions-15.md,
 * Session 4). An AutoFilter, not an Excel Table: the sheets keep their title, legend and note rows above the
 * header and their own fills, merges and print layout, which a Table would restyle or refuse (a Table cannot
 * hold merged cells and renames blank or repeated headers). Only sheets that are one plain table under their
 * header qualify: 审核结果, 指标计算 and 工作进度. 整改清单 is one block per school (its own header, a 填表人
 * line, a page each) and 考核自查 two tables, where one sheet-wide filter would cut across blocks.
 */
import { columnLetter } from "../domain/grid";
import { CHECK_RESULTS_SHEET } from "../domain/outputs/checkResultsSheet";
import { INDICATOR_SHEET } from "../domain/outputs/indicatorSheet";
import { PROGRESS_SHEET } from "../domain/outputs/progressSheet";
import type { OutputSheet } from "../domain/outputs/writePlan";

const FILTERED = [CHECK_RESULTS_SHEET, INDICATOR_SHEET, PROGRESS_SHEET];

/** A sheet's own name, or the one outputSheetName gives when a user's sheet holds it ("审核结果(2)"). */
const isOneOf = (name: string, bases: readonly string[]) => bases.some((base) => name === base || name.startsWith(`${base}(`));

/** The header row and the rows under it up to the first empty one, as an A1 range; null for other sheets. */
export function autoFilterRange(sheet: OutputSheet): string | null {
  if (!isOneOf(sheet.name, FILTERED) || sheet.headerRow <= 0) return null;
  const width = sheet.rows[sheet.headerRow - 1]?.length ?? 0;
  let last = sheet.headerRow;
  while (last < sheet.rows.length && sheet.rows[last].length > 0) last++;
  if (width === 0 || last === sheet.headerRow) return null;
  return `A${sheet.headerRow}:${columnLetter(width - 1)}${last}`;
}
