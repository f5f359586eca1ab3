import { columnLetter, parseCellAddress } from "../../../src/domain/grid";
import { indicatorSheet, INDICATOR_SHEET } from "../../../src/domain/outputs/indicatorSheet";
import { DATA_BAR_COLOUR } from "../../../src/domain/outputs/palette";
import { withParameter } from "../../../src/domain/packs/standardsTable";
import { SAMPLE_META } from "../../../src/domain/sample/sampleSchools";
import { CODE_A, CODE_B, primarySchool, records, withCells } from "../../helpers/register";
import { nineYearSchool } from "../../helpers/stageSchools";
import { columnOf, evaluated, evaluatedSample, rowWith, shippedPack, topTexts } from "../../helpers/evaluatedSheets";

const REFERENCE = "参考值，请按省定标准核对";

describe("指标计算 on the sample register (yunnan-2016-basic)", () => {
  const { evaluation, register } = evaluatedSample();
  const sheet = indicatorSheet(evaluation, register.meta);
  const table = sheet.rows.slice(sheet.headerRow);
  const col = (header: string) => columnOf(sheet, header);

  it("is titled with the township, names the pack and warns about reference values", () => {
    expect(sheet.name).toBe(INDICATOR_SHEET);
    expect(sheet.rows[0][0]).toEqual({ value: "勐往乡（示例） 2016年度 指标计算", style: "title" });
    const top = topTexts(sheet).join("\n");
    expect(top).toContain("云南省县域义务教育基本均衡（2016 年乡镇自查）（yunnan-2016-basic）");
    expect(top).toContain(`${REFERENCE}：S1、S2、S5、S6、S7、S9 为参考值；S3、S4 未设定标准值，只计算不判定`);
    expect(top).not.toContain("已按标准参数修改");
    expect(sheet.printHeader).toEqual({ left: SAMPLE_META["乡镇"], right: "数据日期 2016-09-01" });
  });

  it("has the 表Ⅱ-2 columns: school, balance values, each standard as value and 标准, 是否达标, 说明", () => {
    const headers = sheet.rows[sheet.headerRow - 1].map((c) => c.value);
    expect(headers.slice(0, 6)).toEqual(["学校", "标识码", "学段", "城乡分类", "学生数", "B1 生均教学及辅助用房面积（㎡）"]);
    expect(headers).toContain("S6 生均图书册数（册）");
    expect(headers[col("S6 生均图书册数（册）") + 1]).toBe("S6 标准");
    expect(headers).toContain("S10 标准（上限）");
    expect(headers.slice(-2)).toEqual(["是否达标", "说明"]);
    expect(sheet.rows[sheet.headerRow - 1].every((c) => c.style === "header")).toBe(true);
    expect(sheet.columnWidths).toHaveLength(headers.length);
  });

  it("shades 灰塘小学's 图书 and 计算机 below standard and leaves 是否达标 blank", () => {
    const row = rowWith(sheet, ["灰塘小学", "5328221007", "小学"]);
    const unit = evaluation.units.find((e) => e.unit.id === "5328221007:primary")!;
    const s6 = row[col("S6 生均图书册数（册）")];
    expect(s6.value).toBeCloseTo(19.0, 6);
    expect(s6.value).toBe(unit.indicators.S6);
    expect(s6.style).toBe("below");
    expect(row[col("S6 标准")]).toEqual({ value: 25, numberFormat: "0.00" });
    expect(row[col("S7 每百名学生计算机台数（台）")].style).toBe("below");
    expect(row[col("S5 生均教学仪器设备值（元）")].style).toBeUndefined();
    expect(row[col("是否达标")].value).toBeNull();
    expect(row[col("学生数")].value).toBe(132);
    const note = String(row[col("说明")].value);
    expect(note).toContain("低于标准：S6、S7");
    expect(note).toContain("数据有错误（512-02），结果仅供参考");
    expect(note).toContain("B6 1 : 14.7");
  });

  it("marks a school meeting every set standard with 1, and shows unset standards as empty", () => {
    const row = rowWith(sheet, ["勐往乡中心小学", "5328221001", "小学"]);
    expect(row[col("是否达标")].value).toBe(1);
    expect(row[col("S3 标准")].value).toBeNull();
    expect(typeof row[col("S3 生均绿化用地面积（㎡）")].value).toBe("number");
  });

  it("shows an indicator that cannot be computed as an empty cell, never NaN", () => {
    const row = rowWith(sheet, ["糯东小学"]);
    expect(row[col("B4 每百名学生拥有计算机台数（台）")].value).toBeNull();
    for (const r of table) for (const c of r) if (typeof c.value === "number") expect(Number.isFinite(c.value)).toBe(true);
  });

  it("lists counted units by stage first, then the teaching points and the private school with their reasons", () => {
    const order = table.map((r) => `${r[0].value}/${r[2].value}`);
    expect(order).toEqual([
      "勐往乡中心小学/小学", "曼允九年一贯制学校/小学", "糯东小学/小学", "南果河小学/小学", "坝散小学/小学", "灰塘小学/小学", "勐往村小学/小学",
      "勐往乡中学/初中", "曼允九年一贯制学校/初中",
      "南果河老寨教学点/小学", "灰塘新寨教学点/小学", "勐往启航民办小学/小学",
    ]);
    const point = rowWith(sheet, ["南果河老寨教学点"]);
    expect(String(point[col("说明")].value)).toContain("教学点不单独计算（2012 年办法）");
    expect(point[col("是否达标")].value).toBeNull();
    const privateSchool = rowWith(sheet, ["勐往启航民办小学"]);
    expect(String(privateSchool[col("说明")].value)).toContain("民办学校不参加评估");
    // Not judged, so nothing is shaded even where the value is below standard.
    expect(privateSchool.some((c) => c.style === "below")).toBe(false);
  });

  it("says how a mixed school's shared resources were split", () => {
    const row = rowWith(sheet, ["曼允九年一贯制学校", "5328221003", "初中"]);
    expect(String(row[col("说明")].value)).toContain("共用资源按 42.3% 计入初中部");
  });
});

