/**
 * Turns recorded 说明 into finding states (docs/workbook-format.md §1.2, docs/method.md §7): a warning a 说明 matches is 已说明,
 * unless the cells it names hold other values than when it was written — then the warning is open again, with a
 * note saying what changed. Errors cannot be explained: a 说明 on one changes nothing and gets an E-01 note.
 */
import type { Finding } from "../findings";
import type { WorkbookGrid } from "../grid";
import { ruleById } from "../rules/registry";
import { cellSnapshot } from "./cellSnapshot";
import { cellList, type Explanation, type ExplanationRow } from "./explanationColumns";
import { E01 } from "../rules/explanationRules";
import { say } from "../rules/texts";
import { sentence } from "../rules/context";

/**
 * Same rule and school, and one of the finding's cells listed; a 说明 that lists no cell covers every finding of
 * that rule at that school (as users typing into the sheet by hand often write it).
 */
export function explains(e: Explanation, f: Finding): boolean {
  if (e.rule !== f.rule || e.schoolId !== (f.schoolId ?? "")) return false;
  const listed = cellList(e.cells);
  return listed.length === 0 || listed.some((c) => f.cells.includes(c));
}

/** The cells' values now, when they differ from those the 说明 was written for; null when still the same. */
function changedValue(e: Explanation, f: Finding, grid: WorkbookGrid): string | null {
  const cells = cellList(e.cells);
  if (!e.value || cells.length === 0 || !f.sheet) return null;
  const now = cellSnapshot(grid, f.sheet, cells);
  return now === null || now === e.value ? null : now;
}

function reopened(f: Finding, e: Explanation, now: string): Finding {
  const by = [e.author, e.date].filter(Boolean).join(" ");
  const note = `（原有说明${by ? `（${by}）` : ""}已失效：写说明时 ${e.value}，现在 ${now}；请核对数据，属实的重新填写说明）`;
  return { ...f, message: f.message + note };
}

function errorNote(e: ExplanationRow, f: Finding): Finding {
  const title = ruleById(f.rule)?.title;
  const message = sentence(say(E01, "E-01", { sheetName: e.sheet, rule: f.rule, title: title ?? "" }));
  return { rule: E01.id, severity: E01.severity, schoolId: f.schoolId, schoolName: f.schoolName, sheet: e.sheet, cells: [...e.at], ...message, explained: false };
}

/**
 * @returns the findings with explained warnings marked and reopened ones noted, in the same order, then the E-01
 * notes (one per 说明 row that names an error).
 */
export function applyExplanations(findings: readonly Finding[], explanations: readonly ExplanationRow[], grid: WorkbookGrid): Finding[] {
  if (explanations.length === 0) return [...findings];
  const onErrors = new Map<ExplanationRow, Finding>();
  const out = findings.map((f) => {
    if (f.severity === "info") return f;
    const matching = explanations.filter((e) => explains(e, f));
    if (matching.length === 0) return f;
    if (f.severity === "error") {
      for (const e of matching) if (!onErrors.has(e)) onErrors.set(e, f);
      return f;
    }
    const changes = matching.map((e) => changedValue(e, f, grid));
    if (changes.some((c) => c === null)) return { ...f, explained: true };
    return reopened(f, matching[0], changes[0] as string);
  });
  return [...out, ...[...onErrors].map(([e, f]) => errorNote(e, f))];
}
