/**
 * Where the report meets a run's write plan: the user's template if the run read one, else the default — which
 * is then written too, once, for the township to edit (like 标准参数, it is an input Junheng never overwrites).
 */
import type { CheckRun } from "../run";
import type { ChecklistResult } from "../checklists/types";
import type { OutputSheet } from "../outputs/writePlan";
import { buildReport } from "./buildReport";
import { fillTemplate } from "./fillTemplate";
import { defaultTemplateSheet, templateGrid } from "./template";
import { REPORT_SHEET, TEMPLATE_SHEET } from "./templateNames";

/**
 * The 自评报告 sheet, and the default 自评报告模板 when the workbook has none.
 * @param named the plan's naming (outputSheetName), so a user's own sheet of that name is never replaced.
 */
export function reportSheets(run: CheckRun, checklist: readonly ChecklistResult[], named: (name: string) => string): OutputSheet[] {
  const { template } = run;
  const model = buildReport(run, checklist);
  if (template) return [fillTemplate(template, model, named(REPORT_SHEET)).sheet];
  const fresh = defaultTemplateSheet(named(TEMPLATE_SHEET));
  return [fillTemplate(templateGrid(fresh), model, named(REPORT_SHEET)).sheet, fresh];
}
