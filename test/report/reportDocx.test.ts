/**
 * @jest-environment jsdom
 */
// jsdom for its DOMParser, and because the pane packs the report in a browser: the renderer must work without Node.
import "../helpers/jsdomTextEncoder";
/** The Word renderer on a hand-made model: what a reader of the .docx finds, part by part. */
import { REPORT_CREATOR, reportDocx } from "../../src/report/docx/reportDocument";
import { docxParts, parseXml, readBody, type DocBody } from "./docxXml";
import { expectDocxMatchesModel } from "./expectDocx";
import { FIXTURE_COMPOSITE, FIXTURE_CVS, fixtureModel } from "./fixtures";

describe("reportDocx on a hand-made model", () => {
  const model = fixtureModel();
  let parts: Map<string, string>;
  let body: DocBody;

  beforeAll(async () => {
    const bytes = await reportDocx(model);
    expect(bytes).toBeInstanceOf(Uint8Array);
    parts = docxParts(bytes);
    body = readBody(parts.get("word/document.xml") ?? "");
  });

  it("renders the title, every section heading, every placed table with its figures, spans, shading, notes, and the footer", () => {
    expectDocxMatchesModel(model, parts);
  });

  it("prints 表Ⅲ with the model's coefficients and composite", () => {
    const t3 = body.tables.find((t) => t.title.startsWith("表Ⅲ"));
    const texts = t3?.rows.flatMap((r) => r.cells.map((c) => c.text)) ?? [];
    expect(texts).toEqual(expect.arrayContaining([...FIXTURE_CVS, FIXTURE_COMPOSITE]));
    expect(t3?.rows.flatMap((r) => r.cells).filter((c) => c.fill === "FCD5B4").map((c) => c.text)).toEqual(["未达标"]);
  });

  it("shows a fired veto first, in its framed style, before section 一", () => {
    const first = body.paragraphs.findIndex((p) => p.style === "Heading1");
    const vetoes = body.paragraphs.slice(0, first).filter((p) => p.style === "ReportVeto").map((p) => p.text);
    expect(vetoes).toEqual(["一票否决项（已触发）", "1．存在超大班额：示例一小"]);
  });

  it("puts the wide 表Ⅱ-2 on a landscape page and the rest on portrait A4", () => {
    const orientation = (title: string) => body.sections.find((s) => s.tables.includes(title))?.orient;
    expect(orientation("表Ⅱ-2 学校达标情况")).toBe("landscape");
    expect(orientation("表Ⅲ 校际均衡")).toBe("portrait");
    expect(body.sections[0].orient).toBe("portrait");
    expect(body.sections.length).toBe(3);
  });

  it("says （无） under the header of an empty table", () => {
    const list = body.tables.find((t) => t.title === "整改清单");
    expect(list?.rows.length).toBe(2);
    expect(list?.rows[1].cells).toEqual([{ text: "（无）", fill: null, span: 8 }]);
  });

  it("keeps numbers on one line: Latin text is en-US (LibreOffice breaks it by that language), digit groups joined", () => {
    expect(parts.get("word/styles.xml")).toMatch(/<w:docDefaults>.*<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/s);
    expect(parts.get("word/document.xml")).toContain(">1\u00a0873<");
  });

  it("sets CJK fonts through the styles and the document properties", () => {
    const styles = parts.get("word/styles.xml") ?? "";
    expect(styles).toMatch(/<w:docDefaults>.*w:eastAsia="宋体"/s);
    for (const id of ["Heading1", "Heading2", "Title"]) expect(styles).toMatch(new RegExp(`w:styleId="${id}".*?w:eastAsia="黑体".*?</w:style>`, "s"));
    const core = parseXml(parts.get("docProps/core.xml") ?? "");
    expect(core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title")[0]?.textContent).toBe(model.title);
    expect(core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator")[0]?.textContent).toBe(REPORT_CREATOR);
  });

  it("leaves out the veto block when no veto fired", async () => {
    const quiet = docxParts(await reportDocx({ ...model, vetoes: [] }));
    expect(readBody(quiet.get("word/document.xml") ?? "").paragraphs.filter((p) => p.style === "ReportVeto")).toEqual([]);
  });
});
