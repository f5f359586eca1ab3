/**
 * Reads back a 考核自查 sheet written earlier: what users typed for the manual (手填) items. A typed value that
 * cannot be used is not guessed at; it is left out (the item stays 待填, or without a score) and reported as a
 * problem naming the cell, which runCheck turns into a C-01 finding.
 */
import { cellAddress, type CellValue, type SheetGrid } from "../grid";
import { cellText, findColumns, readRow, type PlacesOf } from "../sheetSchema";
import type { ChecklistItem, RulePack } from "../packs/schema";
import { removeSpaces, toHalfWidth } from "../text";
import { CHECKLIST_SCHEMA, MANUAL_LABEL } from "./checklistColumns";
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

/** A header row has 状态 and the key column; every other column may have been deleted. */
const HEADER_NEEDS = ["key", "status"] as const;

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
  let columns: PlacesOf<typeof CHECKLIST_SCHEMA> | null = null;
  sheet.rows.forEach((row, r) => {
    const header = findColumns(CHECKLIST_SCHEMA, row, HEADER_NEEDS);
    if (header) {
      columns = header;
      return;
    }
    if (!columns) return;
    const c: PlacesOf<typeof CHECKLIST_SCHEMA> = columns;
    const cells = readRow(CHECKLIST_SCHEMA, row, c);
    const id = cells.key;
    const item = pack?.checklist.find((i) => i.id === id);
    if (!id || (pack && !item)) return;
    if (c.type >= 0 && !cells.type.startsWith(MANUAL_LABEL)) return;
    const title = item?.title ?? (c.title >= 0 ? cells.title : id);
    const use = <T>(parsed: Parsed<T>, col: number, fallback: T): T => {
      if (parsed.ok) return parsed.value;
      problems.push({ cell: cellAddress(r, col), message: say(C01, "C-01", { title, ...parsed.reason }) });
      return fallback;
    };
    entries.set(id, {
      status: use(parseStatus(cells.status, item), c.status, null),
      evidence: cells.evidence,
      score: c.score >= 0 ? use(parseScore(cells.score, item), c.score, null) : null,
    });
  });
  return { entries, problems };
}
