import { packById, PACKS } from "../../../src/domain/packs/registry";
import { RulePackSchema, type RulePack } from "../../../src/domain/packs/schema";
import {
  PLACEHOLDER_MARK,
  REFERENCE_MARK,
  STANDARDS_NOTE,
  STANDARDS_SHEET_RULES_INFO,
  readStandardsSheet,
  standardsSheet,
} from "../../../src/domain/outputs/standardsSheet";
import type { CellValue, SheetGrid } from "../../../src/domain/grid";
import { findingMessage } from "../../../src/domain/rules/registry";
import { outputToGrid, rowOf, withCell } from "../../helpers/outputToGrid";

const basic = packById("yunnan-2016-basic") as RulePack;
const quality = packById("national-2017-quality") as RulePack;
const basicGrid = outputToGrid(standardsSheet(basic));

function threshold(pack: RulePack, indicator: string, stage: "primary" | "junior", area: string | null = null) {
  return pack.thresholds.find((t) => t.indicator === indicator && t.stage === stage && t.area === area);
}

/** Reads the basic pack's sheet with one 标准值 (column E) changed. */
function readWithValue(code: string, stage: string, area: string, value: CellValue) {
  const cell = `E${rowOf(basicGrid, code, stage, area)}`;
  return { cell, ...readStandardsSheet(withCell(basicGrid, cell, value), basic) };
}

describe("standardsSheet", () => {
  const sheet = standardsSheet(basic);

  test("title naming the pack, the note, then the header the header row points at", () => {
    expect(sheet.name).toBe("标准参数");
    expect(sheet.rows[0][0].value).toContain("yunnan-2016-basic");
    expect(sheet.rows[0][0].value).toContain(basic.title);
    expect(sheet.rows[1][0].value).toBe(STANDARDS_NOTE);
    expect(sheet.rows[sheet.headerRow - 1].map((c) => c.value)).toEqual(["指标代码", "指标名称", "学段", "城乡分类", "标准值", "单位", "来源"]);
    expect(sheet.columnWidths).toHaveLength(7);
    expect(sheet.printHeader.left).toBe(basic.title);
    expect(standardsSheet(basic, "标准参数(2)").name).toBe("标准参数(2)");
  });

  test("one row per threshold, with 学段, 城乡分类 (blank = all) and marked sources", () => {
    const s1 = basicGrid.rows[rowOf(basicGrid, "S1", "初中", "镇区") - 1];
    expect(s1.slice(0, 5)).toEqual(["S1", "生均占地面积", "初中", "镇区", 25]);
    expect(String(s1[6])).toContain(REFERENCE_MARK);

    const s3 = sheet.rows[rowOf(basicGrid, "S3", "小学") - 1];
    expect(s3[3].value).toBeNull();
    expect(s3[4]).toEqual({ value: null, style: "warning" });
    expect(String(s3[6].value)).toContain(PLACEHOLDER_MARK);

    const s8 = basicGrid.rows[rowOf(basicGrid, "S8", "小学") - 1];
    expect(s8[1]).toBe("教职工与学生比（1 : n）（上限）");
    expect(s8[4]).toBe(19);
    expect(String(s8[6])).not.toContain(REFERENCE_MARK);

    const s9 = basicGrid.rows[rowOf(basicGrid, "S9", "初中") - 1];
    expect(s9[4]).toBe(0.98);
    expect(String(s9[5])).toContain("比例");
  });

  test("scalar rows: CV per stage, 权重 per stage, targets with control lines", () => {
    const value = (code: string, stage = "") => basicGrid.rows[rowOf(basicGrid, code, stage) - 1][4];
    expect([value("CV", "小学"), value("CV", "初中")]).toEqual([0.65, 0.55]);
    expect([value("权重", "小学"), value("权重", "初中"), value("权重", "高中")]).toEqual([1, 1.1, 1.32]);
    expect(["T1", "T2", "T3", "T4", "T5", "T6", "T7"].map((t) => value(t))).toEqual([0.995, 0.99, 0.8, 0.01, 0.03, 0, null]);
    expect([value("T4控制线"), value("T5控制线")]).toEqual([0.006, 0.018]);
    const codes = basicGrid.rows.slice(3).map((r) => r[0]);
    expect(codes).toHaveLength(basic.thresholds.length + 2 + 3 + 7 + 2);
  });
});

