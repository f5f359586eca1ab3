/** How the pane shows numbers: as the output sheets do (packNote.indicatorFormat), so pane and sheets agree. */
import { groupDigits } from "../../domain/evaluation/formulas";
import { indicatorFormat, isPerStudentRatio, perStudentRatio } from "../../domain/outputs/packNote";
import { indicatorName, isFractionUnit } from "../../domain/packs/indicatorNames";

const DASH = "—";

function decimalsOf(format: string): number {
  const dot = format.indexOf(".");
  if (dot < 0) return 0;
  return format.slice(dot + 1).replace(/[^0]/g, "").length;
}

/** 0.98 → 98.0%, 621.93 元 → 622, 4.24 ㎡ → 4.24; B6–B8 as 1 : n. No unit; null → —. */
export function formatIndicator(id: string, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  if (isPerStudentRatio(id)) return perStudentRatio(value) ?? value.toFixed(4);
  const format = indicatorFormat(id);
  const decimals = decimalsOf(format);
  if (format.endsWith("%")) return `${(value * 100).toFixed(decimals)}%`;
  return groupDigits(Number(value.toFixed(decimals)));
}

/** The unit shown after a value, or "" for rates (shown as %) and ratios (shown as 1 : n). */
export function unitOf(id: string): string {
  const { unit } = indicatorName(id);
  return isFractionUnit(unit) || isPerStudentRatio(id) ? "" : unit;
}

export function withUnit(id: string, value: number | null | undefined): string {
  const text = formatIndicator(id, value);
  const unit = unitOf(id);
  return text === DASH || !unit ? text : `${text} ${unit}`;
}

/** Difference coefficients to three decimals, as published. */
export function formatCoefficient(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? DASH : value.toFixed(3);
}

export function formatPercent(value: number | null | undefined, decimals = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? DASH : `${(value * 100).toFixed(decimals)}%`;
}

/** A gap in physical units, 792 册, 49.98 ㎡; null → —. */
export function formatAmount(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return DASH;
  const text = groupDigits(Number(value.toFixed(2)));
  return unit ? `${text} ${unit}` : text;
}

/** `学生与班级!S4`, or the sheet alone, or "". */
export function cellRef(sheet: string | null, cell: string | undefined): string {
  if (!sheet) return "";
  return cell ? `${sheet}!${cell}` : sheet;
}
