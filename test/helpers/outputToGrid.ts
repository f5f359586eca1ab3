/** Test helper: what a workbook adapter would read back from a sheet Junheng wrote. */
import { parseCellAddress, type CellValue, type SheetGrid } from "../../src/domain/grid";
import type { OutputSheet } from "../../src/domain/outputs/writePlan";

export function outputToGrid(sheet: OutputSheet): SheetGrid {
  return { name: sheet.name, rows: sheet.rows.map((row) => row.map((cell): CellValue => cell.value)), merges: [], visibility: "visible" };
}

/** The grid with one cell replaced (A1 address), as if the user had typed into it. */
export function withCell(grid: SheetGrid, address: string, value: CellValue): SheetGrid {
  const { row, col } = parseCellAddress(address);
  const rows = grid.rows.map((cells, r) => {
    if (r !== row) return cells;
    const copy = [...cells];
    while (copy.length <= col) copy.push(null);
    copy[col] = value;
    return copy;
  });
  return { ...grid, rows };
}

/** 1-based row number of the parameter row with this code, 学段 and 城乡分类 label (blank = ""). */
export function rowOf(grid: SheetGrid, code: string, stage = "", area = ""): number {
  const index = grid.rows.findIndex((r) => r[0] === code && (r[2] ?? "") === stage && (r[3] ?? "") === area);
  if (index < 0) throw new Error(`no row ${code} ${stage} ${area}`);
  return index + 1;
}
