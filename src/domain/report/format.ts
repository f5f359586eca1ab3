/**
 * Numbers as the published report prints them (docs/method.md §4, §9): coefficients to 3 decimals, rates as percentages,
 * areas to 2 decimals, money in whole 元 with digit groups ("12 345"), B6–B8 as per-student ratios. The report holds
 * text, not numbers: it is read and printed, and the unrounded values stay in 指标计算 and 差异系数.
 */
import { indicatorName, isFractionUnit } from "../packs/indicatorNames";

/** Shown where a figure cannot be computed, instead of NaN or an empty cell a reader would take for 0. */
export const NO_VALUE = "—";

/** `toFixed` without "-0.00" for values that round to 0. */
export function fixed(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** Digit groups of three separated by a space, as published tables and the 整改清单 write amounts. */
export function grouped(value: number, decimals = 0): string {
  const [whole, fraction] = fixed(value, decimals).split(".");
  const groupedWhole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fraction ? `${groupedWhole}.${fraction}` : groupedWhole;
}

export function cvText(cv: number | null | undefined): string {
  return cv === null || cv === undefined || !Number.isFinite(cv) ? NO_VALUE : fixed(cv, 3);
}

/** 0.99237 → "99.24%"; enrolment rates need two decimals to compare with 99.5 %, shares one. */
export function percentText(fraction: number, decimals = 1): string {
  return `${fixed(fraction * 100, decimals)}%`;
}

/** Rates in sentences, trailing zeros dropped: 99.24%, 100%, 0.6% — as targets and published rates are written. */
export function ratePercent(fraction: number, decimals = 2): string {
  return `${Number((fraction * 100).toFixed(decimals))}%`;
}

/** A number as the pack or the user wrote it (5.1, 365, 2 000): float noise removed, no padding zeros. */
export function plainNumber(value: number): string {
  const clean = Number(value.toFixed(6));
  const decimals = (String(clean).split(".")[1] ?? "").length;
  return grouped(clean, decimals);
}

/** B6–B8 are teachers per student; published tables print them as ratios (0.0541 = 1 : 18.5). */
export function isPerStudent(id: string): boolean {
  return indicatorName(id).unit === "人/生";
}

/** Students per staff member (S8) and per class (S10): one decimal, as "1 : 18.5" and "45.3" are printed. */
const ONE_DECIMAL = new Set(["S8", "S10"]);

/** An indicator's value in its own unit, without the unit (tables name it in the header). */
export function indicatorText(id: string, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  const { unit } = indicatorName(id);
  if (isFractionUnit(unit)) return percentText(value, 1);
  if (isPerStudent(id)) return fixed(value, 4);
  if (unit === "元") return grouped(value, 0);
  if (ONE_DECIMAL.has(id)) return grouped(value, 1);
  return grouped(value, 2);
}

/** A threshold as the standard writes it: 5.1, 365, 98%; an empty one is not judged. */
export function standardText(id: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return "未设定";
  return isFractionUnit(indicatorName(id).unit) ? `${plainNumber(value * 100)}%` : plainNumber(value);
}

/**
 * For sentences: the value with its unit ("292 元", "19 册", "4.59 ㎡", "1 : 18.5", "98.0%", "0.0541（1 : 18.5）").
 * Tables keep their fixed decimals for alignment; a sentence drops trailing zeros ("19.00 册" reads as a typo).
 */
export function indicatorWithUnit(id: string, value: number | null | undefined, asStandard = false): string {
  const fixedText = asStandard ? standardText(id, value) : indicatorText(id, value);
  const text = isPerStudent(id) || isFractionUnit(indicatorName(id).unit) ? fixedText : fixedText.replace(/\.(\d*?)0+$/, (_, kept: string) => (kept ? `.${kept}` : ""));
  if (text === NO_VALUE || text === "未设定") return text;
  const { unit } = indicatorName(id);
  if (id === "S8") return `1 : ${text}`;
  if (isFractionUnit(unit)) return text;
  if (isPerStudent(id)) return value && value > 0 ? `${text}（1 : ${fixed(1 / value, 1)}）` : text;
  return unit ? `${text} ${unit}` : text;
}

/** The column header of an indicator: `S6 生均图书册数（册）`; names that carry their own unit keep it. */
export function indicatorLabel(id: string): string {
  const { name, unit } = indicatorName(id);
  if (name.endsWith("）") || !unit) return `${id} ${name}`;
  if (isFractionUnit(unit)) return `${id} ${name}（%）`;
  return `${id} ${name}（${unit}）`;
}

/** 乡, 镇 or 街道, from the township's name, so sentences say 全乡 / 全镇 as the township calls itself. */
export function townshipWord(meta: Readonly<Record<string, string>>): string {
  const name = (meta["乡镇"] ?? "").replace(/[（(][^）)]*[）)]\s*$/, "").trim();
  if (name.endsWith("街道")) return "街道";
  return name.endsWith("镇") ? "镇" : "乡";
}

const DIGITS = "零一二三四五六七八九";

/** 1 → 一, 12 → 十二, 23 → 二十三: ordinals of the numbered measures in 五、整改措施. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}
