/**
 * The en-US words for failures the engine and the hosts give in Chinese: input problems (InputError.problem),
 * what became of a failed write (HostError.more.rollback) and WPS's failures (HostError.more.wps). Names of the
 * user's files and sheets are quoted as they are: they are the user's data.
 */
import type { InputProblem } from "../../domain/errors";
import type { HostAction, Rollback, WpsSaid } from "../../workbook/host";

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

export const EXPLANATION_REQUIRED_EN = "Enter the explanation and who wrote it.";

export function inputProblemEn(problem: InputProblem | undefined): string {
  switch (problem?.kind) {
    case "unreadableWorkbook":
      return `Junheng cannot read the workbook "${problem.file}": it may be damaged (not fully downloaded or copied) or not an .xlsx file. Export or copy a complete workbook and try again.`;
    case "encryptedWorkbook":
      return `Parts of the workbook "${problem.file}" are encrypted. Remove the password in Excel or WPS, save it, and check it again.`;
    case "emptyFile":
      return `The file "${problem.file}" is empty (0 bytes). Export or copy a complete workbook.`;
    case "notWorkbook":
      return `"${problem.file}" is not an .xlsx workbook. Open it in Excel or WPS, save it as .xlsx, and check that file.`;
    case "workbookTooLarge":
      return `The workbook "${problem.file}" is beyond what Junheng checks (even a province's register is far smaller). Make sure it is the right file, or remove unrelated sheets and surplus rows or columns.`;
    case "explanationForErrors":
      return "Only warnings can be explained; errors must be corrected.";
    case "explanationRequired":
      return EXPLANATION_REQUIRED_EN;
    case "noPack":
      return `There is no rule pack "${problem.pack}".`;
    case "noSheets":
      return "The workbook has no sheets.";
    case "emptyWorkbook":
      return "The workbook is empty: none of its sheets has any content.";
    case "noRegister":
      return `No statistics register found: none of the sheets ${quoted(problem.sheets)} has a school ID or school name header. Make sure this is the register (school basics, students and classes …).`;
    case "archiveNothing":
      return "There are no registers to summarise.";
    case "archiveNoYear":
      return `The statistical year of ${quoted(problem.files)} is not known: fill it in on the register's instructions sheet, or enter the year.`;
    case "archiveSameYear":
      return `${quoted(problem.files)} are both registers of ${problem.year}: give one file per year.`;
    case "unusableFor": {
      const why = problem.inner ? inputProblemEn(problem.inner) : "it could not be read.";
      return problem.use === "archive" ? `"${problem.file}" cannot be used for the archive summary. ${why}` : `Last year's data "${problem.file}" cannot be used. ${why}`;
    }
    default:
      return "Junheng cannot use this file or input. Check that it is the statistics register saved as .xlsx, and try again.";
  }
}

export function rollbackEn(rollback: Rollback | undefined): string {
  if (rollback?.kind === "undone") return " Everything this write had added was taken back: the workbook is as it was before.";
  if (rollback?.kind !== "left") return "";
  return ` What this write had added could not all be taken back: delete the sheets ${quoted(rollback.sheets)} (if they are there), select Clear colours, and check again.`;
}

const ACTIONS: Record<HostAction, string> = { read: "reading the workbook", write: "writing the results", clear: "clearing the colours", select: "going to the cell" };

export function hostFailureEn(more: { readonly rollback?: Rollback; readonly wps?: WpsSaid }): string {
  if (more.wps) {
    const said = more.wps.message ? ` WPS says: "${more.wps.message}".` : "";
    return `WPS Spreadsheets could not finish ${ACTIONS[more.wps.action]}.${said} A sheet or the workbook may be protected, or a cell is being edited: finish editing and try again.${rollbackEn(more.rollback)}`;
  }
  if (more.rollback) return `The write did not finish.${rollbackEn(more.rollback)}`;
  return "Junheng could not finish this in the workbook. This version of the spreadsheet program may lack a feature it needs: close the add-in, open it again and retry, or use Excel for Microsoft 365.";
}

/** Excel's failures: Excel's own message (in Office's language, so English here) and code, and what to do. */
export function excelFailureEn(code: string, message: string): string {
  const said = message ? ` Excel says: "${message}"` : "";
  switch (code) {
    case "AccessDenied":
      return `Excel refused the change (AccessDenied).${said} The sheet or workbook may be protected: unprotect it in Excel and try again.`;
    case "ItemNotFound":
      return `Excel could not find a sheet or cell Junheng needed (ItemNotFound).${said} It may have been renamed or deleted: check the workbook again, then retry.`;
    case "ApiNotFound":
      return `This version of Excel lacks a feature Junheng needs (ApiNotFound).${said} Use Excel for Microsoft 365 or Excel on the web.`;
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return `The register is more than Excel can pass at once (${code}).${said} Split it into smaller workbooks and try again.`;
    default:
      return `Excel reported an error (${code}).${said} Close the add-in, open it again and retry.`;
  }
}
