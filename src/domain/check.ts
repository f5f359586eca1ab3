/** One checking run over a workbook: recognise → validate, with the counts users see first. */
import { parseCellAddress, type WorkbookGrid } from "./grid";
import { countBySeverity, SEVERITIES, type Finding, type Severity } from "./findings";
import type { Register } from "./register";
import { recogniseRegister } from "./recognise/register";
import { validateRegister } from "./validate";

export interface CheckSummary {
  readonly schools: number;
  /** School stages with students (小学部 / 初中部); the evaluation refines who counts. */
  readonly units: number;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export interface CheckRun {
  readonly register: Register;
  readonly findings: readonly Finding[];
  /** 填报说明 merged with options given by the caller (command-line options win). */
  readonly meta: Readonly<Record<string, string>>;
  readonly summary: CheckSummary;
}

const severityOrder = (s: Severity) => SEVERITIES.indexOf(s);

/** Cells in reading order: by row, then by column. */
function sortCells(cells: readonly string[]): string[] {
  const key = (a: string) => {
    const { row, col } = parseCellAddress(a);
    return row * 100000 + col;
  };
  return [...cells].sort((a, b) => key(a) - key(b));
}

/** Errors first, then by school, rule and cell, so each school's problems stand together. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => ({ ...f, cells: sortCells(f.cells) })).sort(
    (a, b) =>
      severityOrder(a.severity) - severityOrder(b.severity) ||
      (a.schoolId ?? "~").localeCompare(b.schoolId ?? "~") ||
      a.rule.localeCompare(b.rule) ||
      (a.cells[0] ?? "").localeCompare(b.cells[0] ?? ""),
  );
}

function countStageParts(register: Register): number {
  let units = 0;
  for (const row of register.sheets.students?.rows ?? []) {
    for (const stage of ["primary", "junior"]) {
      const v = row.fields[`${stage}.total`]?.value;
      if (typeof v === "number" && v > 0) units += 1;
    }
  }
  return units;
}

export function runCheck(workbook: WorkbookGrid, metaOverrides: Readonly<Record<string, string>> = {}): CheckRun {
  const register = recogniseRegister(workbook);
  const findings = sortFindings(validateRegister(register));
  const schools = new Set((register.sheets.schools?.rows ?? []).flatMap((r) => (r.key ? [r.key] : []))).size;
  return {
    register,
    findings,
    meta: { ...register.meta, ...metaOverrides },
    summary: { schools, units: countStageParts(register), ...countBySeverity(findings) },
  };
}
