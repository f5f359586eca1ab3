/** Checks a rendered .docx against the ReportModel it came from; used on the hand-made model and on the sample's report. */
import type { ReportModel, ReportTable } from "../../src/domain/report/model";
import { parseXml, readBody, W, type DocBody } from "./docxXml";

/** What the model says each rendered row should read; an empty table reads （无）. */
function expectedRows(table: ReportTable): string[][] {
  const rows = table.rows.length > 0 ? table.rows : [[{ text: "（无）" }]];
  return [...table.header, ...rows].map((row) => row.map((c) => c.text));
}
/** The renderer pads short rows with empty cells; compare without trailing empties. */
function trimTrailingEmpty(rows: readonly string[][]): string[][] {
  return rows.map((row) => {
    const texts = [...row];
    while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
    return texts;
  });
}

/** Checks a rendered document against its model; shared with the test on the sample's real report. */
export function expectDocxMatchesModel(model: ReportModel, parts: Map<string, string>): DocBody {
  const body = readBody(parts.get("word/document.xml") ?? "");
  expect(body.paragraphs.find((p) => p.style === "Title")?.text).toBe(model.title);

  const headings = body.paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
  expect(headings).toEqual(model.sections.map((s) => `${s.number}、${s.heading}`));

  const placed = [...model.sections.flatMap((s) => s.tables).map((id) => model.tables[id]), ...(model.appendix ? [model.appendix] : [])];
  expect(body.tables.map((t) => t.title)).toEqual(placed.map((t) => (t.title.startsWith(t.id) ? t.title : `${t.id} ${t.title}`)));
  placed.forEach((table, i) => {
    const rendered = body.tables[i];
    expect(trimTrailingEmpty(rendered.rows.map((r) => r.cells.map((c) => c.text)))).toEqual(trimTrailingEmpty(expectedRows(table)));
    // Header rows repeat on every page; body rows do not.
    expect(rendered.rows.map((r) => r.header)).toEqual(rendered.rows.map((_, r) => r < table.header.length));
    expect(rendered.after).toEqual(table.notes);
    // Shaded exactly where the model says, and nowhere else.
    const modelFills = [...table.header, ...table.rows].map((row) => row.map((c) => (c.shaded ? "FCD5B4" : null)));
    const docFills = rendered.rows.slice(0, modelFills.length).map((r, ri) => r.cells.slice(0, modelFills[ri].length).map((c) => (c.fill === "FCD5B4" ? "FCD5B4" : null)));
    expect(docFills).toEqual(modelFills);
    const modelSpans = [...table.header, ...table.rows].map((row) => row.map((c) => c.span ?? 1));
    expect(rendered.rows.slice(0, modelSpans.length).map((r, ri) => r.cells.slice(0, modelSpans[ri].length).map((c) => c.span))).toEqual(modelSpans);
  });

  // Every section is A4, portrait or landscape, and has the page-number footer.
  for (const s of body.sections) {
    expect([s.width, s.height]).toEqual(s.orient === "landscape" ? [16838, 11906] : [11906, 16838]);
    expect(s.footer).not.toBeNull();
  }
  const footers = [...parts.keys()].filter((k) => /^word\/footer\d+\.xml$/.test(k));
  expect(footers.length).toBeGreaterThan(0);
  for (const name of footers) {
    const xml = parts.get(name) ?? "";
    const instructions = Array.from(parseXml(xml).getElementsByTagNameNS(W, "instrText")).map((t) => (t.textContent ?? "").trim());
    expect(instructions).toEqual(["PAGE", "NUMPAGES"]);
    expect(Array.from(parseXml(xml).getElementsByTagNameNS(W, "t")).map((t) => t.textContent).join("")).toBe("第  页 共  页");
  }
  return body;
}