describe("readStandardsSheet", () => {
  test.each(PACKS.map((p) => [p.id, p] as const))("round trip of %s: same pack, no overrides, no findings", (_id, pack) => {
    const result = readStandardsSheet(outputToGrid(standardsSheet(pack)), pack);
    expect(result.findings).toEqual([]);
    expect(result.overrides).toEqual([]);
    expect(result.pack).toEqual(pack);
  });

  test("a changed number: S6 小学 25 → 30 is an override with its cell, and the pack says where it came from", () => {
    const { cell, pack, overrides, findings } = readWithValue("S6", "小学", "", 30);
    expect(cell).toBe("E18");
    expect(findings).toEqual([]);
    expect(overrides).toEqual([{ code: "S6", stage: "primary", area: null, from: 25, to: 30, cell: "E18" }]);
    expect(threshold(pack, "S6", "primary")).toEqual({
      indicator: "S6", stage: "primary", area: null, value: 30, provenance: { kind: "workbook", source: "标准参数!E18" },
    });
    expect(threshold(pack, "S6", "junior")?.value).toBe(40);
    expect(() => RulePackSchema.parse(pack)).not.toThrow();
    // The shipped pack itself is untouched.
    expect(threshold(basic, "S6", "primary")?.value).toBe(25);
  });

  test("the sheet's own name is used in provenance and findings", () => {
    const grid: SheetGrid = { ...withCell(basicGrid, "E18", 30), name: "标准参数(2)" };
    expect(threshold(readStandardsSheet(grid, basic).pack, "S6", "primary")?.provenance.source).toBe("标准参数(2)!E18");
  });

  test("an empty 标准值 sets the threshold to null (not judged)", () => {
    const { pack, overrides, findings, cell } = readWithValue("S5", "初中", "", null);
    expect(findings).toEqual([]);
    expect(overrides).toEqual([{ code: "S5", stage: "junior", area: null, from: 695, to: null, cell }]);
    expect(threshold(pack, "S5", "junior")?.value).toBeNull();
    expect(() => RulePackSchema.parse(pack)).not.toThrow();
  });

  test("filling a placeholder", () => {
    const { pack, overrides } = readWithValue("S3", "小学", "", "3.5");
    expect(overrides).toMatchObject([{ code: "S3", stage: "primary", from: null, to: 3.5 }]);
    expect(threshold(pack, "S3", "primary")?.provenance.kind).toBe("workbook");
  });

  test("tolerant numbers: full-width digits, thousands separators, unit words, percentages", () => {
    expect(readWithValue("S5", "初中", "", "１,２００").pack.thresholds.find((t) => t.indicator === "S5" && t.stage === "junior")?.value).toBe(1200);
    expect(threshold(readWithValue("S6", "小学", "", "30册").pack, "S6", "primary")?.value).toBe(30);
    expect(threshold(readWithValue("S5", "小学", "", "0.04万元").pack, "S5", "primary")?.value).toBe(400);
    expect(threshold(readWithValue("S9", "初中", "", "95%").pack, "S9", "junior")?.value).toBe(0.95);
    const same = readWithValue("T1", "", "", "99.5%");
    expect(same.overrides).toEqual([]);
    expect(same.findings).toEqual([]);
    const t5 = readWithValue("T5控制线", "", "", "2%");
    expect(t5.pack.targets.find((t) => t.id === "T5")).toMatchObject({ value: 0.03, controlLine: 0.02, provenance: { kind: "workbook" } });
  });

  test("scalar rows: CV, weights and targets", () => {
    const cv = readWithValue("CV", "初中", "", 0.5);
    expect(cv.pack.coefficient).toMatchObject({ primary: 0.65, junior: 0.5, provenance: { kind: "workbook", source: `标准参数!${cv.cell}` } });
    const weight = readWithValue("权重", "高中", "", 1.3);
    expect(weight.pack.splitWeights.senior).toBe(1.3);
    const t6 = readWithValue("T6", "", "", 2);
    expect(t6.pack.targets.find((t) => t.id === "T6")?.value).toBe(2);
    const t7 = readWithValue("T7", "", "", "");
    expect(t7.overrides).toEqual([]);
  });

  test("two changes sharing one provenance name both cells", () => {
    const primary = `E${rowOf(basicGrid, "CV", "小学")}`;
    const junior = `E${rowOf(basicGrid, "CV", "初中")}`;
    const grid = withCell(withCell(basicGrid, primary, 0.6), junior, 0.5);
    const { pack, overrides } = readStandardsSheet(grid, basic);
    expect(overrides).toHaveLength(2);
    expect(pack.coefficient.provenance.source).toBe(`标准参数!${primary}、标准参数!${junior}`);
  });

  test("a new row by 城乡分类 for a standard indicator is added (S8 乡村, the pre-2014 staffing option)", () => {
    const extra = basicGrid.rows.length + 1;
    const grid: SheetGrid = { ...basicGrid, rows: [...basicGrid.rows, ["S8", null, "小学", "农村", 23]] };
    const { pack, overrides, findings } = readStandardsSheet(grid, basic);
    expect(findings).toEqual([]);
    expect(overrides).toEqual([{ code: "S8", stage: "primary", area: "乡村", from: null, to: 23, cell: `E${extra}` }]);
    expect(threshold(pack, "S8", "primary", "乡村")?.value).toBe(23);
    expect(threshold(pack, "S8", "primary")?.value).toBe(19);
    expect(() => RulePackSchema.parse(pack)).not.toThrow();
  });

  test("rows are found by their key, not their position; blank rows and extra columns are ignored", () => {
    const [title, note, header, ...body] = basicGrid.rows;
    const grid: SheetGrid = { ...basicGrid, rows: [title, note, [], header, ...[...body].reverse(), [], [null, "备注", null, null, null, null, "随便写"]] };
    const result = readStandardsSheet(grid, basic);
    expect(result.findings).toEqual([]);
    expect(result.pack).toEqual(basic);
  });

  test("the header is found by its labels, tolerant of spaces, full-width forms and unit brackets", () => {
    const [title, note, , ...body] = basicGrid.rows;
    const header: CellValue[] = ["指标 代码", "指标名称", "学段", "城乡分类", "标准值（元）", "单位", "来源"];
    const grid: SheetGrid = { ...basicGrid, rows: [title, note, header, ...body] };
    expect(readStandardsSheet(grid, basic).findings).toEqual([]);
  });

  describe("problems point at their cell and leave the number as the pack has it", () => {
    function onlyFinding(code: string, stage: string, area: string, value: CellValue) {
      const result = readWithValue(code, stage, area, value);
      expect(result.overrides).toEqual([]);
      expect(result.pack).toEqual(basic);
      expect(result.findings).toHaveLength(1);
      const [f] = result.findings;
      expect(f).toMatchObject({ rule: "P-01", severity: "error", sheet: "标准参数", cells: [result.cell], schoolId: null, explained: false });
      return f.message;
    }

    test("text that is not a number", () => {
      expect(onlyFinding("S6", "小学", "", "约30")).toBe("「标准参数」E18：「S6 小学」的标准值填了「约30」，不是数字；仍按规则包的 25 审核。");
    });

    test("a negative value", () => {
      expect(onlyFinding("S6", "小学", "", -5)).toContain("不能为负数");
    });

    test("zero where a threshold must be above 0, and words typed for none", () => {
      expect(onlyFinding("S6", "小学", "", 0)).toContain("必须大于 0；这一项不判定请留空");
      expect(onlyFinding("S6", "小学", "", "无")).toContain("填了「无」，不是数字；这一项不判定请留空");
    });

    test("an Excel error value", () => {
      expect(onlyFinding("S6", "小学", "", { error: "#REF!" })).toContain("填了「#REF!」");
    });

    test("a rate above 1, a fractional class count, an empty CV limit", () => {
      expect(onlyFinding("S9", "初中", "", 98)).toContain("98% 请填 0.98 或 98%");
      expect(onlyFinding("T6", "", "", 0.5)).toContain("班数必须是整数");
      expect(onlyFinding("CV", "小学", "", null)).toContain("不能留空");
    });

    test("a unit word that does not belong to the indicator", () => {
      expect(onlyFinding("S6", "小学", "", "30台")).toContain("填了「30台」，不是数字");
    });
  });

  function findingsOf(rows: CellValue[][]) {
    const grid: SheetGrid = { ...basicGrid, rows: [...basicGrid.rows, ...rows] };
    const result = readStandardsSheet(grid, basic);
    expect(result.pack).toEqual(basic);
    return result.findings.map((f) => ({ cells: f.cells, message: f.message }));
  }

  test("unknown codes, 学段 and 城乡分类, combinations the pack lacks, duplicates, values without a code", () => {
    const n = basicGrid.rows.length;
    const s6row = rowOf(basicGrid, "S6", "小学");
    expect(
      findingsOf([
        ["S11", null, "小学", null, 3],
        ["Q1", null, "小学", null, 4.2],
        ["S6", null, "小学一年级", null, 30],
        ["S6", null, "小学", "城市郊区", 30],
        ["T4", null, "小学", null, 0.02],
        ["S6", null, "小学", null, 30],
        [null, null, null, null, 7],
      ]),
    ).toEqual([
      { cells: [`A${n + 1}`], message: `「标准参数」A${n + 1}：指标代码「S11」不是规则包 yunnan-2016-basic 的参数；本行未使用。` },
      { cells: [`A${n + 2}`], message: `「标准参数」A${n + 2}：指标代码「Q1」不是规则包 yunnan-2016-basic 的参数；本行未使用。` },
      { cells: [`C${n + 3}`], message: `「标准参数」C${n + 3}：学段「小学一年级」无法识别，应为 小学、初中（拆分权重还可填 高中）；本行未使用。` },
      { cells: [`D${n + 4}`], message: `「标准参数」D${n + 4}：城乡分类「城市郊区」无法识别，应为 城区、镇区、乡村，或留空表示全部；本行未使用。` },
      { cells: [`A${n + 5}`], message: `「标准参数」A${n + 5}：「T4 小学」不是可设置的参数（T4 只有：不分学段）；本行未使用。` },
      { cells: [`A${n + 6}`], message: `「标准参数」A${n + 6}：「S6 小学」与第 ${s6row} 行重复，本行未使用。` },
      { cells: [`A${n + 7}`], message: `「标准参数」A${n + 7}：这一行有标准值「7」但没有指标代码，本行未使用。` },
    ]);
  });

  test("every problem reads in English from the same params, the user's text kept as typed (--lang en-US)", () => {
    const n = basicGrid.rows.length;
    const grid: SheetGrid = {
      ...basicGrid,
      rows: [...basicGrid.rows, ["Q1", null, "小学", null, 4.2], ["S6", null, "小学一年级", null, 30], ["T4", null, "小学", null, 0.02], ["S6", null, "小学", null, 30]],
    };
    const english = readStandardsSheet(grid, basic).findings.map((f) => findingMessage(f, "en-US"));
    expect(english).toEqual([
      `「标准参数」A${n + 1}: the indicator code “Q1” is not a parameter of pack yunnan-2016-basic; the row is not used.`,
      `「标准参数」C${n + 2}: the stage (学段) “小学一年级” is not known; it should be 小学 or 初中 (or 高中 for the split weights); the row is not used.`,
      `「标准参数」A${n + 3}: “T4 primary” is not a parameter that can be set (T4 has only: all stages); the row is not used.`,
      `「标准参数」A${n + 4}: “S6 primary” repeats row ${rowOf(basicGrid, "S6", "小学")}; this row is not used.`,
    ]);
    const value = readWithValue("S9", "初中", "", 98).findings[0];
    expect(value.params).toMatchObject({ code: "S9", stage: "junior", problem: "over1", shown: "98", value: 98 });
    expect(findingMessage(value, "en-US")).toBe(
      `「标准参数」${value.cells[0]}: the value of “S9 junior secondary”: “98” is above 1 (100%), which a share cannot be; for 98% type 0.98 or 98%; the pack's ${value.params.current} still applies.`,
    );
    expect(findingMessage(readWithValue("S6", "小学", "", "无").findings[0], "en-US")).toContain("“无” is not a number; leave it empty not to judge this item");
  });

  test("codes are read case- and width-insensitively", () => {
    const row = rowOf(basicGrid, "S6", "小学");
    const grid = withCell(withCell(basicGrid, `A${row}`, " ｓ６ "), `E${row}`, 26);
    const { overrides, findings } = readStandardsSheet(grid, basic);
    expect(findings).toEqual([]);
    expect(overrides).toMatchObject([{ code: "S6", to: 26 }]);
  });

  test("a sheet written for another pack is not read (CV means the composite in one, each coefficient in the other)", () => {
    const result = readStandardsSheet(outputToGrid(standardsSheet(quality)), basic);
    expect(result.pack).toBe(basic);
    expect(result.overrides).toEqual([]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: "P-01", cells: ["A1"] });
    expect(result.findings[0].message).toBe(
      "「标准参数」A1：本表是按规则包 national-2017-quality 生成的，本次审核使用规则包 yunnan-2016-basic，两者的参数含义不同，整张表未使用。" +
        "请改用规则包 national-2017-quality 审核，或删除本表后重新生成。",
    );
  });

  test("without its title row the sheet is read row by row, and another pack's codes are unknown", () => {
    const rows = outputToGrid(standardsSheet(quality)).rows.slice(1);
    const result = readStandardsSheet({ ...basicGrid, rows }, basic);
    expect(result.findings.length).toBe(quality.thresholds.length);
    expect(result.findings.every((f) => f.rule === "P-01" && f.message.includes("不是规则包 yunnan-2016-basic 的参数"))).toBe(true);
  });

  test("a missing header is one finding and the pack is unchanged", () => {
    const grid: SheetGrid = { name: "标准参数", rows: [["随便"], ["S6", null, "小学", null, 30]], merges: [], visibility: "visible" };
    const result = readStandardsSheet(grid, basic);
    expect(result.pack).toBe(basic);
    expect(result.overrides).toEqual([]);
    expect(result.findings).toEqual([
      {
        rule: "P-01",
        severity: "error",
        schoolId: null,
        schoolName: null,
        sheet: "标准参数",
        cells: ["A1"],
        message: "「标准参数」A1：找不到表头（需要“指标代码”和“标准值”两列），整张表未使用，按规则包 yunnan-2016-basic 的默认值审核。",
        explained: false,
        params: { sheetName: "标准参数", cell: "A1", pack: "yunnan-2016-basic" },
        text: "P-01.noHeader",
      },
    ]);
  });

  test("the rule's metadata for the handbook", () => {
    expect(STANDARDS_SHEET_RULES_INFO).toHaveLength(1);
    const [info] = STANDARDS_SHEET_RULES_INFO;
    expect(info).toMatchObject({ id: "P-01", severity: "error", table: "标准参数" });
    for (const text of [info.title, info.explanation, info.example, info.fix]) expect(text.length).toBeGreaterThan(5);
  });
});
