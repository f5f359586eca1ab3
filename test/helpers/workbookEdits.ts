/**
 * Edits on a laid-out workbook grid, for the structure cases the canonical layout never produces on its own
 * (extra columns, copied sheets, 合计 rows).
 */
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { layoutRegister, type RegisterRecords } from "../../src/domain/layout/registerLayout";
import { recogniseRegister } from "../../src/domain/recognise/register";
import { buildContext, type CheckContext } from "../../src/domain/rules/context";

export function gridOf(input: RegisterRecords): WorkbookGrid {
  return layoutRegister(input).grid;
}

export function contextOfGrid(grid: WorkbookGrid): CheckContext {
  return buildContext(recogniseRegister(grid));
}

export function sheetNamed(grid: WorkbookGrid, name: string): SheetGrid {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export function replaceSheet(grid: WorkbookGrid, name: string, edit: (sheet: SheetGrid) => SheetGrid): WorkbookGrid {
  return { ...grid, sheets: grid.sheets.map((s) => (s.name === name ? edit(s) : s)) };
}

export function addSheet(grid: WorkbookGrid, sheet: SheetGrid): WorkbookGrid {
  return { ...grid, sheets: [...grid.sheets, sheet] };
}

/** Adds a column on the right with `header` in the sheet's first row and nothing below it. */
export function addColumn(sheet: SheetGrid, header: string): SheetGrid {
  const width = Math.max(...sheet.rows.map((r) => r.length));
  const rows = sheet.rows.map((row, i) => {
    const padded: CellValue[] = [...row, ...Array<CellValue>(width - row.length).fill(null)];
    return [...padded, i === 0 ? header : null];
  });
  return { ...sheet, rows };
}

export function appendRow(sheet: SheetGrid, cells: readonly CellValue[]): SheetGrid {
  return { ...sheet, rows: [...sheet.rows, [...cells]] };
}
