/**
 * Scores a trainee's corrected practice register against its answer key, by the truth: a seeded error is fixed
 * only when every cell it changed holds its original value again. An error no longer reported although its
 * cells still differ was "fixed" elsewhere (改错位置: e.g. raising 合计 to match an inflated 二年级); findings
 * that match no error still seeded are new problems the trainee introduced. Pure.
 */
import type { Finding } from "../findings";
import { cellAt, isCellError, parseCellAddress, type CellValue, type WorkbookGrid } from "../grid";
import type { PlantedValue, PracticeKey, PracticeKeyEntry } from "./practiceRegister";

export type Outcome = "fixed" | "missed" | "wrongFix";

/** A seeded cell that does not hold its original value. */
export interface Unrestored {
  readonly cell: string;
  readonly original: PlantedValue;
  readonly actual: CellValue;
}

export interface EntryResult {
  readonly entry: PracticeKeyEntry;
  readonly outcome: Outcome;
  readonly unrestored: readonly Unrestored[];
}

export interface Scoreboard {
  readonly results: readonly EntryResult[];
  /** Seeded errors whose cells hold their original values again. */
  readonly fixed: readonly PracticeKeyEntry[];
  /** Seeded errors still reported. */
  readonly missed: readonly PracticeKeyEntry[];
  /** Seeded errors no longer reported, but their cells were not given back their original values. */
  readonly wrongFix: readonly PracticeKeyEntry[];
  /** Error and warning findings that are not a seeded error still there: problems the trainee introduced. */
  readonly introduced: readonly Finding[];
  /** One line in Chinese, e.g. 已改正 6/8 处，改错位置 1 处，未改正 1 处，新引入问题 1 处. */
  readonly text: string;
}

/** A finding or an answer-key entry (whose rule is read from JSON, so any text). */
type Located = Pick<Finding, "schoolId" | "sheet" | "cells"> & { readonly rule: string };

export function sameProblem(a: Located, b: Located): boolean {
  if (a.rule !== b.rule || (a.schoolId ?? null) !== (b.schoolId ?? null) || a.sheet !== b.sheet) return false;
  if (a.cells.length === 0 && b.cells.length === 0) return true;
  return a.cells.some((cell) => b.cells.includes(cell));
}

const PLAIN_NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/** Whether a cell holds the original value: numbers as numbers (also typed as plain text), text trimmed, blank as blank. */
export function holdsOriginal(original: PlantedValue, actual: CellValue): boolean {
  if (original === null) return actual === null || (typeof actual === "string" && actual.trim() === "");
  if (typeof original === "number") {
    const n = typeof actual === "number" ? actual : typeof actual === "string" && PLAIN_NUMBER.test(actual) ? Number(actual) : null;
    return n !== null && Math.abs(n - original) <= 1e-9 * Math.max(1, Math.abs(original));
  }
  if (typeof original === "string") return typeof actual === "string" && actual.trim() === original.trim();
  return isCellError(actual) && actual.error === original.error;
}

function valueAt(grid: WorkbookGrid, sheetName: string, cell: string): CellValue {
  const sheet = grid.sheets.find((s) => s.name === sheetName);
  if (!sheet) return null;
  const { row, col } = parseCellAddress(cell);
  return cellAt(sheet, row, col);
}

function resultOf(entry: PracticeKeyEntry, problems: readonly Finding[], grid: WorkbookGrid): EntryResult {
  const reported = problems.some((f) => sameProblem(entry, f));
  // A key without recorded changes (version 1) can only be scored by its finding.
  if (!entry.changes) return { entry, outcome: reported ? "missed" : "fixed", unrestored: [] };
  const unrestored = entry.changes
    .map((c) => ({ cell: c.cell, original: c.original, actual: valueAt(grid, entry.sheet, c.cell) }))
    .filter((c) => !holdsOriginal(c.original, c.actual));
  const outcome: Outcome = unrestored.length === 0 ? "fixed" : reported ? "missed" : "wrongFix";
  return { entry, outcome, unrestored };
}

export function scoreboard(key: PracticeKey, findings: readonly Finding[], grid: WorkbookGrid): Scoreboard {
  const problems = findings.filter((f) => f.severity === "error" || f.severity === "warning");
  const results = key.errors.map((entry) => resultOf(entry, problems, grid));
  const of = (outcome: Outcome) => results.filter((r) => r.outcome === outcome).map((r) => r.entry);
  const missed = of("missed");
  const introduced = problems.filter((f) => !missed.some((entry) => sameProblem(entry, f)));
  const fixed = of("fixed");
  const wrongFix = of("wrongFix");
  const text = `已改正 ${fixed.length}/${key.errors.length} 处，改错位置 ${wrongFix.length} 处，未改正 ${missed.length} 处，新引入问题 ${introduced.length} 处`;
  return { results, fixed, missed, wrongFix, introduced, text };
}

/** A cell value as a trainer reads it on the scoreboard. */
export function shownValue(value: CellValue): string {
  if (value === null) return "（空）";
  if (isCellError(value)) return value.error;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === "string" ? `「${value}」` : String(value);
}

/** One part of the scoreboard in words: what was fixed, what is still reported, what was fixed elsewhere, what is new. */
export interface ScoreSection {
  readonly kind: "fixed" | "missed" | "wrongFix" | "introduced";
  readonly title: string;
  readonly lines: readonly string[];
}

/** The scoreboard's non-empty parts as Chinese lines, for the CLI and the web page alike. */
export function scoreSections(board: Scoreboard, findings: readonly Finding[]): ScoreSection[] {
  const where = (e: PracticeKeyEntry) => {
    const school = findings.find((f) => sameProblem(e, f))?.schoolName;
    return `[${e.rule}] ${school ? `${school} ` : ""}${e.sheet}!${e.cells.join(",")}`;
  };
  const stillWrong = (r: EntryResult) => r.unrestored.map((c) => `${c.cell} 应为 ${shownValue(c.original)}，现为 ${shownValue(c.actual)}`).join("；");
  const linesOf = (outcome: Outcome, line: (r: EntryResult) => string) => board.results.filter((r) => r.outcome === outcome).map(line);
  const sections: ScoreSection[] = [
    { kind: "fixed", title: "已改正", lines: linesOf("fixed", (r) => `[${r.entry.rule}] ${r.entry.sheet}!${r.entry.cells.join(",")}：${r.entry.description}`) },
    { kind: "missed", title: "未改正（仍被审核发现）", lines: linesOf("missed", (r) => where(r.entry)) },
    {
      kind: "wrongFix",
      title: "改错位置（问题不再报出，但埋错的单元格没有改回正确的值）",
      lines: linesOf("wrongFix", (r) => `[${r.entry.rule}] ${r.entry.sheet}!${stillWrong(r)}`),
    },
    {
      kind: "introduced",
      title: "新引入的问题（原练习表中没有）",
      lines: board.introduced.map((f) => `[${f.rule}] ${f.schoolName ?? ""} ${f.sheet ?? ""}!${f.cells.join(",")}：${f.message}`),
    },
  ];
  return sections.filter((section) => section.lines.length > 0);
}
