/**
 * @jest-environment jsdom
 */
// jsdom for its DOMParser.
import "../helpers/jsdomTextEncoder";
/**
 * Draft and submission (docs/method.md §9.1): the Word report of a register with errors says 草稿 with the count of
 * open errors on every page and lists the data-entry errors in an appendix, not in 整改措施; the report of a clean
 * register carries no 草稿 and ends with 报送单位（盖章）and 日期. Neither shows rule codes, pack ids or method names
 * in its narrative or the tables the county reads.
 */
import { runCheck } from "../../src/domain/check";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { buildReport } from "../../src/domain/report/buildReport";
import type { ReportModel } from "../../src/domain/report/model";
import { cleanSampleRegister, sampleRegister } from "../../src/domain/sample/sample";
import { reportDocx } from "../../src/report/docx/reportDocument";
import { reportSheets } from "../../src/domain/report/reportSheets";
import { docxParts, readBody } from "./docxXml";

const modelOf = (records: ReturnType<typeof sampleRegister>) => {
  const run = runCheck(layoutRegister(records).grid);
  return { run, model: buildReport(run, run.checklist) };
};

/** What the county reads: the narrative and the numbered tables with their notes (not the statistician's appendix). */
function countyText(model: ReportModel): string {
  const tables = Object.values(model.tables).flatMap((t) => [t.title, ...t.rows.flat().map((c) => c.text), ...t.notes]);
  return [...model.sections.flatMap((s) => s.paragraphs), ...tables].join("\n");
}

const headers = (parts: Map<string, string>) => [...parts].filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, xml]) => xml);

describe("the Word report of a register with errors", () => {
  const { run, model } = modelOf(sampleRegister());
  const errors = run.findings.filter((f) => f.severity === "error").length;
  let parts: Map<string, string>;

  beforeAll(async () => {
    parts = docxParts(await reportDocx(model));
  });

  it("carries 草稿 with the count of open errors in the page header and under the title", () => {
    expect(errors).toBeGreaterThan(0);
    const mark = `草稿：统计数据尚有 ${errors} 处错误未改正`;
    expect(headers(parts).length).toBeGreaterThan(0);
    expect(headers(parts).every((xml) => xml.includes(mark))).toBe(true);
    const body = readBody(parts.get("word/document.xml") ?? "");
    expect(body.paragraphs[1].text).toContain(mark);
  });

  it("keeps data-entry errors out of 整改措施 and the 整改清单 summary, and lists them in the appendix", () => {
    const measures = model.sections.find((s) => s.number === "五")?.paragraphs.join("") ?? "";
    expect(measures).not.toContain("#DIV/0!");
    expect(measures).not.toContain("学校统计员");
    expect(model.tables["整改清单"].rows.flat().map((c) => c.text).join("")).not.toContain("#DIV/0!");
    expect(model.appendix?.rows.map((r) => r[2].text)).toContain("「网络多媒体教室」是 Excel 错误值「#DIV/0!」，没有可用的数据");
    const body = readBody(parts.get("word/document.xml") ?? "");
    expect(body.tables.at(-1)?.title).toBe("附表 待改正的统计数据错误（供统计员核对，不随报告报送）");
  });

  it("does not end with 报送单位 while it is a draft", () => {
    expect(model.closing).toEqual([]);
    expect(parts.get("word/document.xml")).not.toContain("报送单位");
  });

  it("shows no rule code, pack id or method label to the county", () => {
    const text = countyText(model);
    expect(text).not.toMatch(/yunnan-2016-basic|规则包|年办法/);
    expect(text).not.toMatch(/（(D\d{2}|\d{3}-\d{2}|[A-Z]-\d{2})[）、]/);
    expect(text).toContain("评估依据：教督〔2012〕3号《县域义务教育均衡发展督导评估暂行办法》");
  });
});

describe("the Word report of a register without errors", () => {
  const { run, model } = modelOf(cleanSampleRegister());
  let parts: Map<string, string>;

  beforeAll(async () => {
    parts = docxParts(await reportDocx(model));
  });

  it("has no error, so no 草稿 anywhere and no appendix", () => {
    expect(run.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(model.draft).toBeNull();
    expect(model.appendix).toBeNull();
    for (const [, xml] of parts) expect(xml).not.toContain("草稿");
  });

  it("ends with 报送单位（盖章）and 日期", () => {
    const body = readBody(parts.get("word/document.xml") ?? "");
    const last = body.paragraphs.filter((p) => p.text.trim() !== "").slice(-2).map((p) => p.text);
    expect(last).toEqual(["报送单位（盖章）：", "日期：　　　　年　　月　　日"]);
  });
});

describe("the 自评报告 sheet", () => {
  const sheetOf = (records: ReturnType<typeof sampleRegister>) => {
    const grid = layoutRegister(records).grid;
    const run = runCheck(grid);
    return { run, sheet: reportSheets(run, run.checklist, (name) => name)[0] };
  };
  const texts = (rows: readonly (readonly { value: string | number | null }[])[]) => rows.map((r) => r.map((c) => String(c.value ?? "")).join(""));

  it("is marked 草稿 with the count in its first row and its printed page header while errors remain", () => {
    const { run, sheet } = sheetOf(sampleRegister());
    const errors = run.findings.filter((f) => f.severity === "error").length;
    expect(texts(sheet.rows)[0]).toBe(`草稿：统计数据尚有 ${errors} 处错误未改正，改正并重新审核后方可报送`);
    expect(sheet.printHeader.left).toContain("草稿");
    expect(texts(sheet.rows)).toContain("附表 待改正的统计数据错误（供统计员核对，不随报告报送）");
  });

  it("ends with 报送单位（盖章）and 日期, with no 草稿, when the register has no errors", () => {
    const { sheet } = sheetOf(cleanSampleRegister());
    const lines = texts(sheet.rows).filter((t) => t !== "");
    expect(lines.slice(-2)).toEqual(["报送单位（盖章）：", "日期：　　　　年　　月　　日"]);
    expect(lines.join("")).not.toContain("草稿");
    expect(sheet.printHeader.left).not.toContain("草稿");
  });
});
