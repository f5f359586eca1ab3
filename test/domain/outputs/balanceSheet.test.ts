import { parseCellAddress } from "../../../src/domain/grid";
import { balanceSheet, BALANCE_SHEET } from "../../../src/domain/outputs/balanceSheet";
import { DATA_BAR_COLOUR } from "../../../src/domain/outputs/palette";
import { indicatorName } from "../../../src/domain/packs/indicatorNames";
import type { OutputCell, OutputSheet } from "../../../src/domain/outputs/writePlan";
import { withParameter } from "../../../src/domain/packs/standardsTable";
import { CODE_A, CODE_B, primarySchool, records, withCells } from "../../helpers/register";
import { nineYearSchool } from "../../helpers/stageSchools";
import { evaluated, evaluatedSample, indexOfRow, rowWith, shippedPack, topTexts } from "../../helpers/evaluatedSheets";

/** Row `label` inside the block that starts with `heading`. */
function blockRow(sheet: OutputSheet, heading: string, label: string): readonly OutputCell[] {
  return rowWith(sheet, [label], indexOfRow(sheet, heading));
}

/** Rows of a block's table: from below its header row to the next empty row. */
function blockRows(sheet: OutputSheet, heading: string): (readonly OutputCell[])[] {
  const start = indexOfRow(sheet, heading) + 2;
  const end = sheet.rows.findIndex((r, i) => i >= start && r.length === 0);
  return sheet.rows.slice(start, end < 0 ? undefined : end);
}

// Columns of the stage blocks: 指标, 全乡平均值, 差异系数, 标准, 结论, 整改后差异系数, 说明.
const [MEAN, CV, LIMIT, VERDICT, WHAT_IF, NOTE] = [1, 2, 3, 4, 5, 6];

