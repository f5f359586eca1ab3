/** Orientation, type size and column widths of report tables, estimated from their texts. */
import type { ReportCell, ReportTable } from "../../src/domain/report/model";
import { SIZE, TEXT_WIDTH } from "../../src/report/docx/style";
import { displayWidth, tableLayout } from "../../src/report/docx/tableLayout";
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

  it("measures Han characters as two half-ems and digits as one", () => {
    expect(displayWidth("学校")).toBe(4);
    expect(displayWidth("2020")).toBe(4);
    expect(displayWidth("（㎡）")).toBe(6);
  });
});
