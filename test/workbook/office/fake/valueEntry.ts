/**
 * What Excel makes of a value written through Range.values, as if typed: a string becomes a formula, a number,
 * a boolean or a date when it looks like one — unless the cell is formatted as text ("@") or the string starts
 * with an apostrophe. The fake cannot calculate, so a formula's value is #NAME?; either way it is not the text.
 */
import type { CellState } from "./state";

const DAY_MS = 86_400_000;

function serialOf(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / DAY_MS;
}

function setValue(cell: CellState, value: CellState["value"], type: CellState["type"], formula: string | null = null): void {
  cell.value = value;
  cell.type = type;
  cell.formula = formula;
}

export function enterValue(cell: CellState, input: unknown): void {
  // Office.js leaves a cell alone when its entry in the matrix is null.
  if (input === null || input === undefined) return;
  if (typeof input === "number") return setValue(cell, input, "Double");
  if (typeof input === "boolean") return setValue(cell, input, "Boolean");
  const text = String(input);
  if (text === "") return setValue(cell, null, "Empty");
  if (cell.numberFormat === "@") return setValue(cell, text, "String");
  if (text.startsWith("'")) return setValue(cell, text.slice(1), "String");
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) return setValue(cell, Number(text), "Double");
  const percent = /^([+-]?\d+(\.\d+)?)%$/.exec(text.trim());
  if (percent) {
    if (cell.numberFormat === "General") cell.numberFormat = "0%";
    return setValue(cell, Number(percent[1]) / 100, "Double");
  }
  if (/^(true|false)$/i.test(text.trim())) return setValue(cell, /^true$/i.test(text.trim()), "Boolean");
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text.trim());
  if (date) {
    if (cell.numberFormat === "General") cell.numberFormat = "yyyy-mm-dd";
    return setValue(cell, serialOf(+date[1], +date[2], +date[3]), "Double");
  }
  if (text.length > 1 && /^[=+\-@]/.test(text)) return setValue(cell, "#NAME?", "Error", text.startsWith("=") ? text : `=${text}`);
  setValue(cell, text, "String");
}
