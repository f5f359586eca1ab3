/**
 * Carrying last year's 整改清单 and 考核自查 into this year's run (on request). The same read-back that keeps a
 * workbook's own entries across runs reads last year's sheets; this module decides what of them still holds.
 *
 * - 整改中 stays 整改中; 已完成 does not carry, because an item listed again this year is a shortfall again.
 * - The responsible unit carries; the deadline does not (last year's has passed: the pack's default applies).
 * - Data-error items do not carry: they name last year's cells, which say nothing about this year's data.
 * - Manual 考核自查 entries (status, evidence, score) carry when this year's sheet has nothing typed for the item.
 * This year's own entries win wherever the user has set something.
 */
import type { ManualEntry } from "../checklists/types";
import { NO_DATA } from "../checklists/evaluateChecklist";
import { isDataItem, type CarriedOver, type RectificationItem } from "../evaluation/rectification";
import type { Finding } from "../findings";
import { plainFinding } from "../rules/context";
import { H05 } from "../rules/historyRules";
import { say } from "../rules/texts";

const UNSET = "未整改";

export interface RectificationCarry {
  /** What withCarried takes as the earlier list: this year's entries with last year's filled in. */
  readonly previous: Map<string, CarriedOver>;
  /** Keys whose status or responsible unit came from last year. */
  readonly carried: ReadonlySet<string>;
}

/**
 * @param own this workbook's own 整改清单, read back.
 * @param lastYear last year's 整改清单, read back the same way.
 * @param items this run's items before anything is carried (rectificationItems): an own value equal to the
 *   default was never set.
 */
export function carryRectification(
  own: ReadonlyMap<string, CarriedOver> | undefined,
  lastYear: ReadonlyMap<string, CarriedOver> | undefined,
  items: readonly RectificationItem[],
): RectificationCarry {
  const previous = new Map(own ?? []);
  const carried = new Set<string>();
  for (const item of items) {
    const before = lastYear?.get(item.key);
    if (!before || isDataItem(item)) continue;
    const mine = own?.get(item.key);
    const statusSet = mine !== undefined && mine.status !== UNSET;
    const responsibleSet = mine !== undefined && mine.responsible.trim() !== "" && mine.responsible.trim() !== item.responsible;
    const lastResponsible = before.responsible.trim();
    // Carried: what this year's list leaves unset and last year's sets to something other than the default.
    const statusCarried = !statusSet && before.status === "整改中";
    const responsibleCarried = !responsibleSet && lastResponsible !== "" && lastResponsible !== item.responsible;
    const status = statusSet ? mine.status : statusCarried ? "整改中" : UNSET;
    const responsible = responsibleSet ? mine.responsible : lastResponsible || mine?.responsible || "";
    if (statusCarried || responsibleCarried) carried.add(item.key);
    // This year's 备注 stays; last year's is not carried (a note belongs to its year's list).
    previous.set(item.key, { status, responsible, deadline: mine?.deadline ?? "", ...(mine?.note ? { note: mine.note } : {}) });
  }
  return { previous, carried };
}

/** Something typed: a status other than 待填, evidence of the user's own, or a score. */
function typed(entry: ManualEntry | undefined): entry is ManualEntry {
  if (!entry) return false;
  return (entry.status !== null && entry.status !== "待填") || (entry.evidence !== "" && entry.evidence !== NO_DATA) || entry.score !== null;
}

export interface ChecklistCarry {
  readonly entries: Map<string, ManualEntry>;
  /** Item ids whose entry came from last year. */
  readonly carried: ReadonlySet<string>;
}

export function carryChecklist(own: ReadonlyMap<string, ManualEntry>, lastYear: ReadonlyMap<string, ManualEntry>): ChecklistCarry {
  const entries = new Map(own);
  const carried = new Set<string>();
  for (const [id, entry] of lastYear) {
    if (typed(own.get(id)) || !typed(entry)) continue;
    entries.set(id, entry);
    carried.add(id);
  }
  return { entries, carried };
}

/**
 * H-05: what was carried, so nobody takes last year's entries for this year's without looking; or that last
 * year's workbook had nothing to carry (no 整改清单 or 考核自查 Junheng wrote).
 */
export function carryOverNote(rectification: number, checklist: number, lastYearHasSheets: boolean): Finding {
  if (!lastYearHasSheets) return plainFinding(H05, say(H05, "H-05.none", {}));
  return plainFinding(H05, say(H05, "H-05.carried", { rectification, checklist }));
}