describe("差异系数 on the sample register (yunnan-2016-basic)", () => {
  const { evaluation, register } = evaluatedSample();
  const sheet = balanceSheet(evaluation, register.meta);
  const primary = evaluation.balance.primary;
  const PRIMARY = "小学（参加计算的学校 7 个）";

  it("names the township, the pack and its rule", () => {
    expect(sheet.name).toBe(BALANCE_SHEET);
    expect(sheet.rows[0][0]).toEqual({ value: "勐往乡（示例） 2016年度 差异系数", style: "title" });
    const top = topTexts(sheet).join("\n");
    expect(top).toContain("（yunnan-2016-basic）");
    expect(top).toContain("小学不高于 0.65、初中不高于 0.55");
    // The what-if raises schools to S4–S7, which are reference values or unset in this pack.
    expect(top).toContain("参考值，请按省定标准核对：S5、S6、S7 为参考值；S4 未设定标准值");
  });

  it("gives per indicator the mean, the CV and the CV after rectification, unrounded", () => {
    const b5 = blockRow(sheet, PRIMARY, "B5 生均图书册数（册）");
    expect(b5[MEAN].value).toBe(primary.mean.B5);
    expect(b5[CV].value).toBe(primary.cv.B5);
    expect(b5[WHAT_IF].value).toBe(primary.whatIfCv.B5);
    expect(b5[WHAT_IF].value as number).toBeLessThan(b5[CV].value as number);
    const b6 = blockRow(sheet, PRIMARY, "B6 师生比（人/生）");
    expect(b6[NOTE].value).toBe(`平均 1 : ${(1 / (primary.mean.B6 as number)).toFixed(1)}`);
    const b4 = blockRow(sheet, PRIMARY, "B4 每百名学生拥有计算机台数（台）");
    expect(b4[NOTE].value).toBe("未参加本项计算（数据缺失或读不出）：糯东小学");
  });

  it("judges the composite against the threshold", () => {
    const row = blockRow(sheet, PRIMARY, "综合差异系数");
    expect(row[CV].value).toBe(primary.composite);
    expect(row[LIMIT].value).toBe(0.65);
    expect(row[VERDICT]).toEqual({ value: "达到" });
    expect(row[WHAT_IF].value).toBe(primary.whatIfComposite);
    expect(blockRow(sheet, PRIMARY, "参加计算的学校数")[1].value).toBe(7);
    const junior = blockRow(sheet, "初中（参加计算的学校 2 个）", "综合差异系数");
    expect(junior[CV].value).toBe(evaluation.balance.junior.composite);
    expect(junior[LIMIT].value).toBe(0.55);
  });

  it("says the coefficients rest on data that still has errors", () => {
    const i = indexOfRow(sheet, PRIMARY);
    const note = sheet.rows.slice(i).find((r) => String(r[0]?.value ?? "").startsWith("注："));
    expect(String(note?.[0].value)).toContain("灰塘小学（512-02）");
  });

  it("shows each counted unit's share of the variance, adding up to 1 per indicator and stage", () => {
    const rows = blockRows(sheet, "各校对差异的贡献（该校占本学段该项指标加权方差的比例，各校合计为 1）");
    expect(rows.map((r) => `${r[0].value}/${r[2].value}`)).toEqual([
      "勐往乡中心小学/小学", "曼允九年一贯制学校/小学", "糯东小学/小学", "南果河小学/小学", "坝散小学/小学", "灰塘小学/小学", "勐往村小学/小学",
      "勐往乡中学/初中", "曼允九年一贯制学校/初中",
    ]);
    const b3 = 4 + 2; // 学校, 标识码, 学段, 学生数, B1, B2, B3
    const primaryRows = rows.filter((r) => r[2].value === "小学");
    const total = primaryRows.reduce((s, r) => s + (r[b3].value as number), 0);
    expect(total).toBeCloseTo(1, 9);
    const manyun = rows.find((r) => r[0].value === "曼允九年一贯制学校" && r[2].value === "小学")!;
    expect(manyun[b3].value).toBe(primary.contributions.get("5328221003:primary")!.B3);
    // 糯东小学 has no B4, so it has no share of it.
    expect(rows.find((r) => r[0].value === "糯东小学")![4 + 3].value).toBeNull();
  });

  it("lists the units not counted, with their reasons", () => {
    const rows = blockRows(sheet, "未参加计算的学校");
    expect(rows.map((r) => [r[0].value, r[4].value])).toEqual([
      ["南果河老寨教学点", "教学点不单独计算（2012 年办法）"],
      ["灰塘新寨教学点", "教学点不单独计算（2012 年办法）"],
      ["勐往启航民办小学", "民办学校不参加评估"],
    ]);
  });

  it("shows how the nine-year school's shared resources were split", () => {
    const rows = blockRows(sheet, "一贯制学校、完全中学共用资源的拆分");
    expect(rows.map((r) => r[2].value)).toEqual(["小学", "初中"]);
    const [p, j] = rows.map((r) => r[4].value as number);
    expect(p).toBeCloseTo(312 / (312 + 1.1 * 208), 12);
    expect(p + j).toBeCloseTo(1, 12);
    expect(String(rows[0][5].value)).toContain("小学部 57.7%，初中部 42.3%");
  });

  it("writes no NaN or infinite number", () => {
    for (const r of sheet.rows) for (const c of r) if (typeof c.value === "number") expect(Number.isFinite(c.value)).toBe(true);
  });
});

describe("差异系数 with the 2017 pack: every indicator judged on its own", () => {
  const { evaluation, register } = evaluatedSample(shippedPack("national-2017-quality"));
  const sheet = balanceSheet(evaluation, register.meta);
  const PRIMARY = "小学（参加计算的学校 7 个）";

  it("gives each indicator its threshold and verdict, and a summary row 各项指标", () => {
    const q6 = blockRow(sheet, PRIMARY, "Q6 生均教学仪器设备值（元）");
    expect(q6[CV].value).toBe(evaluation.balance.primary.cv.Q6);
    expect(q6[LIMIT].value).toBe(0.5);
    expect(q6[VERDICT]).toEqual({ value: "未达到", style: "below" });
    expect(blockRow(sheet, PRIMARY, "Q1 每百名学生拥有高于规定学历教师数（人）")[VERDICT]).toEqual({ value: "达到" });
    const summary = blockRow(sheet, PRIMARY, "各项指标");
    expect(summary[LIMIT].value).toBe(0.5);
    expect(summary[VERDICT].value).toBe("未达到");
    expect(summary[CV].value).toBeNull();
    expect(sheet.rows.some((r) => r[0]?.value === "综合差异系数")).toBe(false);
    const junior = blockRow(sheet, "初中（参加计算的学校 2 个）", "各项指标");
    expect(junior[LIMIT].value).toBe(0.45);
    expect(junior[VERDICT].value).toBe(evaluation.balance.junior.passed ? "达到" : "未达到");
  });

  it("names the pack and, with official thresholds only, gives no reference warning", () => {
    const top = topTexts(sheet).join("\n");
    expect(top).toContain("（national-2017-quality）");
    expect(top).not.toContain("参考值");
    expect(blockRows(sheet, "未参加计算的学校").map((r) => r[4].value)).toContain("教学点学生不足 50 人，不单独计算");
  });
});

