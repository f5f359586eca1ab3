/**
 * Reads back a 考核自查 sheet written earlier: what users typed for the manual (手填) items. A typed value that
 * cannot be used is not guessed at; it is left out (the item stays 待填, or without a score) and reported as a
 * problem naming the cell, which runCheck turns into a C-01 finding.
 */
import { cellAddress, isCellError, type CellValue, type SheetGrid } from "../grid";
import type { ChecklistItem, RulePack } from "../packs/schema";
import { removeSpaces, toHalfWidth } from "../text";
import { EVIDENCE_HEADER, KEY_HEADER, MANUAL_LABEL, SCORE_HEADER, STATUS_HEADER, TYPE_HEADER } from "./checklistColumns";
import { statusesOf, type ChecklistStatus, type ManualEntry } from "./types";
import type { Said } from "../findings";
import { say } from "../rules/texts";
import { C01 } from "../rules/checklistRules";

export interface ChecklistSheetProblem {
  /** A1 address on the sheet. */
  readonly cell: string;
  /** The C-01 sentence, with its parameters. */
  readonly message: Said<"C-01">;
}

export interface ChecklistSheetReading {
  /** By item id. */
  readonly entries: Map<string, ManualEntry>;
  readonly problems: readonly ChecklistSheetProblem[];
}

const ALL_STATUSES: readonly ChecklistStatus[] = [...new Set([...statusesOf("assessment"), ...statusesOf("veto")])];

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

interface Columns {
  readonly key: number;
  readonly type: number;
  readonly status: number;
  readonly evidence: number;
  readonly score: number;
  readonly title: number;
}

/** The columns of a header row, or null when the row is not one (it needs 状态 and the key column). */
function headerColumns(row: readonly CellValue[]): Columns | null {
  const labels = row.map((v) => cellText(v));
  const at = (label: string) => labels.indexOf(label);
  const columns = { key: at(KEY_HEADER), type: at(TYPE_HEADER), status: at(STATUS_HEADER), evidence: at(EVIDENCE_HEADER), score: at(SCORE_HEADER), title: at("项目") };
  return columns.key < 0 || columns.status < 0 ? null : columns;
}

/** Why a typed entry cannot be used: the parameters of its C-01 sentence (rules/checklistRules.ts), less the item's title. */
type Reason = { problem: "status" | "scoreNotScored" | "scoreNaN" | "scoreNegative" | "scoreRange"; text: string; kind: "veto" | "assessment" | ""; allowed: string; max: number | "" };
type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Reason };

function parseStatus(raw: string, item: ChecklistItem | undefined): Parsed<ChecklistStatus | null> {
  const text = removeSpaces(toHalfWidth(raw));
  if (text === "") return { ok: true, value: null };
  const allowed = item ? statusesOf(item.kind) : ALL_STATUSES;
  const found = allowed.find((s) => s === text);
  if (found) return { ok: true, value: found };
  const kind = item?.kind === "veto" ? "veto" : item ? "assessment" : "";
  return { ok: false, reason: { problem: "status", text: raw, kind, allowed: allowed.join(","), max: "" } };
}

/** Accepts 8, ８, "8分"; the score must lie within 0 … full marks. */
function parseScore(raw: CellValue | undefined, item: ChecklistItem | undefined): Parsed<number | null> {
  const text = cellText(raw);
  if (text === "") return { ok: true, value: null };
  const reason = (problem: Reason["problem"], shown: string, max: number | "" = ""): Parsed<number | null> => ({ ok: false, reason: { problem, text: shown, kind: "", allowed: "", max } });
  if (item && item.maxScore === null) return reason("scoreNotScored", text);
  const match = typeof raw === "number" ? null : /^([+-]?\d+(?:\.\d+)?)分?$/.exec(removeSpaces(toHalfWidth(text)));
  const value = typeof raw === "number" ? raw : match ? Number(match[1]) : NaN;
  if (!Number.isFinite(value)) return reason("scoreNaN", text);
  const max = item?.maxScore ?? null;
  if (value < 0 || (max !== null && value > max)) {
    return max === null ? reason("scoreNegative", String(value)) : reason("scoreRange", String(value), max);
  }
  return { ok: true, value };
}

/**
 * @param pack the run's pack: statuses are checked against each item's kind and scores against its full marks;
 * rows of items the pack no longer has are skipped. Without it any status and any score ≥ 0 is accepted.
 * Only rows marked 手填 are read (computed rows are regenerated); rows without an id and deleted columns are skipped.
 */
export function readChecklistSheet(sheet: SheetGrid, pack?: Pick<RulePack, "checklist">): ChecklistSheetReading {
  const entries = new Map<string, ManualEntry>();
  const problems: ChecklistSheetProblem[] = [];
  let columns: Columns | null = null;
  sheet.rows.forEach((row, r) => {
    const header = headerColumns(row);
    if (header) {
      columns = header;
      return;
    }
    if (!columns) return;
    const c: Columns = columns;
    const id = cellText(row[c.key]);
    const item = pack?.checklist.find((i) => i.id === id);
    if (!id || (pack && !item)) return;
    if (c.type >= 0 && !cellText(row[c.type]).startsWith(MANUAL_LABEL)) return;
    const title = item?.title ?? (c.title >= 0 ? cellText(row[c.title]) : id);
    const use = <T>(parsed: Parsed<T>, col: number, fallback: T): T => {
      if (parsed.ok) return parsed.value;
      problems.push({ cell: cellAddress(r, col), message: say(C01, "C-01", { title, ...parsed.reason }) });
      return fallback;
    };
    entries.set(id, {
      status: use(parseStatus(cellText(row[c.status]), item), c.status, null),
      evidence: c.evidence >= 0 ? cellText(row[c.evidence]) : "",
      score: c.score >= 0 ? use(parseScore(row[c.score], item), c.score, null) : null,
    });
  });
  return { entries, problems };
}