describe("指标计算 on a hand-made register", () => {
  const short = withCells(primarySchool(CODE_B, "缺书小学"), { facilities: { books: 3600 } });
  const input = records(primarySchool(CODE_A, "达标小学"), short, nineYearSchool());

  it("judges each unit against the pack and shades only what is below", () => {
    const { evaluation } = evaluated(input);
    const sheet = indicatorSheet(evaluation, {});
    const s6 = columnOf(sheet, "S6 生均图书册数（册）");
    const passed = columnOf(sheet, "是否达标");
    const good = rowWith(sheet, ["达标小学"]);
    expect(good[s6]).toEqual({ value: 30, numberFormat: "0.00" });
    expect(good[passed].value).toBe(1);
    const bad = rowWith(sheet, ["缺书小学"]);
    expect(bad[s6]).toEqual({ value: 20, style: "below", numberFormat: "0.00" });
    expect(bad[passed].value).toBeNull();
    expect(sheet.rows[0][0].value).toBe("指标计算");
    expect(sheet.rows.slice(sheet.headerRow).map((r) => r[2].value)).toEqual(["小学", "小学", "小学", "初中"]);
  });

  it("lists a threshold changed in the 标准参数 sheet and judges against it", () => {
    const pack = withParameter(shippedPack("yunnan-2016-basic"), { code: "S6", stage: "primary", area: null }, 32, {
      kind: "workbook",
      source: "标准参数!E12",
    });
    const { evaluation } = evaluated(input, pack);
    const sheet = indicatorSheet(evaluation, { 乡镇: "测试乡" });
    expect(topTexts(sheet)).toContain("已按标准参数修改：S6 小学 32册（标准参数!E12）");
    // Still reference values elsewhere (S1, S2 …), so the warning stays.
    expect(topTexts(sheet).some((t) => t.startsWith(REFERENCE))).toBe(true);
    const good = rowWith(sheet, ["达标小学"]);
    expect(good[columnOf(sheet, "S6 标准")].value).toBe(32);
    expect(good[columnOf(sheet, "S6 生均图书册数（册）")].style).toBe("below");
    expect(sheet.rows[0][0].value).toBe("测试乡 指标计算");
  });

  it("drops the warning when every standard used is official (2017 pack) and shows each Q indicator once", () => {
    const { evaluation } = evaluated(input, shippedPack("national-2017-quality"));
    const sheet = indicatorSheet(evaluation, {});
    expect(topTexts(sheet).join("\n")).not.toContain("参考值");
    expect(topTexts(sheet).join("\n")).toContain("national-2017-quality");
    const headers = sheet.rows[sheet.headerRow - 1].map((c) => c.value);
    expect(headers.filter((h) => String(h).startsWith("Q6 "))).toEqual(["Q6 生均教学仪器设备值（元）", "Q6 标准"]);
  });
});

