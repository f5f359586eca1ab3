/**
 * Highlights whose colour follows the cell. Where a rule's condition can be written as an Excel formula — text
 * in a number cell (D01), a negative (D04), parts that do not add up to their total (312-01, 313-01, 422-02,
 * 422-03, 512-01, 512-02) — a host can paint the cell with a conditional format testing that formula, so the
 * colour goes the moment the value is fixed, without a new check. Every other rule stays painted until the next
 * check, as before.
 *
 * A condition is a template relative to the cell it paints: `{cell}` stands for that cell, `{row}` for its row
 * number, and columns other than `{cell}`'s are fixed ($C{row}). A conditional format's references are relative
 * to the top-left cell of its range, so one instantiated at a rectangle's top-left cell (`conditionAt`) is right
 * for every cell of the rectangle: a row-sum template tests each row's own parts and total.
 */
import { fieldDef } from "../fields/dictionary";
import type { FieldDef, FieldId } from "../fields/types";
import { parseCellAddress } from "../grid";
import type { Finding } from "../findings";
import type { RecognisedSheet, Register } from "../register";
import { DEFAULT_TOLERANCES } from "../rules/context";
import type { RuleId } from "../ruleIds";

const NUMERIC: ReadonlySet<FieldDef["type"]> = new Set(["count", "area", "money"]);

interface SumRule {
  /** Which of the finding's fields is the total the others must add up to. */
  readonly isTotal: (fieldId: string) => boolean;
  readonly tolerance: number;
}

const stageTotal: SumRule = { isTotal: (id) => /^(primary|junior)\.total$/.test(id), tolerance: DEFAULT_TOLERANCES.count };
const teachers: SumRule = { isTotal: (id) => id.endsWith(".fullTime"), tolerance: DEFAULT_TOLERANCES.count };

const SUM_RULES: Readonly<Partial<Record<RuleId, SumRule>>> = {
  "312-01": stageTotal,
  "313-01": stageTotal,
  "422-02": teachers,
  "422-03": teachers,
  "512-01": { isTotal: (id) => id === "teaching.total", tolerance: DEFAULT_TOLERANCES.area },
  "512-02": { isTotal: (id) => id === "totalArea", tolerance: DEFAULT_TOLERANCES.area },
};

/** A finding's cells with the register column each is in; null when a cell is outside the recognised columns. */
function columnsOf(finding: Finding, sheet: RecognisedSheet): { letter: string; fieldId: FieldId; scale: number }[] | null {
  const byLetter = new Map(sheet.columns.map((c) => [c.letter, c]));
  const out: { letter: string; fieldId: FieldId; scale: number }[] = [];
  for (const cell of finding.cells) {
    const column = byLetter.get(/^[A-Z]+/.exec(cell)?.[0] ?? "");
    if (!column) return null;
    out.push({ letter: column.letter, fieldId: column.fieldId, scale: column.scale });
  }
  return out;
}

function sumTemplate(rule: SumRule, columns: { letter: string; fieldId: FieldId; scale: number }[]): string | null {
  // A column read in another unit (万元 as 元) would need its factor in the formula; such rows stay static.
  if (columns.some((c) => c.scale !== 1)) return null;
  const totals = columns.filter((c) => rule.isTotal(c.fieldId));
  const parts = columns.filter((c) => !rule.isTotal(c.fieldId));
  if (totals.length !== 1 || parts.length === 0) return null;
  const ref = (letter: string) => `$${letter}{row}`;
  return `ABS(SUM(${parts.map((p) => ref(p.letter)).join(",")})-${ref(totals[0].letter)})>${rule.tolerance}`;
}

/** The condition template of a finding, or null when its colour cannot follow the cell. */
export function liveTemplate(finding: Finding, register: Register): string | null {
  if (finding.sheet === null || finding.cells.length === 0) return null;
  const sheet = Object.values(register.sheets).find((s) => s?.name === finding.sheet);
  if (!sheet) return null;
  const columns = columnsOf(finding, sheet);
  if (!columns) return null;
  const single = columns.length === 1 && columns[0].scale === 1 && NUMERIC.has(fieldDef(sheet.id, columns[0].fieldId).type);
  if (finding.rule === "D01") return single ? "ISTEXT({cell})" : null;
  if (finding.rule === "D04") return single ? "AND(ISNUMBER({cell}),{cell}<0)" : null;
  const sum = SUM_RULES[finding.rule];
  return sum ? sumTemplate(sum, columns) : null;
}

/** The condition for a range whose top-left cell is `anchor` (A1). */
export function conditionAt(template: string, anchor: string): string {
  const { row } = parseCellAddress(anchor);
  return template.replace(/\{cell\}/g, anchor).replace(/\{row\}/g, String(row + 1));
}
