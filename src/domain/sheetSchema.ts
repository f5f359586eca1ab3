/**
 * One description per sheet Junheng writes and later reads back (issue 13): its columns in order, each with a key,
 * the header text, the width, whether users edit it and how the reader takes its cells. The writer takes its
 * header row, widths and hidden columns from the schema; the reader finds the columns by their header text and
 * reads cells by key. So writer and reader cannot disagree, and a reader asking for a column the schema lacks
 * does not compile. It sits in the model layer because readers live in several layers (packs, checklists, outputs).
 */
import { isCellError, type CellValue } from "./grid";

/** How the reader takes a cell: `text` as trimmed text (cellText), `value` as the workbook holds it. */
export type ColumnKind = "text" | "value";

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  readonly header: string;
  /** Width in characters, as the writer sets it. */
  readonly width: number;
  /** Users edit this column; the next run reads back what they typed. */
  readonly edited?: boolean;
  /** Hidden in the workbook: the ids the reader matches rows by. */
  readonly hidden?: boolean;
  /** Other header texts the reader accepts, for sheets users retype. */
  readonly aliases?: readonly string[];
  /** Default `text`. */
  readonly kind?: ColumnKind;
}

export interface SheetSchema<C extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  readonly name: string;
  readonly columns: C;
  /** How a header cell reads before it is compared with a column's header and aliases; default cellText. */
  readonly headerText?: (value: CellValue | undefined) => string;
}

/** The keys of a schema's columns: the only names a reader can ask for. */
export type ColumnKey<S extends SheetSchema> = S["columns"][number]["key"];

type CellOf<C extends ColumnSpec> = C extends { readonly kind: "value" } ? CellValue | undefined : string;

/** One data row as the reader takes it, by column key (a column missing from the sheet reads as "" or undefined). */
export type SchemaRow<S extends SheetSchema> = { readonly [C in S["columns"][number] as C["key"]]: CellOf<C> };

/** Where each column sits in a header row (0-based), -1 for a column the user deleted. */
export type ColumnPlaces<K extends string> = Readonly<Record<K, number>>;

/** The places of a schema's columns, as findColumns returns them. */
export type PlacesOf<S extends SheetSchema> = ColumnPlaces<ColumnKey<S>>;

export function sheetSchema<const C extends readonly ColumnSpec[]>(name: string, columns: C, headerText?: SheetSchema["headerText"]): SheetSchema<C> {
  return headerText ? { name, columns, headerText } : { name, columns };
}

function isoDate(d: Date): string {
  // Date cells come back as UTC midnight of the typed day.
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** A read-back cell as trimmed text; dates as YYYY-MM-DD, errors as empty. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return "";
  if (value instanceof Date) return isoDate(value);
  return String(value).trim();
}

function spec<S extends SheetSchema>(schema: S, key: ColumnKey<S>): ColumnSpec {
  const found = schema.columns.find((c) => c.key === key);
  if (!found) throw new Error(`${schema.name}: no column ${key}`);
  return found;
}

export function headers(schema: SheetSchema): string[] {
  return schema.columns.map((c) => c.header);
}

/** The header row as the writer writes it. */
export function headerCells(schema: SheetSchema): { value: string; style: "header" }[] {
  return schema.columns.map((c) => ({ value: c.header, style: "header" }));
}

export function columnWidths(schema: SheetSchema): number[] {
  return schema.columns.map((c) => c.width);
}

/** 1-based column numbers of the hidden columns. */
export function hiddenColumns(schema: SheetSchema): number[] {
  return schema.columns.flatMap((c, i) => (c.hidden ? [i + 1] : []));
}

/** 1-based column number of `key` as the writer places it. */
export function columnNumber<S extends SheetSchema>(schema: S, key: ColumnKey<S>): number {
  return schema.columns.indexOf(spec(schema, key)) + 1;
}

/** A written row in the schema's order, from one cell per column key (a writer cannot leave a column out). */
export function rowCells<S extends SheetSchema, T>(schema: S, cells: Readonly<Record<ColumnKey<S>, T>>): T[] {
  return schema.columns.map((c) => cells[c.key as ColumnKey<S>]);
}

/**
 * The columns of a header row, found by header text (or an alias), wherever the user moved them; null when the row
 * lacks one of the `required` columns, i.e. is not a header row.
 */
export function findColumns<S extends SheetSchema>(schema: S, row: readonly CellValue[], required: readonly ColumnKey<S>[]): PlacesOf<S> | null {
  const read = schema.headerText ?? cellText;
  const labels = row.map((v) => read(v));
  const places: Record<string, number> = {};
  for (const c of schema.columns) places[c.key] = labels.findIndex((label) => label === c.header || (c.aliases?.includes(label) ?? false));
  return required.some((key) => places[key] < 0) ? null : (places as PlacesOf<S>);
}

/** The cells of a data row by column key, each taken as its column's kind says. */
export function readRow<S extends SheetSchema>(schema: S, row: readonly CellValue[], places: PlacesOf<S>): SchemaRow<S> {
  const out: Record<string, CellValue | undefined> = {};
  for (const c of schema.columns) {
    const at = places[c.key as ColumnKey<S>];
    const value = at < 0 ? undefined : row[at];
    out[c.key] = c.kind === "value" ? value : cellText(value);
  }
  return out as SchemaRow<S>;
}