describe("指标计算 data bars (issue 5)", () => {
  const { evaluation, register } = evaluatedSample();
  const sheet = indicatorSheet(evaluation, register.meta);
  const bars = sheet.dataBars ?? [];
  const letter = (header: string) => columnLetter(columnOf(sheet, header));
  const counted = (stage: string) => evaluation.units.filter((e) => !e.unit.excluded && e.unit.stage === stage).length;
  /** 1-based sheet rows of a stage's counted units: they come first, 小学 then 初中 (tested above). */
  const rowsOf = (stage: "小学" | "初中") => {
    const skip = stage === "小学" ? 0 : counted("primary");
    return Array.from({ length: counted(stage === "小学" ? "primary" : "junior") }, (_, i) => sheet.headerRow + 1 + skip + i);
  };

  it("scales the 小学 图书 column from 0 to twice its standard (25 册 → 50), over the counted 小学 only", () => {
    const primary = rowsOf("小学");
    expect(primary).toHaveLength(7);
    const s6 = letter("S6 生均图书册数（册）");
    expect(bars).toContainEqual({ ranges: [`${s6}${primary[0]}:${s6}${primary[6]}`], min: 0, max: 50, colour: DATA_BAR_COLOUR });
    // 初中 has its own standard, so its own scale.
    const junior = rowsOf("初中");
    const juniorStandard = evaluation.units.find((e) => e.unit.stage === "junior")!.thresholds.S6 as number;
    expect(bars).toContainEqual({ ranges: [`${s6}${junior[0]}:${s6}${junior[1]}`], min: 0, max: 2 * juniorStandard, colour: DATA_BAR_COLOUR });
  });

  it("puts bars only on the value columns of standards, and never on units that are not counted", () => {
    const standardColumns = evaluation.pack.standardIndicators.map((id) => sheet.rows[sheet.headerRow - 1].findIndex((c) => String(c.value).startsWith(`${id} `)));
    const barred = new Set(bars.flatMap((b) => b.ranges.map((r) => parseCellAddress(r.split(":")[0]).col)));
    expect([...barred].sort((a, b) => a - b)).toEqual(standardColumns);
    const lastCounted = Math.max(...rowsOf("小学"), ...rowsOf("初中"));
    for (const bar of bars) for (const range of bar.ranges) expect(parseCellAddress(range.split(":").at(-1)!).row + 1).toBeLessThanOrEqual(lastCounted);
  });

  it("scales an indicator without a standard (S3) to its largest value, so bars still compare schools", () => {
    const s3 = columnOf(sheet, "S3 生均绿化用地面积（㎡）");
    const primary = rowsOf("小学");
    const values = primary.map((r) => sheet.rows[r - 1][s3].value).filter((v): v is number => typeof v === "number");
    const bar = bars.find((b) => b.ranges[0] === `${columnLetter(s3)}${primary[0]}:${columnLetter(s3)}${primary[6]}`);
    expect(bar?.max).toBeCloseTo(Math.max(...values), 4);
  });

  it("gives schools of one stage a scale per standard where standards differ by 城乡 (S1: 城区 15, 乡村 20)", () => {
    const town = withCells(primarySchool(CODE_B, "城区小学"), { schools: { urbanRural: "城区" } });
    const { evaluation: e } = evaluated(records(primarySchool(CODE_A, "甲小学"), town, primarySchool("5328220003", "丙小学")));
    const s = indicatorSheet(e, {});
    const s1 = columnLetter(columnOf(s, "S1 生均占地面积（㎡）"));
    const first = s.headerRow + 1;
    const s1Bars = (s.dataBars ?? []).filter((b) => b.ranges.some((r) => r.startsWith(s1)));
    expect(s1Bars).toEqual([
      { ranges: [`${s1}${first}`, `${s1}${first + 2}`], min: 0, max: 40, colour: DATA_BAR_COLOUR },
      { ranges: [`${s1}${first + 1}`], min: 0, max: 30, colour: DATA_BAR_COLOUR },
    ]);
  });
});
