import type ExcelJS from "exceljs";
import type { CellValue } from "../../domain/grid";

/**
 * A date cell whose serial is out of range (a corrupt file) reads as an invalid Date; the grid never carries one
 * (see WorkbookGrid), so it becomes the error Excel itself shows for such a date.
 */
function dateValue(date: Date): CellValue {
  return Number.isNaN(date.getTime()) ? { error: "#NUM!" } : date;
}

/** Turns an exceljs cell value into the domain's plain value: formulas give their cached result. */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateValue(value);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    // No cached result: the file was written by a program that does not calculate (Excel and WPS always save
    // one). Reading it as empty would hide the cell; its formula text makes the recogniser report it.
    if (result === undefined || result === null) return uncalculated(value);
    if (typeof result === "object" && result !== null && !(result instanceof Date) && "error" in result) {
      return { error: String((result as { error: unknown }).error) };
    }
    if (result instanceof Date) return dateValue(result);
    return result as CellValue;
  }
  if ("text" in value) return typeof value.text === "string" ? value.text : null;
  return null;
}

function uncalculated(value: ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue): string {
  const formula = "formula" in value && typeof value.formula === "string" ? value.formula : null;
  return formula ? `=${formula}` : "=（未计算的公式）";
}
