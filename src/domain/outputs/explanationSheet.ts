/**
 * Writing 审核说明 when a user records a 说明 from the pane or the web page. The sheet is user data: output sheets
 * never replace it; recording reads back the rows of the sheet it writes and adds or updates one.
 */
import type { Finding } from "../findings";
import type { WorkbookGrid } from "../grid";
import { printHeaderOf } from "./packNote";
import { outputSheetName, type OutputCell, type OutputSheet } from "./writePlan";
import { cellSnapshot } from "../explanations/cellSnapshot";
import { EXPLANATION_SCHEMA, EXPLANATION_SHEET, type Explanation } from "../explanations/explanationColumns";
import { columnWidths, headerCells, rowCells } from "../sheetSchema";
import { readExplanations } from "../explanations/readExplanations";

/** The name a 说明 is written under: 审核说明, or 审核说明(2) when a sheet of that name is the user's own. */
export function explanationSheetName(grid: WorkbookGrid): string {
  return outputSheetName(EXPLANATION_SHEET, grid.sheets.map((s) => s.name), grid.ownedSheets);
}

/** A 说明 for a finding, with the values its cells hold now in the workbook as read. */
export function explanationFor(finding: Finding, grid: WorkbookGrid, said: string, author: string, date: string): Explanation {
  const value = finding.sheet && finding.cells.length > 0 ? (cellSnapshot(grid, finding.sheet, finding.cells) ?? "") : "";
  return { rule: finding.rule, schoolId: finding.schoolId ?? "", cells: finding.cells.join("、"), text: said, author, date, value };
}

const sameTarget = (a: Explanation, b: Explanation) => a.rule === b.rule && a.schoolId === b.schoolId && a.cells === b.cells;

/** The rows of the sheet `name` with `added` in place of an earlier 说明 for the same finding, or after them. */
export function explanationRows(grid: WorkbookGrid, name: string, added: Explanation): Explanation[] {
  const rows: Explanation[] = readExplanations(grid)
    .filter((e) => e.sheet === name)
    .map(({ rule, schoolId, cells, text, author, date, value }) => ({ rule, schoolId, cells, text, author, date, value }));
  const at = rows.findIndex((e) => sameTarget(e, added));
  return at < 0 ? [...rows, added] : rows.map((e, i) => (i === at ? added : e));
}

export function explanationSheet(explanations: readonly Explanation[], meta: Readonly<Record<string, string>>, name: string): OutputSheet {
  const header: OutputCell[] = headerCells(EXPLANATION_SCHEMA);
  const rows: OutputCell[][] = explanations.map((e) =>
    rowCells(EXPLANATION_SCHEMA, { rule: { value: e.rule }, schoolId: { value: e.schoolId }, cells: { value: e.cells }, text: { value: e.text }, author: { value: e.author }, date: { value: e.date }, value: { value: e.value } }),
  );
  return {
    name,
    rows: [header, ...rows],
    columnWidths: columnWidths(EXPLANATION_SCHEMA),
    headerRow: 1,
    printHeader: printHeaderOf(meta),
  };
}
