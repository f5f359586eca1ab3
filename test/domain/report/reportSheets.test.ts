import { buildReport } from "../../../src/domain/report/buildReport";
import { withUserEdits } from "../../../src/domain/check";
import { readInputs } from "../../../src/domain/inputs/readInputs";
import { withTemplateText } from "../../../src/domain/report/measuresText";
import { reportSheets } from "../../../src/domain/report/reportSheets";
import { MEASURES_HINT, REPORT_SHEET, TEMPLATE_SHEET } from "../../../src/domain/report/template";
import { outputSheetName } from "../../../src/domain/outputs/writePlan";
import type { WorkbookGrid } from "../../../src/domain/grid";
import { withCell } from "../../helpers/outputToGrid";
import { defaultTemplate, HAND_CHECKLIST, sampleRun, sampleWorkbook } from "./sampleReport";

const namer = (workbook: WorkbookGrid) => (name: string) => outputSheetName(name, workbook.sheets.map((s) => s.name), workbook.ownedSheets);

describe("the report sheets of a run", () => {
  it("writes the default template once when the workbook has none", () => {
    const workbook = sampleWorkbook(null);
    const run = sampleRun(null);
    const sheets = reportSheets(run, HAND_CHECKLIST, namer(workbook));
    expect(sheets.map((s) => s.name)).toEqual([REPORT_SHEET, TEMPLATE_SHEET]);
    expect(run.template).toBeUndefined();
    expect(run.findings.filter((f) => f.rule === "R-01")).toEqual([]);
  });

  it("fills the user's template and never writes it", () => {
    const hint = defaultTemplate().rows.findIndex((r) => r[0] === MEASURES_HINT) + 1;
    const template = withCell(withCell(defaultTemplate(), `A${hint}`, "本乡坚持控辍保学“双线责任”。"), "B1", "{{年份}}");
    const workbook = sampleWorkbook(template);
    const run = sampleRun(template);
    const sheets = reportSheets(run, HAND_CHECKLIST, namer(workbook));
    expect(sheets.map((s) => s.name)).toEqual([REPORT_SHEET]);
    expect(sheets[0].rows.flat().some((c) => c.value === "本乡坚持控辍保学“双线责任”。")).toBe(true);
    const findings = run.findings.filter((f) => f.rule === "R-01");
    expect(findings.map((f) => `${f.rule} ${f.sheet}!${f.cells.join()}`)).toEqual(["R-01 自评报告模板!B1"]);
  });

  it("gives the Word report the township's 主要做法 from the template", () => {
    const hint = defaultTemplate().rows.findIndex((r) => r[0] === MEASURES_HINT) + 1;
    const template = withCell(withCell(defaultTemplate(), `A${hint}`, "{{乡镇}}落实“以县为主”。"), `A${hint + 1}`, "多方筹资改善办学条件。");
    const model = withTemplateText(buildReport(sampleRun(template), []), template);
    expect(model.sections[1].paragraphs).toEqual(["勐往乡（示例）落实“以县为主”。", "多方筹资改善办学条件。"]);
    expect(model.sections[2].paragraphs.length).toBeGreaterThan(0);
  });

  it("is filled from the template the input stage found, and after edits from the template as it is now", () => {
    const hint = defaultTemplate().rows.findIndex((r) => r[0] === MEASURES_HINT) + 1;
    const typed = withCell(defaultTemplate(), `A${hint}`, "本乡推进学校标准化建设。");
    const workbook = sampleWorkbook(typed);
    expect(readInputs(workbook).template).toBe(typed);
    const run = sampleRun(defaultTemplate());
    expect(run.template?.rows).toEqual(defaultTemplate().rows);
    const edited = withUserEdits(run, workbook);
    const [sheet] = reportSheets(edited, HAND_CHECKLIST, namer(workbook));
    expect(sheet.rows.flat().some((c) => c.value === "本乡推进学校标准化建设。")).toBe(true);
    expect(reportSheets(run, HAND_CHECKLIST, namer(workbook))[0].rows.flat().some((c) => c.value === "本乡推进学校标准化建设。")).toBe(false);
  });
});
