/**
 * Arbitrary header blocks as statisticians type them: any register sheet, a subset of its fields in any order,
 * canonical paths or aliases, full-width letters, spaces and line breaks inside a header, a unit in brackets,
 * 1–3 header rows aligned to the top or the bottom, group headers merged, written once or repeated, title lines
 * above, and one column of the user's own (备注甲) among them. Each sample carries the field every column was meant to
 * be and the value its data cell should read as, so a test can check the recogniser's answer.
 */
import fc from "fast-check";
import { REGISTER_SHEETS } from "../../src/domain/fields/dictionary";
import type { ColumnDef, SheetDef, SheetId } from "../../src/domain/fields/types";
import type { CellRange, CellValue, SheetGrid } from "../../src/domain/grid";
import type { Reading } from "../../src/domain/register";
import { MAX_HEADER_ROWS } from "../../src/domain/recognise/headerBlock";

export interface HeaderSample {
  readonly sheetId: SheetId;
  readonly sheet: SheetGrid;
  /** The field meant by each column, left to right; null for the column no field is meant by (UNKNOWN_HEADER). */
  readonly fieldIds: readonly (string | null)[];
  /** What the data row should read as, by field. */
  readonly expected: ReadonlyMap<string, Reading["value"]>;
  /** 元 or 万元 as written in a money column's header, by column. */
  readonly moneyUnits: ReadonlyMap<number, string>;
  /** 1-based row of the first data row. */
  readonly dataRow: number;
}

/** A header of the user's own, which no field has: it must be reported (W-01), not read nor dropped silently. */
export const UNKNOWN_HEADER = "备注甲";
const UNKNOWN: ColumnDef = { id: "", label: UNKNOWN_HEADER, path: [UNKNOWN_HEADER], aliases: [], type: "text", required: false };

const WIDE = (text: string) => text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const SPACES = [" ", "\u3000", "\n", "\r\n", "\u00A0"];
const DASHES = ["-", "～", "~", "—", "–"];

interface LevelStyle {
  readonly wide: boolean;
  readonly space: string | null;
  /** Where the space goes, as a fraction of the text's length. */
  readonly at: number;
  readonly dash: string;
  readonly around: boolean;
}

