/**
 * Where an output sheet gets a drop-down list: the 状态 column of each school's list in 整改清单, from the row under
 * its header to the last item, offering the domain's statuses (未整改 / 整改中 / 已完成). A 状态 typed otherwise is
 * still kept and reported (L-01); the list makes the right words one click away. Rows a user inserts inside a
 * school's list take the list with them, as Excel copies validation into inserted rows.
 */
import { cellAddress, type CellValue } from "../domain/grid";
import { RECTIFICATION_STATUSES } from "../domain/evaluation/rectification";
import { KEY_HEADER, STATUS_HEADER } from "../domain/outputs/rectificationSheet";
import type { OutputSheet } from "../domain/outputs/writePlan";

export interface ListValidation {
  /** A1 address of one rectangle of cells. */
  readonly address: string;
  readonly values: readonly string[];
}

export function statusLists(sheet: OutputSheet): ListValidation[] {
  const lists: ListValidation[] = [];
  const text = (v: CellValue | undefined) => (typeof v === "string" ? v : "");
  for (let r = 0; r < sheet.rows.length; r++) {
    const labels = sheet.rows[r].map((cell) => text(cell.value));
    const column = labels.indexOf(STATUS_HEADER);
    // A 整改清单 header row: 状态 beside the hidden key column (rectificationSheet.ts's own test for a header).
    if (column < 0 || !labels.includes(KEY_HEADER)) continue;
    let last = r;
    while (last + 1 < sheet.rows.length && sheet.rows[last + 1].length > 0 && typeof sheet.rows[last + 1][0]?.value === "number") last++;
    if (last > r) lists.push({ address: `${cellAddress(r + 1, column)}:${cellAddress(last, column)}`, values: RECTIFICATION_STATUSES });
  }
  return lists;
}
