import { buildReport } from "../../../src/domain/report/buildReport";
import { withTemplateText } from "../../../src/domain/report/measuresText";
import { reportSheets } from "../../../src/domain/report/reportSheets";
import { reportTemplateFindings } from "../../../src/domain/report/templateCheck";
import { MEASURES_HINT, REPORT_SHEET, TEMPLATE_SHEET } from "../../../src/domain/report/template";
import { outputSheetName } from "../../../src/domain/outputs/writePlan";
import type { WorkbookGrid } from "../../../src/domain/grid";
import { withCell } from "../../helpers/outputToGrid";
import { defaultTemplate, HAND_CHECKLIST, sampleRun, sampleWorkbook } from "./sampleReport";

const namer = (workbook: WorkbookGrid) => (name: string) => outputSheetName(name, workbook.sheets.map((s) => s.name), workbook.ownedSheets);

describe("the report sheets of a run", () => {
  it("writes the default template once when the workbook has none", () => {
    const workbook = sampleWorkbook(null);
    const sheets = reportSheets(sampleRun(null), HAND_CHECKLIST, workbook, namer(workbook));
    expect(sheets.map((s) => s.name)).toEqual([REPORT_SHEET, TEMPLATE_SHEET]);
    expect(reportTemplateFindings(workbook, sampleRun(null).pack)).toEqual([]);
  });

  it("fills the user's template and never writes it", () => {
    const hint = defaultTemplate().rows.findIndex((r) => r[0] === MEASURES_HINT) + 1;
    const template = withCell(withCell(defaultTemplate(), `A${hint}`, "本乡坚持控辍保学“双线责任”。"), "B1", "{{年份}}");
    const workbook = sampleWorkbook(template);
    const run = sampleRun(template);
    const sheets = reportSheets(run, HAND_CHECKLIST, workbook, namer(workbook));
    expect(sheets.map((s) => s.name)).toEqual([REPORT_SHEET]);
    expect(sheets[0].rows.flat().some((c) => c.value === "本乡坚持控辍保学“双线责任”。")).toBe(true);
    const findings = reportTemplateFindings(workbook, run.pack);
    expect(findings.map((f) => `${f.rule} ${f.sheet}!${f.cells.join()}`)).toEqual(["R-01 自评报告模板!B1"]);
  });

  it("gives the Word report the township's 主要做法 from the template", () => {
    const hint = defaultTemplate().rows.findIndex((r) => r[0] === MEASURES_HINT) + 1;
    const template = withCell(withCell(defaultTemplate(), `A${hint}`, "{{乡镇}}落实“以县为主”。"), `A${hint + 1}`, "多方筹资改善办学条件。");
    const model = withTemplateText(buildReport(sampleRun(template), []), template);
    expect(model.sections[1].paragraphs).toEqual(["勐往乡（示例）落实“以县为主”。", "多方筹资改善办学条件。"]);
    expect(model.sections[2].paragraphs.length).toBeGreaterThan(0);
  });
});
