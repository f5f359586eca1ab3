/**
 * Refusals decided before anything is queued, so a refused write leaves the workbook exactly as it was. (Excel
 * applies a batch's actions one by one and does not roll back: a protected sheet found mid-batch would leave
 * half a write behind.)
 */
import type { WritePlan } from "../../domain/outputs/writePlan";
import { HostError } from "../host";
import type { WorkbookFacts } from "./inspect";

/**
 * What the checks need to know; the WPS adapter gathers the same facts over its own API. `formats` are the sheets'
 * highlights Junheng drew earlier (conditional formats, or fills in WPS when those are unavailable).
 */
export type WriteFacts = Pick<WorkbookFacts, "sheets" | "structureProtected" | "owned"> & { readonly formats: readonly { readonly sheet: string }[] };

/** The application named in messages: "Excel", or "WPS 表格" for the WPS adapter. */
export type HostApp = "Excel" | "WPS 表格";

export function protectedSheetMessage(sheet: string, action: string, app: HostApp = "Excel"): string {
  return `工作表「${sheet}」受保护，无法${action}。请在 ${app} 中撤销工作表保护后再试。`;
}

export function resultProtectedMessage(sheet: string, app: HostApp = "Excel"): string {
  return `结果工作表「${sheet}」受保护，未写入结果。请在 ${app} 中撤销该工作表的保护后再试。`;
}

/** Sheets carrying Junheng's highlights that are protected: their highlights cannot be removed. */
export function checkClearable(facts: WriteFacts, app: HostApp = "Excel"): void {
  const locked = facts.formats.find((f) => facts.sheets.find((s) => s.name === f.sheet)?.protected);
  if (locked) throw new HostError(protectedSheetMessage(locked.sheet, "清除标色", app), undefined, { kind: "clearProtected", sheet: locked.sheet });
}

/**
 * Refuses a write that cannot be done at all, and returns the protected sheets whose highlights cannot change
 * (new ones added or earlier ones removed): the write leaves those sheets alone and names them, and the findings
 * are shown all the same.
 */
export function checkWritable(plan: WritePlan, facts: WriteFacts, app: HostApp = "Excel"): Set<string> {
  const byName = new Map(facts.sheets.map((s) => [s.name, s]));
  const locked = new Set<string>();
  for (const group of plan.highlights) {
    const sheet = byName.get(group.sheet);
    if (!sheet) throw new HostError(`找不到工作表「${group.sheet}」，无法标色：它可能在审核之后被重命名或删除。请重新审核后再试。`, undefined, { kind: "sheetMissing", sheet: group.sheet });
    if (sheet.protected) locked.add(group.sheet);
  }
  for (const f of facts.formats) if (byName.get(f.sheet)?.protected) locked.add(f.sheet);
  if (plan.sheets.length > 0 && facts.structureProtected) {
    throw new HostError(`工作簿结构受保护，无法添加审核结果工作表。请在 ${app} 中撤销工作簿保护（审阅 → 保护工作簿）后再试。`, undefined, { kind: "structureProtected" });
  }
  for (const sheet of plan.sheets) {
    const existing = byName.get(sheet.name);
    if (existing && !facts.owned.includes(sheet.name)) {
      throw new HostError(`工作表「${sheet.name}」不是均衡生成的，为免覆盖其中的内容，未写入结果。请重新审核后再试。`, undefined, { kind: "notJunhengs", sheet: sheet.name });
    }
    // Rewritten in place, so its cells must be writable (a protected sheet could once be deleted and replaced).
    if (existing?.protected) throw new HostError(resultProtectedMessage(sheet.name, app), undefined, { kind: "resultProtected", sheet: sheet.name });
  }
  return locked;
}

/** What a write left out on a protected sheet, in one line naming the sheet and what to do. */
export function lockedSheetNote(sheet: string, app: HostApp = "Excel"): string {
  return `工作表「${sheet}」受保护，未能标色（审核结果照常显示）。如需标色，请在 ${app} 中撤销工作表保护后重新审核。`;
}