describe("差异系数 on a hand-made register", () => {
  const input = records(primarySchool(CODE_A, "甲小学"), withCells(primarySchool(CODE_B, "乙小学"), { facilities: { books: 3600 } }));

  it("says a stage without counted units has no coefficient, and that nobody was left out", () => {
    const { evaluation } = evaluated(input);
    const sheet = balanceSheet(evaluation, {});
    expect(sheet.rows[0][0].value).toBe("差异系数");
    expect(rowWith(sheet, ["初中（参加计算的学校 0 个）"])).toBeDefined();
    expect(rowWith(sheet, ["没有参加计算的初中学校，不计算初中差异系数"])).toBeDefined();
    expect(rowWith(sheet, ["无：全部评估单元都参加了计算"])).toBeDefined();
    expect(sheet.rows.some((r) => r[0]?.value === "一贯制学校、完全中学共用资源的拆分")).toBe(false);
    const books = blockRow(sheet, "小学（参加计算的学校 2 个）", "B5 生均图书册数（册）");
    // 5400 + 3600 books over 360 students.
    expect(books[MEAN].value).toBeCloseTo(25, 12);
    expect(books[CV].value).toBeCloseTo(0.2, 12);
  });

  it("lists a coefficient threshold changed in the workbook and judges against it", () => {
    const pack = withParameter(shippedPack("yunnan-2016-basic"), { code: "CV", stage: "primary", area: null }, 0.05, {
      kind: "workbook",
      source: "标准参数!E23",
    });
    const { evaluation } = evaluated(records(primarySchool(CODE_A, "甲小学"), withCells(primarySchool(CODE_B, "乙小学"), { facilities: { books: 3600 } }), nineYearSchool()), pack);
    const sheet = balanceSheet(evaluation, {});
    expect(topTexts(sheet)).toContain("已按标准参数修改：差异系数标准 小学 0.05、初中 0.55（标准参数!E23）");
    const composite = blockRow(sheet, "小学（参加计算的学校 3 个）", "综合差异系数");
    expect(composite[LIMIT].value).toBe(0.05);
    expect(composite[CV].value as number).toBeGreaterThan(0.05);
    expect(composite[VERDICT]).toEqual({ value: "未达到", style: "below" });
  });

  it("lists a changed standard that the what-if uses", () => {
    const pack = withParameter(shippedPack("yunnan-2016-basic"), { code: "S6", stage: "primary", area: null }, 30, { kind: "workbook", source: "标准参数!E12" });
    const { evaluation } = evaluated(input, pack);
    const sheet = balanceSheet(evaluation, {});
    expect(topTexts(sheet)).toContain("已按标准参数修改：S6 小学 30册（标准参数!E12）");
    // Raising 乙小学 from 20 to 30 books per student leaves both schools equal.
    expect(blockRow(sheet, "小学（参加计算的学校 2 个）", "B5 生均图书册数（册）")[WHAT_IF].value).toBe(0);
  });
});

