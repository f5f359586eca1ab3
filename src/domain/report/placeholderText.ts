/**
 * `{{名称}}` in template text: finding, normalising and replacing them. Users type these with a Chinese input
 * method, so full-width braces and dots (｛｛小学．结论｝｝), spaces inside the braces and Latin numerals in table
 * names (表III) are read as the names they mean; the user's own text around them is left exactly as typed.
 */
import type { CellValue } from "../grid";
import { isCellError } from "../grid";
import { removeSpaces, toHalfWidth } from "../text";

const PLACEHOLDER = /[{｛]{2}([^{}｛｝\n]+?)[}｝]{2}/g;

const ROMAN: Readonly<Record<string, string>> = { IV: "Ⅳ", III: "Ⅲ", II: "Ⅱ", I: "Ⅰ" };

export function normaliseName(raw: string): string {
  const name = removeSpaces(toHalfWidth(raw));
  return name.replace(/^表(IV|III|II|I)(?![A-Za-z])/, (_, numeral: string) => `表${ROMAN[numeral]}`);
}

/** The name when the text is one placeholder and nothing else (a table or paragraph anchor), else null. */
export function anchorName(text: string): string | null {
  const trimmed = text.trim();
  const match = /^[{｛]{2}([^{}｛｝\n]+?)[}｝]{2}$/.exec(trimmed);
  return match ? normaliseName(match[1]) : null;
}

export interface Replaced {
  readonly text: string;
  /** Placeholders with no value, as typed (kept in the text). */
  readonly unknown: readonly string[];
}

export function replacePlaceholders(text: string, values: Readonly<Record<string, string>>): Replaced {
  const unknown: string[] = [];
  const replaced = text.replace(PLACEHOLDER, (whole: string, raw: string) => {
    const name = normaliseName(raw);
    if (Object.prototype.hasOwnProperty.call(values, name)) return values[name];
    unknown.push(whole);
    return whole;
  });
  return { text: replaced, unknown };
}

/** Placeholders in a text whose names are not among `known`, as typed. */
export function unknownPlaceholders(text: string, known: ReadonlySet<string>): string[] {
  return [...text.matchAll(PLACEHOLDER)].filter((m) => !known.has(normaliseName(m[1]))).map((m) => m[0]);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A template cell as text, or null for an empty one. Numbers stay numbers (copied as they are); dates read as
 * the date the user sees, booleans and error values as Excel shows them.
 */
export function templateText(value: CellValue): string | null {
  if (value === null) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (isCellError(value)) return value.error;
  return String(value);
}
