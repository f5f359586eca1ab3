import { STAGE_LABEL } from "../../../src/domain/fields/dictionary";
import type { SheetGrid } from "../../../src/domain/grid";
import { buildReport } from "../../../src/domain/report/buildReport";
import {
  defaultTemplateSheet,
  fillTemplate,
  isTemplateSheet,
  MEASURES_HINT,
  REPORT_SHEET,
  TEMPLATE_NOTE,
  TEMPLATE_SHEET,
  templateFindings,
} from "../../../src/domain/report/template";
import { withCell } from "../../helpers/outputToGrid";
import { allText, defaultTemplate, HAND_CHECKLIST, rowIndex, sampleRun, tableBody, textOf } from "./sampleReport";

/** 1-based row of the first template cell in column A holding `text`. */
function templateRow(grid: SheetGrid, text: string): number {
  const i = grid.rows.findIndex((r) => r[0] === text);
  if (i < 0) throw new Error(`no template row ${text}`);
  return i + 1;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value as object).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe("filling the default template from the sample township", () => {
  const run = sampleRun();
  const model = buildReport(run, HAND_CHECKLIST);
  const { sheet, findings } = fillTemplate(defaultTemplate(), model);
  const primary = run.evaluation.balance.primary;

  it("writes the 自评报告 sheet with no findings, and leaves the template's hints out", () => {
    expect(sheet.name).toBe(REPORT_SHEET);
    expect(findings).toEqual([]);
    const text = allText(sheet);
    expect(text).not.toContain(MEASURES_HINT);
    expect(text).not.toContain(TEMPLATE_NOTE);
    expect(text).not.toMatch(/\{\{|\}\}/);
    // Rows holding only hints are left out, so the report starts with its title (Excel reads a sheet from its first
    // used row) — under the draft mark while the sample's errors remain.
    expect(sheet.rows[0]).toEqual([{ value: `草稿：统计数据尚有 ${model.draft?.openErrors} 处错误未改正，改正并重新审核后方可报送`, style: "error" }]);
    expect(sheet.rows[1]).toEqual([{ value: "勐往乡（示例）2016年义务教育均衡发展自评报告", style: "title" }]);
  });

  it("puts 表Ⅲ's CVs rounded to 3 decimals as published, and the composite 0.229", () => {
    const { rows } = tableBody(sheet, "表Ⅲ 校际间均衡情况", 1);
    const b5 = rows.find((r) => textOf(r[1]).startsWith("B5 "));
    expect(textOf(b5?.[3])).toBe((primary.cv.B5 as number).toFixed(3));
    expect(textOf(b5?.[3])).toBe("0.319");
    const composite = rows.find((r) => textOf(r[1]) === "综合差异系数");
    expect(textOf(composite?.[3])).toBe("0.229");
    expect(textOf(composite?.[3])).toBe((primary.composite as number).toFixed(3));
    expect(textOf(composite?.[4])).toBe("≤ 0.65");
    expect(textOf(composite?.[5])).toBe("达到");
    for (const id of run.pack.balanceIndicators) {
      const row = rows.find((r) => textOf(r[1]).startsWith(`${id} `));
      expect(textOf(row?.[3])).toBe((primary.cv[id] as number).toFixed(3));
    }
  });

  it("shades in 表Ⅱ-2 exactly the cells of the indicators each unit falls short of", () => {
    const ids = run.pack.standardIndicators;
    const { rows } = tableBody(sheet, "表Ⅱ-2 小学、初中办学基本标准达标情况（分学校）", 2);
    const counted = run.evaluation.units.filter((e) => !e.unit.excluded);
    expect(rows).toHaveLength(counted.length);
    const shaded: string[] = [];
    const expected: string[] = [];
    for (const row of rows) {
      const unit = counted.find((e) => e.unit.name === textOf(row[0]) && STAGE_LABEL[e.unit.stage] === textOf(row[1]));
      expect(unit).toBeDefined();
      row.forEach((c, col) => {
        if (c.style === "below") shaded.push(`${textOf(row[0])}/${ids[(col - 3) / 2]}`);
      });
      expected.push(...(unit?.below ?? []).map((id) => `${unit?.unit.name}/${id}`));
      expect(textOf(row[3 + ids.length * 2])).toBe(unit?.passed === true ? "1" : "");
    }
    expect(shaded.sort()).toEqual(expected.sort());
    expect(shaded.sort()).toEqual(["勐往村小学/S2", "坝散小学/S5", "灰塘小学/S6", "灰塘小学/S7"]);
  });

  it("styles table headers and notes", () => {
    const title = rowIndex(sheet, "表Ⅲ 校际间均衡情况");
    expect(sheet.rows[title][0].style).toBe("header");
    expect(sheet.rows[title + 1].every((c) => c.style === "header")).toBe(true);
    const { start, rows } = tableBody(sheet, "表Ⅲ 校际间均衡情况", 1);
    expect(sheet.rows[start + rows.length][0].style).toBe("subtitle");
  });

  it("shows the fired veto first, right under the title lines", () => {
    const veto = sheet.rows.findIndex((r) => textOf(r[0]).startsWith("一票否决："));
    expect(textOf(sheet.rows[veto][0])).toBe("一票否决：存在超大班额：勐往乡中学（66人及以上班级 1 个）");
    expect(sheet.rows[veto][0].style).toBe("error");
    expect(veto).toBeLessThan(rowIndex(sheet, "一、基本情况"));
  });

  it("writes the narrative paragraphs under their headings", () => {
    const results = rowIndex(sheet, "三、评估结果");
    expect(textOf(sheet.rows[results + 1][0])).toContain("全乡小学 7 所学校参加校际均衡评估，8 项指标综合差异系数为 0.229，低于 0.65 的标准，达到基本均衡要求");
    const problems = rowIndex(sheet, "四、存在问题");
    const section = sheet.rows.slice(problems, rowIndex(sheet, "五、整改措施")).map((r) => textOf(r[0])).join("\n");
    expect(section).toContain("南果河村委会小学入学率 99.24%，低于 99.5% 的目标");
  });
});

