/**
 * A recognised row back as the cells of the canonical layout. Cells are copied as typed (text numbers, 无, an
 * unreadable 约50 …) so that checking the merged register reports what checking the file would have; only a money
 * column whose unit differs from the canonical column's (元 where the layout has 万元) is written as the number
 * converted, since its raw figure would be read in the wrong unit. A cell merged down across data rows is read as
 * the merge's value and written into each row, exactly as the recogniser reads it (its `valueAt`, see mergedRows).
 */
import { parseCellAddress, type CellValue } from "../grid";
import type { FieldDef } from "../fields/types";
import type { RecordCells } from "../layout/registerLayout";
import type { RecognisedSheet, RegisterRow } from "../register";

/** The factor of the canonical layout's column: money fields in 万元 are headed （万元）, others （元）. */
function canonicalScale(field: FieldDef): number {
  return field.type === "money" && field.moneyUnit === "万元" ? 10000 : 1;
}

/**
 * `valueAt` reads the workbook sheet `sheet` was recognised from as the recogniser does (merged rows included);
 * `fields` are the sheet definition's fields by id. Both are built once per sheet, not per row.
 */
export function recordCells(fields: ReadonlyMap<string, FieldDef>, sheet: RecognisedSheet, valueAt: (row: number, col: number) => CellValue, row: RegisterRow): RecordCells {
  const cells: Record<string, CellValue> = {};
  for (const column of sheet.columns) {
    const reading = row.fields[column.fieldId];
    const field = fields.get(column.fieldId);
    if (!reading || !field) continue;
    const scale = canonicalScale(field);
    let value: CellValue;
    if (column.scale === scale || typeof reading.value !== "number") {
      const { row: r, col } = parseCellAddress(reading.cell);
      value = valueAt(r, col);
    } else value = reading.value / scale;
    if (value !== null) cells[column.fieldId] = value;
  }
  return cells;
}
