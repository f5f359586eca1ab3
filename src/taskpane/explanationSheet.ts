/**
 * The 审核说明 sheet (workbook.md §1.2): one row per explanation a user recorded for a warning — 规则, 学校标识码,
 * 单元格, 说明, 填写人, 日期. Junheng writes it whole each time, with every row read back from the workbook plus the
 * new one, so nothing a user typed there is lost.
 *
 * The engine does not read this sheet yet (runCheck reports every finding with explained = false); until it does,
 * the pane marks matching warnings 已说明 itself with `applyExplanations`.
 */
import type { CheckRun } from "../domain/check";
import type { Finding } from "../domain/findings";
import { isCellError, type CellValue, type SheetGrid, type WorkbookGrid } from "../domain/grid";
import { printHeaderOf } from "../domain/outputs/packNote";
import { outputSheetName, type OutputCell, type OutputSheet } from "../domain/outputs/writePlan";

export const EXPLANATION_SHEET = "审核说明";
export const EXPLANATION_COLUMNS = ["规则", "学校标识码", "单元格", "说明", "填写人", "日期"] as const;

export interface Explanation {
  readonly rule: string;
  readonly schoolId: string;
  /** A1 addresses joined with 、, as the 审核结果 sheet lists them. */
  readonly cells: string;
  readonly text: string;
  readonly author: string;
  /** YYYY-MM-DD. */
  readonly date: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return "";
  if (value instanceof Date) return isoDate(value);
  return String(value).trim();
}

/** The name the sheet is written under: 审核说明, or 审核说明(2) when a sheet of that name is the user's own. */
export function explanationSheetName(grid: WorkbookGrid): string {
  return outputSheetName(EXPLANATION_SHEET, grid.sheets.map((s) => s.name), grid.ownedSheets);
}

/** The sheet the explanations are read from: the one Junheng writes, else a user's own 审核说明. */
function sourceSheet(grid: WorkbookGrid): SheetGrid | undefined {
  const byName = (name: string) => grid.sheets.find((s) => s.name.trim() === name);
  return byName(explanationSheetName(grid)) ?? byName(EXPLANATION_SHEET);
}

/** Every explanation in the workbook, found under the header row wherever it is; rows without a rule are skipped. */
export function readExplanations(grid: WorkbookGrid): Explanation[] {
  const sheet = sourceSheet(grid);
  if (!sheet) return [];
  const headerIndex = sheet.rows.findIndex((row) => row.some((v) => text(v) === "规则") && row.some((v) => text(v) === "说明"));
  if (headerIndex < 0) return [];
  const header = sheet.rows[headerIndex].map(text);
  const column = (name: string) => header.indexOf(name);
  const cols = EXPLANATION_COLUMNS.map(column);
  const out: Explanation[] = [];
  for (const row of sheet.rows.slice(headerIndex + 1)) {
    const [rule, schoolId, cells, said, author, date] = cols.map((c) => (c < 0 ? "" : text(row[c])));
    if (!rule) continue;
    out.push({ rule, schoolId, cells, text: said, author, date });
  }
  return out;
}

function cellList(cells: string): string[] {
  return cells.split(/[、,，\s]+/).filter(Boolean);
}

export function explanationFor(finding: Finding, said: string, author: string, date: string): Explanation {
  return { rule: finding.rule, schoolId: finding.schoolId ?? "", cells: finding.cells.join("、"), text: said, author, date };
}

/** A warning is explained by a row of the same rule and school that names one of its cells (or, without cells, none). */
export function explains(e: Explanation, f: Finding): boolean {
  if (f.severity !== "warning" || e.rule !== f.rule || e.schoolId !== (f.schoolId ?? "")) return false;
  const listed = cellList(e.cells);
  return f.cells.length === 0 ? listed.length === 0 : listed.some((c) => f.cells.includes(c));
}

/** The run with every warning that an explanation matches marked 已说明; counts stay as the engine gave them. */
export function applyExplanations(run: CheckRun, explanations: readonly Explanation[]): CheckRun {
  if (explanations.length === 0) return run;
  let changed = false;
  const findings = run.findings.map((f) => {
    if (f.explained || !explanations.some((e) => explains(e, f))) return f;
    changed = true;
    return { ...f, explained: true };
  });
  return changed ? { ...run, findings } : run;
}

export function explanationSheet(explanations: readonly Explanation[], meta: Readonly<Record<string, string>>, name: string): OutputSheet {
  const header: OutputCell[] = EXPLANATION_COLUMNS.map((value) => ({ value, style: "header" }));
  const rows: OutputCell[][] = explanations.map((e) => [e.rule, e.schoolId, e.cells, e.text, e.author, e.date].map((value): OutputCell => ({ value })));
  return {
    name,
    rows: [header, ...rows],
    columnWidths: [10, 14, 16, 60, 10, 12],
    headerRow: 1,
    printHeader: printHeaderOf(meta),
  };
}
