import type { CheckRun } from "../check";
import type { WorkbookGrid } from "../grid";
import { AUDIT_SHEET, auditSheet } from "./auditSheet";
import { highlightGroups } from "./highlights";
import { outputSheetName, type WritePlan } from "./writePlan";

/** Everything a check run writes: highlights in place and the 审核结果 sheet (never over a user's own sheet). */
export function checkWritePlan(run: CheckRun, workbook: WorkbookGrid): WritePlan {
  const existing = workbook.sheets.map((s) => s.name);
  return {
    highlights: highlightGroups(run.findings),
    sheets: [auditSheet(run, outputSheetName(AUDIT_SHEET, existing, workbook.ownedSheets))],
  };
}