const levelStyle: fc.Arbitrary<LevelStyle> = fc.record({
  wide: fc.boolean(),
  space: fc.option(fc.constantFrom(...SPACES), { freq: 2 }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  dash: fc.constantFrom(...DASHES),
  around: fc.boolean(),
});

function styled(level: string, style: LevelStyle): string {
  let text = level.replace(/-/g, style.dash);
  if (style.wide) text = WIDE(text);
  if (style.space) {
    const at = Math.floor(style.at * text.length);
    text = text.slice(0, at) + style.space + text.slice(at);
  }
  return style.around ? ` ${text}\u3000` : text;
}

/** A unit a column of this field may declare in brackets, or none. */
function unitsFor(field: ColumnDef): readonly string[] {
  if (field.type === "money") return ["元", "万元"];
  if (field.type === "area") return ["㎡", "平方米", "m2"];
  return field.unit && field.unit !== "%" ? [field.unit] : [];
}

const BRACKETS: readonly [string, string][] = [["（", "）"], ["(", ")"], ["【", "】"], ["[", "]"], ["（单位：", "）"]];

interface ColumnPlan {
  readonly field: ColumnDef;
  readonly path: readonly string[];
  readonly styles: readonly LevelStyle[];
  readonly unit: string | null;
  readonly bracket: readonly [string, string];
}

function columnPlan(field: ColumnDef): fc.Arbitrary<ColumnPlan> {
  if (field === UNKNOWN) {
    return fc.constant({ field, path: field.path, styles: Array<LevelStyle>(MAX_HEADER_ROWS).fill({ wide: false, space: null, at: 0, dash: "-", around: false }), unit: null, bracket: BRACKETS[0] });
  }
  const paths = [field.path, ...field.aliases].filter((p) => p.length <= MAX_HEADER_ROWS);
  const units = unitsFor(field);
  return fc.record({
    field: fc.constant(field),
    path: fc.constantFrom(...paths),
    styles: fc.array(levelStyle, { minLength: MAX_HEADER_ROWS, maxLength: MAX_HEADER_ROWS }),
    unit: units.length > 0 ? fc.option(fc.constantFrom(...units)) : fc.constant(null),
    bracket: fc.constantFrom(...BRACKETS),
  });
}

interface Layout {
  readonly extraRows: number;
  readonly align: "top" | "bottom";
  readonly groups: "merge" | "once" | "repeat";
  readonly mergeLeaves: boolean;
  readonly titles: readonly string[];
  /** The official forms' column-number line (甲 乙 1 2 3 …) between header and data. */
  readonly numberLine: boolean;
  readonly sheetName: "canonical" | "alias" | "other";
}

const layout: fc.Arbitrary<Layout> = fc.record({
  extraRows: fc.nat({ max: 2 }),
  align: fc.constantFrom("top", "bottom"),
  groups: fc.constantFrom("merge", "once", "repeat"),
  mergeLeaves: fc.boolean(),
  titles: fc.array(fc.constantFrom("2016年统计报表", "填报单位：勐往乡中心学校", "单位：人、㎡", "表 2"), { maxLength: 2 }),
  numberLine: fc.boolean(),
  sheetName: fc.constantFrom("canonical", "alias", "other"),
});

/** The data cell written under a field's column, and what it should read as (money in 元). */
function dataCell(def: SheetDef, field: ColumnDef, moneyUnit: string, key: string): [CellValue, Reading["value"]] {
  if (field.id === def.keyField) return [key, key];
  if (field.id === def.nameField) return ["甲小学", "甲小学"];
  if (field.type === "enum") return [field.values![0], field.values![0]];
  if (field.type === "code" || field.type === "text") return [1, "1"];
  return [1, field.type === "money" && moneyUnit === "万元" ? 10000 : 1];
}

function build(def: SheetDef, columns: readonly ColumnPlan[], shape: Layout): HeaderSample {
  const depth = Math.max(...columns.map((c) => c.path.length));
  const rowCount = Math.min(MAX_HEADER_ROWS, depth + shape.extraRows);
  const top = shape.titles.length;
  const width = columns.length;
  const rows: CellValue[][] = shape.titles.map((t) => [t, ...Array<CellValue>(width - 1).fill(null)]);
  const merges: CellRange[] = shape.titles.map((_, r) => ({ top: r, left: 0, bottom: r, right: width - 1 }));
  for (let r = 0; r < rowCount; r++) rows.push(Array<CellValue>(width).fill(null));
  const moneyUnits = new Map<number, string>();

  const rowOf = (column: ColumnPlan, level: number) => top + (shape.align === "top" ? level : rowCount - column.path.length + level);
  columns.forEach((column, c) => {
    column.path.forEach((level, i) => {
      const leaf = i === column.path.length - 1;
      let text = styled(level, column.styles[i]);
      if (leaf && column.unit) {
        text += `${column.bracket[0]}${column.unit}${column.bracket[1]}`;
        if (column.field.type === "money") moneyUnits.set(c, column.unit);
      }
      rows[rowOf(column, i)][c] = text;
      const leafRow = rowOf(column, i);
      if (leaf && shape.align === "top" && shape.mergeLeaves && leafRow < top + rowCount - 1) {
        merges.push({ top: leafRow, left: c, bottom: top + rowCount - 1, right: c });
      }
    });
  });

  // Group levels shared by neighbouring columns: merged across, written once, or repeated in every column.
  if (shape.groups !== "repeat") {
    for (let r = top; r < top + rowCount; r++) {
      let start = 0;
      const group = (c: number): string | null => {
        const column = columns[c];
        if (!column) return null;
        const level = column.path.findIndex((_, i) => rowOf(column, i) === r);
        return level >= 0 && level < column.path.length - 1 ? column.path.slice(0, level + 1).join("/") : null;
      };
      for (let c = 1; c <= width; c++) {
        if (c < width && group(c) !== null && group(c) === group(start)) {
          rows[r][c] = null;
          continue;
        }
        if (shape.groups === "merge" && group(start) !== null && c - 1 > start) merges.push({ top: r, left: start, bottom: r, right: c - 1 });
        start = c;
      }
    }
  }

  if (shape.numberLine) {
    let n = 1;
    rows.push(columns.map((column) => (column.field.id === def.keyField ? "甲" : column.field.id === def.nameField ? "乙" : n++)));
  }
  const key = def.keyField === "code" ? "5328220001" : "勐往村";
  const expected = new Map<string, Reading["value"]>();
  rows.push(
    columns.map((column, c): CellValue => {
      const field = column.field;
      if (field === UNKNOWN) return "自己加的备注";
      const [written, read] = dataCell(def, field, moneyUnits.get(c) ?? field.moneyUnit ?? "元", key);
      expected.set(field.id, read);
      return written;
    }),
  );
  const name = shape.sheetName === "canonical" ? def.name : shape.sheetName === "alias" ? `表2 ${def.aliases[0]}` : "Sheet1";
  return {
    sheetId: def.id,
    sheet: { name, rows, merges, visibility: "visible" },
    fieldIds: columns.map((c) => (c.field === UNKNOWN ? null : c.field.id)),
    expected,
    moneyUnits,
    dataRow: rows.length,
  };
}

/**
 * A register sheet's header block with the key column anywhere among 2–8 other fields and the unknown column
 * anywhere too, and one data row.
 */
export const headerSample: fc.Arbitrary<HeaderSample> = fc
  .constantFrom(...REGISTER_SHEETS)
  .chain((def) => {
    const key = def.fields.find((f) => f.id === def.keyField)!;
    const others = def.fields.filter((f) => f !== key);
    return fc
      .tuple(fc.shuffledSubarray(others, { minLength: 2, maxLength: 8 }), fc.nat({ max: 8 }), fc.nat({ max: 9 }), layout)
      .chain(([chosen, keyAt, unknownAt, shape]) => {
        const fields: ColumnDef[] = [...chosen];
        fields.splice(Math.min(keyAt, fields.length), 0, key);
        fields.splice(Math.min(unknownAt, fields.length), 0, UNKNOWN);
        return fc.tuple(fc.tuple(...fields.map(columnPlan)), fc.constant(shape));
      })
      .map(([columns, shape]) => build(def, columns, shape));
  });
