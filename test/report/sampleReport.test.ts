/**
 * @jest-environment jsdom
 */
// jsdom for its DOMParser.
import "../helpers/jsdomTextEncoder";
/** The Word report of the embedded sample, against the model it came from and the run's own numbers. */
import { runCheck } from "../../src/domain/check";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { buildReport } from "../../src/domain/report/buildReport";
import { sampleRegister } from "../../src/domain/sample/sample";
import { reportDocx } from "../../src/report/docx/reportDocument";
import { docxParts, readBody, type DocBody } from "./docxXml";
import { expectDocxMatchesModel } from "./expectDocx";

const run = runCheck(layoutRegister(sampleRegister()).grid);
const model = buildReport(run, run.checklist);

describe("the sample's Word report", () => {
  let parts: Map<string, string>;
  let body: DocBody;

  beforeAll(async () => {
    parts = docxParts(await reportDocx(model));
    body = readBody(parts.get("word/document.xml") ?? "");
  });

  it("renders the model: title, the five sections, every table with its figures, spans, shading and notes, footers", () => {
    expectDocxMatchesModel(model, parts);
    // The sample still has errors: the appendix of data-entry errors follows the five sections.
    expect(body.tables.length).toBe(model.sections.flatMap((s) => s.tables).length + 1);
  });

  it("prints 表Ⅲ with the run's coefficients, to three decimals, and the composite 0.229", () => {
    const texts = body.tables.find((t) => t.title.startsWith("表Ⅲ"))?.rows.flatMap((r) => r.cells.map((c) => c.text)) ?? [];
    for (const stage of [run.evaluation.balance.primary, run.evaluation.balance.junior]) {
      for (const id of run.pack.balanceIndicators) {
        const cv = stage.cv[id];
        if (cv !== null && cv !== undefined) expect(texts).toContain(cv.toFixed(3));
      }
    }
    expect(run.evaluation.balance.primary.composite?.toFixed(3)).toBe("0.229");
    expect(texts).toContain("0.229");
  });

  it("shades one 表Ⅱ-2 cell for every indicator a school falls below", () => {
    const shaded = body.tables.find((t) => t.title.startsWith("表Ⅱ-2"))?.rows.flatMap((r) => r.cells).filter((c) => c.fill === "FCD5B4") ?? [];
    const below = run.evaluation.units.filter((u) => !u.unit.excluded).reduce((n, u) => n + u.below.length, 0);
    expect(below).toBeGreaterThan(0);
    expect(shaded.length).toBe(below);
  });

  it("sets 表Ⅱ-2 on a landscape A4 page and the text on portrait A4", () => {
    const section = (prefix: string) => body.sections.find((s) => s.tables.some((t) => t.startsWith(prefix)));
    expect(section("表Ⅱ-2")).toMatchObject({ orient: "landscape", width: 16838, height: 11906 });
    expect(body.sections[0]).toMatchObject({ orient: "portrait", width: 11906, height: 16838 });
  });
});
