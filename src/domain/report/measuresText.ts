/**
 * 二、主要做法 is written by the township in its template, not generated. The sheet report copies it with the rest
 * of the template; this gives the same text to renderers that work from the model alone (Word), so both reports
 * carry it.
 */
import type { CheckRun } from "../run";
import type { SheetGrid } from "../grid";
import { buildReport } from "./buildReport";
import type { ReportModel } from "./model";
import { anchorName, replacePlaceholders, templateText } from "./placeholderText";
import { TEMPLATE_HINTS } from "./templateNames";

const HEADING = /^\s*([一二三四五六七八九十]+)、/;

/** The text cells under the heading of section `number` (e.g. 二), up to the next heading, row by row. */
export function templateParagraphs(template: SheetGrid, number: string): string[] {
  const paragraphs: string[] = [];
  let inside = false;
  for (const cells of template.rows) {
    const texts = cells.map(templateText).filter((t): t is string => t !== null && !TEMPLATE_HINTS.has(t.trim()));
    const heading = texts.length > 0 ? HEADING.exec(texts[0]) : null;
    if (heading) {
      inside = heading[1] === number;
      continue;
    }
    // Anchors stand for generated content, which the model holds already.
    if (inside) paragraphs.push(...texts.filter((t) => anchorName(t) === null));
  }
  return paragraphs;
}

/** The model with every section it leaves empty (二、主要做法) taken from the template, placeholders replaced. */
export function withTemplateText(model: ReportModel, template: SheetGrid): ReportModel {
  const sections = model.sections.map((s) =>
    s.paragraphs.length > 0 ? s : { ...s, paragraphs: templateParagraphs(template, s.number).map((p) => replacePlaceholders(p, model.placeholders).text) },
  );
  return { ...model, sections };
}

/** The report of a run as the township will submit it: with the 主要做法 typed in the template the run read, if any. */
export function reportOfRun(run: CheckRun): ReportModel {
  const model = buildReport(run, run.checklist);
  return run.template ? withTemplateText(model, run.template) : model;
}
