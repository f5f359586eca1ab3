/**
 * Data bars through exceljs (issue 5): checked twice, by reopening the saved file with exceljs and in the sheet XML
 * Excel reads — the fixed scale in <dataBar>, and the Excel 2010 extension that makes bars run from 0 % to 100 % of
 * the cell. Charts are not written by exceljs; the file has their tables but no chart part.
 */
import ExcelJS from "exceljs";
// fflate (a declared test dependency) reads the saved file's parts.
import { strFromU8, unzipSync, type Unzipped } from "fflate";
import { runCheck } from "../../src/domain/check";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import type { OutputSheet } from "../../src/domain/outputs/writePlan";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { sampleRegister } from "../../src/domain/sample/sample";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";

const grid = layoutRegister(sampleRegister()).grid;
const plan = checkWritePlan(runCheck(grid), grid);
const planned = (name: string): OutputSheet => plan.sheets.find((s) => s.name === name)!;

async function saved(): Promise<Uint8Array> {
  const workbook = ExcelJsWorkbook.fromGrid(grid);
  await workbook.write(plan);
  return workbook.toBuffer();
}

/** The XML of a worksheet by its name, through workbook.xml and its relationships. */
function sheetXml(zip: Unzipped, name: string): string {
  const workbook = strFromU8(zip["xl/workbook.xml"]);
  const rels = strFromU8(zip["xl/_rels/workbook.xml.rels"]);
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!target) throw new Error(`no part for sheet ${name}`);
  return strFromU8(zip[`xl/${target.replace(/^\/?xl\//, "")}`]);
}

/** exceljs keeps a sheet's rules in `conditionalFormattings`, which its typings leave out. */
type WithRules = ExcelJS.Worksheet & { readonly conditionalFormattings: readonly ExcelJS.ConditionalFormattingOptions[] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("exceljs adapter: pictures", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await saved();
  });

  it("has bars to write on both sheets, among them S6 小学 from 0 to 50", () => {
    expect(planned("指标计算").dataBars?.some((b) => b.min === 0 && b.max === 50)).toBe(true);
    expect(planned("差异系数").dataBars).toHaveLength(2);
  });

  it("reads back every planned bar as a data-bar rule on its ranges with the fixed scale and colour", async () => {
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    for (const name of ["指标计算", "差异系数"]) {
      const found = (reopened.getWorksheet(name) as WithRules).conditionalFormattings.map((cf) => {
        const rule = cf.rules[0] as ExcelJS.DataBarRuleType & { color?: { argb?: string } };
        return { ref: cf.ref, type: rule.type, cfvo: rule.cfvo, colour: rule.color?.argb, gradient: rule.gradient, minLength: rule.minLength, maxLength: rule.maxLength };
      });
      expect(found).toEqual(
        planned(name).dataBars!.map((bar) => ({
          ref: bar.ranges.join(" "),
          type: "dataBar",
          cfvo: [
            { type: "num", value: bar.min },
            { type: "num", value: bar.max },
          ],
          colour: `FF${bar.colour}`,
          gradient: false,
          minLength: 0,
          maxLength: 100,
        })),
      );
    }
  });

  it("writes <dataBar> with the scale and its x14 extension (0–100 %, solid) under the same id", async () => {
    const xml = sheetXml(unzipSync(bytes), "指标计算");
    const s6 = planned("指标计算").dataBars!.find((b) => b.max === 50)!;
    const sqref = s6.ranges.join(" ");
    const main = new RegExp(
      `<conditionalFormatting sqref="${escape(sqref)}"><cfRule type="dataBar" priority="\\d+"><dataBar><cfvo type="num" val="0"/><cfvo type="num" val="50"/><color rgb="FFB4C7E7"/></dataBar>` +
        `<extLst><ext [^>]*><x14:id>(\\{[0-9A-F-]+\\})</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
    ).exec(xml);
    expect(main).not.toBeNull();
    const ext = new RegExp(
      `<x14:cfRule type="dataBar" id="${escape(main![1])}"><x14:dataBar minLength="0" maxLength="100" gradient="0">` +
        `<x14:cfvo type="num"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>50</xm:f></x14:cfvo></x14:dataBar></x14:cfRule><xm:sqref>${escape(sqref)}</xm:sqref>`,
    );
    expect(xml).toMatch(ext);
    // One extension rule per bar, each with its own id.
    const ids = [...xml.matchAll(/<x14:cfRule type="dataBar" id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(planned("指标计算").dataBars!.length);
  });

  it("writes no chart (exceljs cannot), but keeps each chart's table of numbers", async () => {
    expect(Object.keys(unzipSync(bytes)).filter((f) => f.startsWith("xl/charts/"))).toEqual([]);
    const reread = await (await ExcelJsWorkbook.load(bytes)).read();
    const rows = reread.sheets.find((s) => s.name === "差异系数")!.rows;
    expect(rows.some((r) => r[0] === "小学各项指标差异系数与标准（作图数据）")).toBe(true);
  });
});
