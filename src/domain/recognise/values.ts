/**
 * Reading one cell as the field's type. Never throws: what cannot be read becomes a null value with a note,
 * which the data-hygiene rules (D01–D03, D06, D09) report.
 */
import { isCellError, type CellValue } from "../grid";
import type { ColumnDef, MoneyUnit } from "../fields/types";
import type { ValueNote } from "../register";
import { removeSpaces, squeezeSpaces, toHalfWidth } from "../text";

export interface ReadValue {
  readonly value: number | string | null;
  readonly note?: ValueNote;
}

const EMPTY: ReadValue = { value: null };

/** Words statisticians type for "none"; read as 0 (D03). */
export const ZERO_WORDS: readonly string[] = ["无", "/", "-", "—", "——", "－", "–", "空", "没有"];

const AREA_UNITS = ["㎡", "m²", "m2", "平方米", "平米", "平方"];
const MONEY_SCALE: Record<MoneyUnit, number> = { 元: 1, 万元: 10000 };

/**
 * yyyy-mm-dd, or null for an invalid Date, which toISOString would throw on. Adapters never produce one (see
 * CellValue); the guard stays because readValue is also called on cells outside any grid (test/robustness).
 */
function isoDay(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

function describe(raw: CellValue): string {
  if (raw instanceof Date) return `日期 ${isoDay(raw) ?? "（无效日期）"}`;
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (isCellError(raw)) return raw.error;
  return String(raw);
}

/** Empty, or only white space of any kind (a zero-width space pasted from a web page looks empty too). */
function isBlank(raw: CellValue): boolean {
  return raw === null || (typeof raw === "string" && removeSpaces(raw) === "");
}

/** Units accepted after a number in this field's cells, with the factor each one implies. */
function acceptedUnits(field: ColumnDef): Map<string, number> {
  const units = new Map<string, number>();
  if (field.type === "area") for (const u of AREA_UNITS) units.set(u, 1);
  if (field.type === "money") for (const [u, f] of Object.entries(MONEY_SCALE)) units.set(u, f);
  if (field.unit) units.set(field.unit, 1);
  if (field.unit === "册") units.set("本", 1);
  if (field.unit === "个") units.set("班", 1);
  if (field.unit === "人") units.set("名", 1);
  return units;
}

/**
 * @param scale factor from the column's unit to the field's internal unit (money: 万元 column → 10 000).
 */
export function readNumber(raw: CellValue, field: ColumnDef, scale = 1): ReadValue {
  if (isBlank(raw)) return EMPTY;
  if (typeof raw === "number") return finite(raw * scale, raw);
  if (isCellError(raw)) return { value: null, note: { kind: "excelError", text: raw.error } };
  if (typeof raw !== "string") return { value: null, note: { kind: "unreadable", text: describe(raw) } };

  const original = raw.trim();
  const half = toHalfWidth(original).trim();
  if (ZERO_WORDS.includes(half)) return { value: 0, note: { kind: "zeroWord", text: original } };

  const compact = removeSpaces(half);
  const withoutSeparators = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?/.test(compact) ? compact.replace(/,/g, "") : compact;
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(.*)$/.exec(withoutSeparators);
  if (!match) return { value: null, note: { kind: "unreadable", text: original } };

  const number = Number(match[1]);
  const unit = match[2];
  if (unit === "") {
    const tidy = withoutSeparators === original;
    return tidy ? finite(number * scale, original) : finite(number * scale, original, { kind: "untidy", text: original });
  }
  const factor = acceptedUnits(field).get(unit);
  if (factor === undefined) return { value: null, note: { kind: "unreadable", text: original } };
  // A unit written in the cell overrides the column's own unit for money (元 vs 万元).
  const value = field.type === "money" ? number * factor : number * scale;
  return finite(value, original, { kind: "untidy", text: original });
}

/**
 * NaN and ±Infinity cannot be held (the JSON contract forbids them): a NaN cell from a broken file, a number past
 * 1.8e308 after scaling, or hundreds of digits typed into a cell is unreadable, quoting what was there.
 */
function finite(value: number, shown: number | string, note?: ValueNote): ReadValue {
  if (!Number.isFinite(value)) return { value: null, note: { kind: "unreadable", text: String(shown) } };
  return note ? { value, note } : { value };
}

export function readCode(raw: CellValue): ReadValue {
  if (isBlank(raw)) return EMPTY;
  if (isCellError(raw)) return { value: null, note: { kind: "excelError", text: raw.error } };
  // Codes stored as numbers keep their digits; 10-digit codes are below 2^53, so they are exact. BigInt spells
  // out even a huge number digit by digit, where toFixed would switch to exponent form past 1e21.
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { value: null, note: { kind: "unreadable", text: String(raw) } };
    const digits = Number.isInteger(raw) ? BigInt(raw).toString() : String(raw);
    // A number cannot keep a leading 0, so nine digits are a ten-digit code Excel cut short: read with the 0 back
    // (it still matches the other sheets) and noted, so D08 asks for the cell to be made text.
    return /^\d{9}$/.test(digits) ? { value: `0${digits}`, note: { kind: "badCode", text: digits } } : { value: digits };
  }
  if (typeof raw !== "string") return { value: null, note: { kind: "unreadable", text: describe(raw) } };
  const code = removeSpaces(toHalfWidth(raw)).replace(/^'/, "");
  return code === "" ? EMPTY : { value: code };
}

export function readText(raw: CellValue): ReadValue {
  if (isBlank(raw)) return EMPTY;
  if (isCellError(raw)) return { value: null, note: { kind: "excelError", text: raw.error } };
  if (raw instanceof Date) {
    const day = isoDay(raw);
    return day === null ? { value: null, note: { kind: "unreadable", text: describe(raw) } } : { value: day };
  }
  const text = squeezeSpaces(String(raw));
  return text === "" ? EMPTY : { value: text };
}

export function readEnum(raw: CellValue, field: ColumnDef): ReadValue {
  const text = readText(raw);
  if (typeof text.value !== "string") return text;
  const key = removeSpaces(toHalfWidth(text.value));
  const allowed = field.values ?? [];
  if (allowed.includes(key)) return { value: key };
  const alias = field.valueAliases?.get(key);
  if (alias !== undefined) return { value: alias };
  return { value: null, note: { kind: "notAllowed", text: text.value } };
}

export function readValue(raw: CellValue, field: ColumnDef, scale = 1): ReadValue {
  switch (field.type) {
    case "code":
      return readCode(raw);
    case "text":
      return readText(raw);
    case "enum":
      return readEnum(raw, field);
    default:
      return readNumber(raw, field, scale);
  }
}
