/**
 * A recognised row back as the cells of the canonical layout. Cells are copied as typed (text numbers, 无, an
 * unreadable 约50 …) so that checking the merged register reports what checking the file would have; only a money
 * column whose unit differs from the canonical column's (元 where the layout has 万元) is written as the number
 * converted, since its raw figure would be read in the wrong unit. A cell inside a merged area is read as the
 * area's value (as the recogniser reads it), and written into each row.
 */
import { parseCellAddress, type CellValue, type SheetGrid } from "../grid";
import type { FieldDef, SheetDef } from "../fields/types";
import type { RecordCells } from "../layout/registerLayout";
import type { RecognisedSheet, RegisterRow } from "../register";

/** The factor of the canonical layout's column: money fields in 万元 are headed （万元）, others （元）. */
function canonicalScale(field: FieldDef): number {
  return field.type === "money" && field.moneyUnit === "万元" ? 10000 : 1;
}

function rawAt(grid: SheetGrid, address: string): CellValue {
  const { row, col } = parseCellAddress(address);
  const area = grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  return area ? (grid.rows[area.top]?.[area.left] ?? null) : (grid.rows[row]?.[col] ?? null);
}

/** `grid` is the workbook sheet `sheet` was recognised from (its merged areas are not part of the recognised sheet). */
export function recordCells(def: SheetDef, sheet: RecognisedSheet, grid: SheetGrid, row: RegisterRow): RecordCells {
  const fields = new Map(def.fields.map((f) => [f.id, f]));
  const cells: Record<string, CellValue> = {};
  for (const column of sheet.columns) {
    const reading = row.fields[column.fieldId];
    const field = fields.get(column.fieldId);
    if (!reading || !field) continue;
    const scale = canonicalScale(field);
    const value = column.scale === scale || typeof reading.value !== "number" ? rawAt(grid, reading.cell) : reading.value / scale;
    if (value !== null) cells[column.fieldId] = value;
  }
  return cells;
}
