/**
 * The canonical layout of the register sheets: header rows built from the dictionary's canonical paths
 * (group levels merged across their columns, single levels merged down), one row per record. The sample,
 * practice files and tests write registers through it, so recognition is tested against what users get.
 */
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../grid";
import { FILL_INFO_SHEET, REGISTER_SHEETS } from "../fields/dictionary";
import type { FieldDef, SheetDef, SheetId } from "../fields/types";

/** What goes into each cell of a record, by field id; fields left out stay empty. */
export type RecordCells = Readonly<Record<string, CellValue>>;

export interface RegisterRecords {
  readonly sheets: Partial<Record<SheetId, readonly RecordCells[]>>;
  readonly meta?: Readonly<Record<string, string>>;
  /** A title line above every header block, e.g. 示例数据（虚构）. */
  readonly title?: string;
  /** Columns to leave out, e.g. to test a missing required column. */
  readonly omit?: Partial<Record<SheetId, readonly string[]>>;
}

export interface SheetLayout {
  readonly grid: SheetGrid;
  /** 0-based column of each field. */
  readonly columnOf: ReadonlyMap<string, number>;
  /** 0-based row of the first record. */
  readonly firstDataRow: number;
}

function headerLabel(field: FieldDef, level: string): string {
  return field.type === "money" && level === field.path[field.path.length - 1] ? `${level}（${field.moneyUnit ?? "元"}）` : level;
}

export function layoutSheet(def: SheetDef, records: readonly RecordCells[], title?: string, omit: readonly string[] = []): SheetLayout {
  const fields = def.fields.filter((f) => !omit.includes(f.id));
  const depth = Math.max(...fields.map((f) => f.path.length));
  const top = title ? 1 : 0;
  const rows: CellValue[][] = [];
  const merges: CellRange[] = [];
  if (title) {
    rows.push([title, ...Array<CellValue>(fields.length - 1).fill(null)]);
    if (fields.length > 1) merges.push({ top: 0, left: 0, bottom: 0, right: fields.length - 1 });
  }
  for (let d = 0; d < depth; d++) rows.push(Array<CellValue>(fields.length).fill(null));

  fields.forEach((field, col) => {
    field.path.forEach((level, d) => {
      const isLast = d === field.path.length - 1;
      rows[top + d][col] = headerLabel(field, level);
      if (isLast && d < depth - 1) merges.push({ top: top + d, left: col, bottom: top + depth - 1, right: col });
    });
  });
  // Group levels shared by neighbouring columns are written once and merged across.
  for (let d = 0; d < depth - 1; d++) {
    let start = 0;
    for (let col = 1; col <= fields.length; col++) {
      const group = (c: number) => (fields[c] && fields[c].path.length - 1 > d ? fields[c].path.slice(0, d + 1).join("/") : null);
      if (col < fields.length && group(col) !== null && group(col) === group(start)) {
        rows[top + d][col] = null;
        continue;
      }
      if (group(start) !== null && col - 1 > start) merges.push({ top: top + d, left: start, bottom: top + d, right: col - 1 });
      start = col;
    }
  }

  const firstDataRow = rows.length;
  for (const record of records) rows.push(fields.map((f) => record[f.id] ?? null));
  const columnOf = new Map(fields.map((f, i) => [f.id, i]));
  return { grid: { name: def.name, rows, merges, visibility: "visible" }, columnOf, firstDataRow };
}

export function layoutFillInfo(meta: Readonly<Record<string, string>>): SheetGrid {
  const rows: CellValue[][] = [["项目", "内容"]];
  for (const key of FILL_INFO_SHEET.keys) if (meta[key] !== undefined) rows.push([key, meta[key]]);
  for (const [key, value] of Object.entries(meta)) if (!(FILL_INFO_SHEET.keys as readonly string[]).includes(key)) rows.push([key, value]);
  return { name: FILL_INFO_SHEET.name, rows, merges: [], visibility: "visible" };
}

export function layoutRegister(records: RegisterRecords): { grid: WorkbookGrid; layouts: Partial<Record<SheetId, SheetLayout>> } {
  const layouts: Partial<Record<SheetId, SheetLayout>> = {};
  const sheets: SheetGrid[] = [];
  if (records.meta) sheets.push(layoutFillInfo(records.meta));
  for (const def of REGISTER_SHEETS) {
    const rows = records.sheets[def.id];
    if (!rows) continue;
    const layout = layoutSheet(def, rows, records.title, records.omit?.[def.id]);
    layouts[def.id] = layout;
    sheets.push(layout.grid);
  }
  return { grid: { sheets, ownedSheets: [] }, layouts };
}
