/**
 * The values of a finding's cells written as one text (`F10=120；G10=130`), stored in 审核说明's 原值 when a 说明 is
 * recorded and compared as text on later runs: no parsing back, so any value a cell can hold compares exactly.
 */
import { cellAt, isCellError, parseCellAddress, type CellValue, type WorkbookGrid } from "../grid";

function valueText(value: CellValue): string {
  if (value === null) return "空";
  if (isCellError(value)) return value.error;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim() || "空";
}

/** null when the sheet is not in the workbook (renamed or deleted since). */
export function cellSnapshot(grid: WorkbookGrid, sheetName: string, cells: readonly string[]): string | null {
  const sheet = grid.sheets.find((s) => s.name === sheetName);
  if (!sheet) return null;
  return cells
    .map((address) => {
      const { row, col } = parseCellAddress(address);
      return `${address}=${valueText(cellAt(sheet, row, col))}`;
    })
    .join("；");
}