describe("差异系数 pictures (issue 5)", () => {
  const { evaluation, register } = evaluatedSample();
  const sheet = balanceSheet(evaluation, register.meta);
  const ids = evaluation.pack.balanceIndicators;
  const cell = (address: string) => {
    const { row, col } = parseCellAddress(address);
    return sheet.rows[row]?.[col];
  };
  /** 1-based sheet rows from "C8:C16" or "A21:C29". */
  const span = (range: string) => range.split(":").map((a) => parseCellAddress(a));

  it("bars the 差异系数 column of each stage, indicators and composite, from 0 to 1.5 × the threshold", () => {
    const primaryTop = indexOfRow(sheet, "小学（参加计算的学校 7 个）");
    const juniorTop = indexOfRow(sheet, "初中（参加计算的学校 2 个）");
    // Rows: heading, header, one per indicator, then the composite row; 1-based.
    expect(sheet.dataBars).toEqual([
      { ranges: [`C${primaryTop + 3}:C${primaryTop + 3 + ids.length}`], min: 0, max: 0.975, colour: DATA_BAR_COLOUR },
      { ranges: [`C${juniorTop + 3}:C${juniorTop + 3 + ids.length}`], min: 0, max: 0.825, colour: DATA_BAR_COLOUR },
    ]);
    const [from, to] = span(sheet.dataBars![0].ranges[0]);
    expect(sheet.rows[from.row][0].value).toBe("B1 生均教学及辅助用房面积（㎡）");
    expect(sheet.rows[to.row][0].value).toBe("综合差异系数");
    expect(sheet.rows[to.row][CV].value).toBe(evaluation.balance.primary.composite);
  });

  it("stretches the scale to a CV above 1.5 × the threshold, so no bar is cut off", () => {
    const pack = withParameter(shippedPack("yunnan-2016-basic"), { code: "CV", stage: "primary", area: null }, 0.05, { kind: "workbook", source: "标准参数!E23" });
    const { evaluation: e } = evaluated(records(primarySchool(CODE_A, "甲小学"), withCells(primarySchool(CODE_B, "乙小学"), { facilities: { books: 3600 } })), pack);
    const cvs = Object.values(e.balance.primary.cv).filter((v): v is number => v !== null);
    expect(Math.max(...cvs)).toBeGreaterThan(0.075);
    expect(balanceSheet(e, {}).dataBars?.[0].max).toBeCloseTo(Math.max(...cvs), 5);
  });

  it("charts each stage: clustered columns of the CVs with the threshold as a line, from a table on the sheet", () => {
    expect(sheet.charts).toHaveLength(2);
    const [primary, junior] = sheet.charts!;
    expect(primary.title).toBe("小学各项指标差异系数（综合差异系数标准 0.65）");
    expect(primary.series).toEqual([{ name: "差异系数" }, { name: "综合差异系数标准", line: true }]);
    expect(junior.title).toBe("初中各项指标差异系数（综合差异系数标准 0.55）");
    const [from, to] = span(primary.dataRange);
    expect([from.col, to.col, to.row - from.row]).toEqual([0, 2, ids.length]);
    // The header names the series; below it one row per indicator: category, the stage's CV, the threshold.
    expect(sheet.rows[from.row].map((c) => c.value)).toEqual(["指标", "差异系数", "综合差异系数标准"]);
    expect(sheet.rows[from.row - 1][0].value).toBe("小学各项指标差异系数与标准（作图数据）");
    ids.forEach((id, i) => {
      const row = sheet.rows[from.row + 1 + i];
      expect(row.map((c) => c.value)).toEqual([`${id} ${indicatorName(id).name}`, evaluation.balance.primary.cv[id], 0.65]);
    });
    expect(cell(`B${to.row + 1}`)?.numberFormat).toBe("0.000");
  });

  it("places each chart beside its own stage's rows, right of the stage table, never over another block", () => {
    const primaryTop = indexOfRow(sheet, "小学（参加计算的学校 7 个）");
    const juniorTop = indexOfRow(sheet, "初中（参加计算的学校 2 个）");
    const [primary, junior] = sheet.charts!.map((c) => span(c.anchor));
    expect(primary[0]).toEqual({ row: primaryTop, col: 8 });
    expect(primary[1].row).toBe(juniorTop - 2);
    expect(junior[0]).toEqual({ row: juniorTop, col: 8 });
    expect(junior[1].row).toBe(indexOfRow(sheet, "各校对差异的贡献（该校占本学段该项指标加权方差的比例，各校合计为 1）") - 2);
    // Columns I onward are empty on those rows: the stage table ends at G, the chart table at C.
    for (const [start, end] of [primary, junior]) {
      for (let r = start.row; r <= end.row; r++) expect(sheet.rows[r].length).toBeLessThanOrEqual(7);
    }
    // Wide enough to read: I–M (12 + 12 + 12 + 12 + 40 characters).
    expect(primary[1].col).toBe(12);
  });

  it("names the threshold series 标准 in the 2017 pack, where every indicator is judged", () => {
    const { evaluation: e } = evaluatedSample(shippedPack("national-2017-quality"));
    const charts = balanceSheet(e, {}).charts!;
    expect(charts.map((c) => c.series[1].name)).toEqual(["标准", "标准"]);
    expect(charts[0].title).toBe("小学各项指标差异系数（标准 0.5）");
  });

  it("draws nothing for a stage without counted schools", () => {
    const { evaluation: e } = evaluated(records(primarySchool(CODE_A, "甲小学"), primarySchool(CODE_B, "乙小学")));
    const s = balanceSheet(e, {});
    expect(s.charts).toHaveLength(1);
    expect(s.dataBars).toHaveLength(1);
    expect(s.charts![0].title.startsWith("小学")).toBe(true);
  });
});
