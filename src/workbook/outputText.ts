/** How text of an output sheet is written, whichever library or part writes it. */

/** A sheet name as a reference quotes it: `'学生与班级'`, a quote inside doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Text that Excel would take for a formula once the cell is edited (=, +, -, @, and tab or carriage return in
 * front of them, per OWASP's CSV-injection guidance). The cell is a string in the file whatever it starts with;
 * the text format keeps it one when a user presses F2 and Enter on it.
 */
export function looksLikeFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13; // = + - @ tab CR
}

/** "&" starts a code in Excel page headers (&P page, &B bold …); a literal one is doubled. */
export function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}
