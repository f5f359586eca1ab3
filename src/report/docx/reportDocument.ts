/**
 * The self-evaluation report (docs/method.md §9) as a Word document, from the same ReportModel the 自评报告 sheet is
 * filled from. Works in Node and in the browser alike: it packs to a Uint8Array, which the CLI writes to a file and
 * the task pane wraps in a Blob.
 */
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions, type Table } from "docx";
import type { ReportModel, ReportTable } from "../../domain/report/model";
import { draftText } from "../../domain/report/submission";
import { A4, MARGIN, REPORT_STYLES, STYLE, VETO_BORDER } from "./style";
import { tableBlock } from "./table";
import { tableLayout } from "./tableLayout";

export { DOCX_MIME } from "./mime";
export const REPORT_CREATOR = "均衡 Junheng";

type Block = Paragraph | Table;
interface PageRun {
  readonly landscape: boolean;
  readonly children: Block[];
}

function footer(): Footer {
  return new Footer({
    children: [new Paragraph({ style: STYLE.footer, children: [new TextRun({ children: ["第 ", PageNumber.CURRENT, " 页 共 ", PageNumber.TOTAL_PAGES, " 页"] })] })],
  });
}

function vetoBlock(vetoes: readonly string[]): Paragraph[] {
  if (vetoes.length === 0) return [];
  return [
    new Paragraph({ style: STYLE.veto, children: [new TextRun({ text: "一票否决项（已触发）", bold: true })] }),
    ...vetoes.map((text, i) => new Paragraph({ style: STYLE.veto, text: `${i + 1}．${text}` })),
    // An empty paragraph after the box, so the framed block does not run into the first heading.
    new Paragraph({ text: "" }),
  ];
}

/** 草稿 and the count of open errors at the top of every page of a draft, so no page of it passes as final. */
function draftHeader(model: ReportModel): Header | undefined {
  if (!model.draft) return undefined;
  return new Header({
    children: [new Paragraph({ style: STYLE.footer, children: [new TextRun({ text: draftText(model.draft), bold: true, color: VETO_BORDER })] })],
  });
}

/** 报送单位（盖章）and 日期, right-aligned under the last section of a report ready to hand over. */
function closingBlock(lines: readonly string[]): Paragraph[] {
  return [new Paragraph({ text: "" }), ...lines.map((text) => new Paragraph({ style: STYLE.body, alignment: AlignmentType.RIGHT, indent: { firstLine: 0 }, text }))];
}

/** A section the township writes itself (二、主要做法) gets a grey prompt, so the heading does not stand bare. */
function placeholder(heading: string): Paragraph {
  return new Paragraph({ style: STYLE.body, children: [new TextRun({ text: `（请在此填写${heading}。）`, color: "808080" })] });
}

/**
 * The report's content cut into runs of pages: portrait for text and ordinary tables, landscape for each stretch of
 * wide tables. Each run becomes one Word section, because page orientation is a section property.
 */
function pageRuns(model: ReportModel): PageRun[] {
  const draft = model.draft ? [new Paragraph({ style: STYLE.veto, text: draftText(model.draft) }), new Paragraph({ text: "" })] : [];
  const runs: PageRun[] = [{ landscape: false, children: [new Paragraph({ heading: HeadingLevel.TITLE, text: model.title }), ...draft, ...vetoBlock(model.vetoes)] }];
  const add = (landscape: boolean, blocks: Block[]) => {
    const last = runs[runs.length - 1];
    if (last.landscape === landscape) last.children.push(...blocks);
    else runs.push({ landscape, children: blocks });
  };
  const placeTable = (table: ReportTable | undefined) => {
    // A section naming a table the model lacks (a template typo carried into the model) drops it, not the report.
    if (!table) return;
    const layout = tableLayout(table);
    add(layout.landscape, tableBlock(table, layout));
  };
  for (const section of model.sections) {
    add(false, [
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: `${section.number}、${section.heading}` }),
      ...section.paragraphs.map((text) => new Paragraph({ style: STYLE.body, text })),
      ...(section.paragraphs.length === 0 && section.tables.length === 0 ? [placeholder(section.heading)] : []),
    ]);
    section.tables.forEach((id) => placeTable(model.tables[id]));
  }
  if (model.closing.length > 0) add(false, closingBlock(model.closing));
  placeTable(model.appendix ?? undefined);
  return runs;
}

function section(run: PageRun, header: Header | undefined): ISectionOptions {
  return {
    properties: {
      page: {
        // Given portrait; docx swaps width and height itself for a landscape page.
        size: { width: A4.width, height: A4.height, orientation: run.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: run.landscape ? MARGIN.landscape : MARGIN.portrait,
      },
    },
    // Every section names its footer, rather than relying on inheritance from the previous one, which not every
    // reader of .docx files honours.
    footers: { default: footer() },
    ...(header ? { headers: { default: header } } : {}),
    children: run.children,
  };
}

export function reportDocument(model: ReportModel): Document {
  return new Document({
    title: model.title,
    subject: "义务教育均衡发展自评报告",
    creator: REPORT_CREATOR,
    lastModifiedBy: REPORT_CREATOR,
    styles: REPORT_STYLES,
    sections: pageRuns(model).map((run) => section(run, draftHeader(model))),
  });
}

/** The report as .docx bytes. */
export async function reportDocx(model: ReportModel): Promise<Uint8Array> {
  // "uint8array" needs neither Node's Buffer nor the browser's Blob, so the same call serves the CLI and the pane.
  return Packer.pack(reportDocument(model), "uint8array");
}