describe("the template is the user's", () => {
  const run = sampleRun();
  const model = buildReport(run, HAND_CHECKLIST);

  it("keeps the text typed under 二、主要做法, in place", () => {
    const base = defaultTemplate();
    const hint = templateRow(base, MEASURES_HINT);
    const typed = "一是落实“以县为主”管理体制，乡党委政府每季度专题研究教育工作。";
    const edited = withCell(withCell(base, `A${hint}`, typed), `A${hint + 1}`, "二是多方筹资改善办学条件。");
    const { sheet } = fillTemplate(edited, model);
    const practice = rowIndex(sheet, "二、主要做法");
    expect(textOf(sheet.rows[practice + 1][0])).toBe(typed);
    expect(textOf(sheet.rows[practice + 2][0])).toBe("二是多方筹资改善办学条件。");
    expect(sheet.rows[practice + 1][0].style).toBeUndefined();
  });

  it("reports an unknown placeholder as R-01 naming its cell, and keeps it as typed", () => {
    const template = withCell(defaultTemplate(), "C3", "说明：{{不存在}}");
    const { sheet, findings } = fillTemplate(template, model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "R-01", severity: "warning", sheet: TEMPLATE_SHEET, cells: ["C3"] });
    expect(findings[0].message).toContain("「自评报告模板」C3 中的「{{不存在}}」不是可用的占位符");
    // Template row 3 is report row 3: the template's note row is left out, the draft mark comes first.
    expect(textOf(sheet.rows[2][2])).toBe("说明：{{不存在}}");
    expect(templateFindings(template, run.pack)).toEqual(findings);
  });

  it("suggests the name that was meant", () => {
    const template = withCell(defaultTemplate(), "B2", "{{小学.综合}}");
    expect(templateFindings(template, run.pack)[0].message).toContain("是否应为「{{小学.综合差异系数}}」");
  });

  it("never changes the template grid", () => {
    const template = withCell(defaultTemplate(), "B5", "{{不存在}}");
    const before = JSON.parse(JSON.stringify(template)) as SheetGrid;
    deepFreeze(template);
    fillTemplate(template, model);
    templateFindings(template, run.pack);
    expect(template).toEqual(before);
  });

  it("reads placeholders typed with a Chinese input method, and 表III as 表Ⅲ", () => {
    let template = withCell(defaultTemplate(), "A2", "｛｛乡镇｝｝ 小学结论：{{ 小学．结论 }}");
    template = withCell(template, `A${templateRow(template, "{{表Ⅲ}}")}`, "{{表III}}");
    const { sheet, findings } = fillTemplate(template, model);
    expect(findings).toEqual([]);
    expect(textOf(sheet.rows[1][0])).toBe("勐往乡（示例） 小学结论：达到");
    expect(() => rowIndex(sheet, "表Ⅲ 校际间均衡情况")).not.toThrow();
  });

  it("places a table at the anchor's column and keeps other cells of the row", () => {
    const row = templateRow(defaultTemplate(), "{{表Ⅳ}}");
    const template = withCell(withCell(defaultTemplate(), `A${row}`, null), `B${row}`, "{{表Ⅳ}}");
    const { sheet } = fillTemplate(withCell(template, `A${row}`, "附："), model);
    const title = sheet.rows.findIndex((r) => textOf(r[1]) === "表Ⅳ 考核项目自查情况");
    expect(textOf(sheet.rows[title][0])).toBe("附：");
    expect(sheet.rows[title + 1].slice(1, 3).map(textOf)).toEqual(["序号", "考核项目"]);
  });

  it("recognises the template sheet by name", () => {
    expect(isTemplateSheet("自评报告模板")).toBe(true);
    expect(isTemplateSheet(" 自评报告 模板")).toBe(true);
    expect(isTemplateSheet("自评报告")).toBe(false);
    expect(defaultTemplateSheet().name).toBe(TEMPLATE_SHEET);
  });
});
