/** Orientation, type size and column widths of report tables, estimated from their texts. */
import type { ReportCell, ReportTable } from "../../src/domain/report/model";
import { SIZE, TEXT_WIDTH } from "../../src/report/docx/style";
import { displayWidth, keepNumbersTogether, tableLayout, unbreakableRuns } from "../../src/report/docx/tableLayout";
import { fixtureModel } from "./fixtures";

const cells = (...texts: string[]): ReportCell[] => texts.map((text) => ({ text }));
const table = (header: ReportCell[][], rows: ReportCell[][]): ReportTable => ({ id: "表Ⅲ", title: "表Ⅲ", header, rows, notes: [] });
const sum = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0);
/** Twips a one-line text takes at a size, with the cell's padding (as the layout counts it). */
const oneLine = (text: string, size: number) => displayWidth(text) * size * 5 + 2 * 57;

describe("tableLayout", () => {
  it("keeps a narrow table on portrait A4 at 五号, its widths whole twips filling the text width", () => {
    const layout = tableLayout(fixtureModel().tables["表Ⅲ"]);
    expect(layout).toMatchObject({ landscape: false, size: SIZE.五号 });
    expect(sum(layout.widths)).toBe(TEXT_WIDTH.portrait);
    expect(layout.widths.every(Number.isInteger)).toBe(true);
  });

  it("turns a table as wide as 表Ⅱ-2 to landscape, still filling the text width exactly", () => {
    const layout = tableLayout(fixtureModel().tables["表Ⅱ-2"]);
    expect(layout.landscape).toBe(true);
    expect(sum(layout.widths)).toBe(TEXT_WIDTH.landscape);
    expect(layout.widths.length).toBe(23);
  });

  it("gives every short text room for one line, and lets only the sentences wrap", () => {
    const sentence = "小学生均图书册数 19 册，低于标准 25 册（本校数据尚有错误未改正，此值按现有数据计算）";
    const t = table([cells("序号", "学校", "问题", "差距", "状态")], [cells("1", "曼允九年一贯制学校", sentence, "15 025 元", "未整改"), cells("2", "糯东小学", "小学有 1 个大班额班级", "1 个", "整改中")]);
    const layout = tableLayout(t);
    expect(layout.landscape).toBe(false);
    for (const [col, text] of [[1, "曼允九年一贯制学校"], [3, "15 025 元"], [4, "未整改"]] as const) expect(layout.widths[col]).toBeGreaterThanOrEqual(oneLine(text, layout.size));
    expect(layout.widths[2]).toBeLessThan(oneLine(sentence, layout.size));
    // Sentences flush left; numbers, names and short labels centred.
    expect(layout.left).toEqual([false, false, true, false, false]);
  });

  it("counts a spanning cell for no single column, and pads the grid to the widest row", () => {
    const t = table([[{ text: "小学（参加评估 7 所）", span: 3 }], cells("标准", "达标", "未达标")], [cells("20", "7")]);
    const layout = tableLayout(t);
    expect(layout.widths.length).toBe(3);
    // The 20-half-em label over all three columns does not widen the first; 未达标 is the widest own text.
    expect(layout.widths[0]).toBe(layout.widths[1]);
    expect(layout.widths[0]).toBeLessThan(layout.widths[2]);
  });

  it("squeezes a table too wide for any page into landscape at 六号 rather than running off the page", () => {
    const wide = table([cells(...Array.from({ length: 40 }, (_, i) => `指标${i + 1}`))], [cells(...Array.from({ length: 40 }, () => "1 234.56"))]);
    const layout = tableLayout(wide);
    expect(layout).toMatchObject({ landscape: true, size: SIZE.六号 });
    expect(sum(layout.widths)).toBe(TEXT_WIDTH.landscape);
  });

  it("joins the parts of a number with no-break spaces, and leaves the other spaces breakable", () => {
    const nb = (text: string) => text.replaceAll(" ", "\u00a0");
    expect(keepNumbersTogether("2 020")).toBe(nb("2 020"));
    expect(keepNumbersTogether("0.0608（1 : 16.4）")).toBe(`0.0608（${nb("1 : 16.4")}）`);
    expect(keepNumbersTogether("≤ 0.65")).toBe(nb("≤ 0.65"));
    expect(keepNumbersTogether("补充图书约 1 250 册")).toBe(`补充图书约 ${nb("1 250 册")}`);
    expect(keepNumbersTogether("学校 共 9 所")).toBe(`学校 共 ${nb("9 所")}`);
  });

  it("finds the runs a word processor cannot break: numbers with their unit, dates, codes, bracketed ratios", () => {
    // After a number an opening bracket is no break opportunity either.
    expect(unbreakableRuns("0.0608（1 : 16.4）")).toEqual(["0.0608（1\u00a0:\u00a016.4）"]);
    expect(unbreakableRuns("小学（7 所）")).toEqual(["小", "学", "（7\u00a0所）"]);
    expect(unbreakableRuns("2016-07-25")).toEqual(["2016-07-25"]);
    expect(unbreakableRuns("生均校舍 120.5 ㎡，低于标准")).toEqual(["生", "均", "校", "舍", "120.5\u00a0㎡，", "低", "于", "标", "准"]);
    expect(unbreakableRuns("坝散小学")).toEqual(["坝", "散", "小", "学"]);
    // A bracketed unit stays whole: a lone "）" must not start a line.
    expect(unbreakableRuns("学生数（人）")).toEqual(["学", "生", "数", "（人）"]);
  });

  it("never gives a column less than its widest number, even where sentences may wrap", () => {
    // Ten columns of dates, ratios and percentages: each column is at least the run's one-line width.
    const texts = ["2016-07-25", "0.0608（1 : 16.4）", "≤ 0.65", "100.0%", "2 020", "1 428", "13 000 元", "99.85%", "1 : 13.5", "S10 平均班额"];
    const t = table([cells(...texts.map((_, i) => `第${i + 1}列`))], [cells(...texts)]);
    const layout = tableLayout(t);
    for (const [col, run] of [[0, "2016-07-25"], [1, "0.0608（1 : 16.4）"], [2, "≤ 0.65"], [4, "2 020"], [6, "13 000 元"]] as const) {
      expect(layout.widths[col]).toBeGreaterThanOrEqual(oneLine(run, layout.size) * 1.2);
    }
  });

  it("measures Han characters as two half-ems and digits as one", () => {
    expect(displayWidth("学校")).toBe(4);
    expect(displayWidth("2020")).toBe(4);
    expect(displayWidth("（㎡）")).toBe(6);
  });
});
