/**
 * Reads every 说明 in the workbook: from 审核说明 (whether Junheng wrote it or the user made it by hand) and from the
 * 审核说明(2) … Junheng writes beside a user's own sheet. Each sheet's header row is found wherever it is; columns
 * may be in any order, and rows without a rule are skipped.
 */
import { cellAddress, type SheetGrid, type WorkbookGrid } from "../grid";
import { findColumns, readRow, type PlacesOf } from "../sheetSchema";
import { toHalfWidth } from "../text";
import { EXPLANATION_SCHEMA, isExplanationSheetName, type ExplanationRow } from "./explanationColumns";

function sheetExplanations(sheet: SheetGrid): ExplanationRow[] {
  let headerIndex = -1;
  let cols: PlacesOf<typeof EXPLANATION_SCHEMA> | null = null;
  for (let r = 0; r < sheet.rows.length && !cols; r++) {
    cols = findColumns(EXPLANATION_SCHEMA, sheet.rows[r], ["rule", "text"]);
    headerIndex = r;
  }
  if (!cols) return [];
  const places = cols;
  const out: ExplanationRow[] = [];
  sheet.rows.forEach((row, r) => {
    if (r <= headerIndex) return;
    const { rule: ruleText, schoolId: schoolText, cells, text: said, author, date, value } = readRow(EXPLANATION_SCHEMA, row, places);
    // Copied from 审核结果, the rule comes with its title and the school with its name around the code.
    const rule = toHalfWidth(ruleText).split(/\s+/)[0];
    const schoolId = /\d{10}/.exec(schoolText)?.[0] ?? schoolText;
    if (!rule) return;
    const at = [places.rule, places.text].filter((c) => c >= 0).map((c) => cellAddress(r, c));
    out.push({ rule, schoolId, cells, text: said, author, date, value, sheet: sheet.name, at });
  });
  return out;
}

export function readExplanations(grid: WorkbookGrid): ExplanationRow[] {
  return grid.sheets.filter((s) => isExplanationSheetName(s.name)).flatMap(sheetExplanations);
}
