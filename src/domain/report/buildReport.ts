/**
 * The self-evaluation report (docs/method.md §9) as one model, built once from a run and the checklist results and then
 * rendered twice — into the 自评报告 sheet through the template, and into Word — so both say the same thing.
 * 二、主要做法 stays empty: it is the township's own text, kept in the template.
 */
import type { CheckRun } from "../run";
import type { ChecklistResult } from "../checklists/types";
import { balanceTable } from "./balanceTable";
import { basicTable } from "./basicTable";
import { checklistTable, vetoTexts } from "./checklistTable";
import { reportContext } from "./context";
import type { ReportModel, ReportSection, ReportTable, ReportTableId } from "./model";
import { placeholderValues, TABLE_IDS } from "./placeholders";
import { rectificationTable } from "./rectificationTable";
import { standardsSchoolTable } from "./standardsSchoolTable";
import { standardsSummaryTable } from "./standardsSummaryTable";
import { basicSection, measuresSection, problemsSection, resultsSection } from "./sections";
import { appendixTable, CLOSING_LINES, countyItems, draftOf } from "./submission";

/** `勐往乡2016年义务教育均衡发展自评报告`, the title the default template writes with its placeholders. */
export function reportTitle(meta: Readonly<Record<string, string>>): string {
  const year = meta["统计年度"] ? `${meta["统计年度"]}年` : "";
  return `${meta["乡镇"] ?? ""}${year}义务教育均衡发展自评报告`;
}

export function buildReport(run: CheckRun, checklist: readonly ChecklistResult[]): ReportModel {
  const ctx = reportContext(run, checklist);
  const tables: Record<ReportTableId, ReportTable> = {
    表Ⅰ: basicTable(ctx.facts, run.meta),
    "表Ⅱ-1": standardsSummaryTable(run.evaluation),
    "表Ⅱ-2": standardsSchoolTable(run.evaluation),
    表Ⅲ: balanceTable(run.evaluation, run.meta),
    表Ⅳ: checklistTable(checklist),
    整改清单: rectificationTable(countyItems(run.rectification), run.meta),
  };
  const sections: ReportSection[] = [
    basicSection(ctx),
    { number: "二", heading: "主要做法", paragraphs: [], tables: [] },
    resultsSection(ctx),
    problemsSection(ctx),
    measuresSection(countyItems(run.rectification)),
  ];
  const title = reportTitle(run.meta);
  const draft = draftOf(run);
  const tableTitles = Object.fromEntries(TABLE_IDS.map((id) => [id, tables[id].title])) as Record<ReportTableId, string>;
  return {
    title,
    placeholders: placeholderValues(ctx, { title, sections, tableTitles }),
    tables,
    sections,
    vetoes: vetoTexts(checklist),
    draft,
    appendix: appendixTable(run.rectification),
    closing: draft ? [] : [...CLOSING_LINES],
  };
}
