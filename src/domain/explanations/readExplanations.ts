/**
 * Reads every 说明 in the workbook: from 审核说明 (whether Junheng wrote it or the user made it by hand) and from the
 * 审核说明(2) … Junheng writes beside a user's own sheet. Each sheet's header row is found wherever it is; columns
 * may be in any order, and rows without a rule are skipped.
 */
import { cellAddress, isCellError, type CellValue, type SheetGrid, type WorkbookGrid } from "../grid";
import { toHalfWidth } from "../text";
import { EXPLANATION_COLUMNS, isExplanationSheetName, type ExplanationRow } from "./explanationColumns";

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return "";
  // Dates typed in 日期 come back as UTC midnight of the day.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

function sheetExplanations(sheet: SheetGrid): ExplanationRow[] {
  const headerIndex = sheet.rows.findIndex((row) => row.some((v) => text(v) === "规则") && row.some((v) => text(v) === "说明"));
  if (headerIndex < 0) return [];
  const header = sheet.rows[headerIndex].map(text);
  const cols = EXPLANATION_COLUMNS.map((name) => header.indexOf(name));
  const out: ExplanationRow[] = [];
  sheet.rows.forEach((row, r) => {
    if (r <= headerIndex) return;
    const [ruleText, schoolText, cells, said, author, date, value] = cols.map((c) => (c < 0 ? "" : text(row[c])));
    // Copied from 审核结果, the rule comes with its title and the school with its name around the code.
    const rule = toHalfWidth(ruleText).split(/\s+/)[0];
    const schoolId = /\d{10}/.exec(schoolText)?.[0] ?? schoolText;
    if (!rule) return;
    const at = [cols[0], cols[3]].filter((c) => c >= 0).map((c) => cellAddress(r, c));
    out.push({ rule, schoolId, cells, text: said, author, date, value, sheet: sheet.name, at });
  });
  return out;
}

export function readExplanations(grid: WorkbookGrid): ExplanationRow[] {
  return grid.sheets.filter((s) => isExplanationSheetName(s.name)).flatMap(sheetExplanations);
}
