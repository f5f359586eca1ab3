import { addedRectificationJson } from "../../../src/domain/result";
import { rectificationItems, withCarried } from "../../../src/domain/evaluation/rectification";
import type { CellValue, SheetGrid } from "../../../src/domain/grid";
import { readAddedRows, readRectificationSheet, rectificationSheet, SIGNATURE_LINE } from "../../../src/domain/outputs/rectificationSheet";
import type { OutputSheet } from "../../../src/domain/outputs/writePlan";
import { YUNNAN_2016_BASIC } from "../../../src/domain/packs/yunnan2016Basic";
import { ruleById } from "../../../src/domain/rules/registry";
import { CODE_A } from "../../helpers/register";
import { outputToGrid } from "../../helpers/outputToGrid";
import { evaluated, META } from "../../helpers/rectificationRegister";

/** What reading the written sheet back gives: its values, as an adapter would deliver them (copies, to edit). */
const gridOf = (sheet: OutputSheet): CellValue[][] => outputToGrid(sheet).rows.map((row) => [...row]);

const asGrid = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, merges: [], visibility: "visible" });

const HEADER = ["序号", "学校", "学段", "问题", "指标", "现状值", "标准值", "差距", "整改措施", "责任单位", "完成时限", "状态", "备注", "整改项标识", "来源"];
const KEY = HEADER.indexOf("整改项标识");

describe("the 整改清单 sheet", () => {
  const { findings, evaluation } = evaluated();
  const items = rectificationItems(evaluation, findings);
  const sheet = rectificationSheet(items, META, YUNNAN_2016_BASIC);
  const values = gridOf(sheet);
  const rowOf = (key: string) => values.find((r) => r[KEY] === key);

  it("names the township, the pack and the data date, and which listed shortfalls rest on reference values", () => {
    expect(sheet.name).toBe("整改清单");
    expect(values.slice(0, 4)).toEqual([
      ["测试乡 2016年度 整改清单"],
      [`规则包：${YUNNAN_2016_BASIC.title}（yunnan-2016-basic）；数据日期 2016-09-01。共 4 所学校、${items.length} 项整改事项。`],
      // S6 (小学) and S10 are official; the other listed standards are other provinces' values.
      ["参考值，请按省定标准核对：S1、S2、S5、S7 为参考值"],
      ["责任单位、完成时限和状态（未整改 / 整改中 / 已完成）可直接修改，重新生成清单时保留；在学校的清单中插入的行（来源填“县级复评”等）也会保留。"],
    ]);
    expect(sheet.printHeader).toEqual({ left: "测试乡", right: "数据日期 2016-09-01" });
  });

  it("lists the standards the workbook changed", () => {
    const s6 = YUNNAN_2016_BASIC.thresholds.find((t) => t.indicator === "S6" && t.stage === "primary");
    const changed = { ...YUNNAN_2016_BASIC, thresholds: YUNNAN_2016_BASIC.thresholds.map((t) => (t === s6 ? { ...t, value: 30, provenance: { kind: "workbook" as const, source: "标准参数!E12" } } : t)) };
    expect(gridOf(rectificationSheet(items, META, changed)).map((r) => r[0])).toContain("已按标准参数修改：S6 小学 30册（标准参数!E12）");
  });

  it("makes each school's list a document: its name as title, one header, a signature line, a page break after", () => {
    // Rows: 4 top rows; 短缺小学 title, header, 8 items, blank, signature (5–16); 南山小学 title, header, 2 items,
    // blank, signature (17–22); 测试初级中学 with 3 items (23–29); 民办小学 with 1 item (30–34).
    expect(values.map((r) => r[0]).filter((v) => typeof v === "string" && /（\d{10}）整改清单$/.test(v))).toEqual([
      "短缺小学（5328220001）整改清单", "南山小学（5328220002）整改清单", "测试初级中学（5328220021）整改清单", "民办小学（5328220003）整改清单",
    ]);
    expect(sheet.pageBreaksAfter).toEqual([16, 22, 29, 34]);
    expect(values).toHaveLength(34);
    expect(sheet.headerRow).toBe(6);
    expect([6, 18, 24, 31].map((r) => values[r - 1])).toEqual([HEADER, HEADER, HEADER, HEADER]);
    expect(values.filter((r) => r[0] === "序号")).toHaveLength(4);
    expect([16, 22, 29, 34].map((r) => values[r - 1])).toEqual(Array(4).fill([SIGNATURE_LINE]));
    expect(SIGNATURE_LINE).toMatch(/^填表人：.*校长（签字）：.*日期：/);
    // Every later group starts right after a break.
    for (const after of sheet.pageBreaksAfter?.slice(0, -1) ?? []) expect(String(values[after][0])).toMatch(/（\d{10}）整改清单$/);
  });

  it("hides the key column and 学校 (each school's page has it as title), and numbers items within each school", () => {
    expect(sheet.hiddenColumns).toEqual([2, KEY + 1]);
    expect(sheet.columnWidths).toHaveLength(HEADER.length);
    const itemRows = values.filter((r) => r.length === HEADER.length && r[0] !== "序号");
    expect(itemRows.map((r) => r[KEY])).toEqual(items.map((i) => i.key));
    expect(itemRows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 1, 2, 3, 1]);
  });

  it("keeps figures as numbers, rounded for reading, and states the gap with its unit", () => {
    expect(rowOf(`${CODE_A}|primary|S6`)).toEqual([
      5, "短缺小学", "小学", "小学生均图书册数 20 册，低于标准 25 册", "S6 生均图书册数（册）", 20, 25, "1 000 册",
      "补充图书约 1 000 册", "学校、乡中心学校", "县级复评前", "未整改", "", `${CODE_A}|primary|S6`, "本次审核",
    ]);
    // The figures carry their unit in the number format, so 标准值 "25 册" never runs into 差距 "1 000 册".
    const s5 = sheet.rows.find((r) => r[KEY]?.value === `${CODE_A}|primary|S5`);
    expect([s5?.[5].numberFormat, s5?.[6].numberFormat]).toEqual(['General" 元"', 'General" 元"']);
    // 987.66 ÷ 200 = 4.9383 shows as 4.94; the gap keeps its two decimals.
    expect(rowOf(`${CODE_A}|primary|S2`)?.slice(4, 8)).toEqual(["S2 生均校舍建筑面积（㎡）", 4.94, 5.1, "32.34 ㎡"]);
    expect(rowOf(`${CODE_A}|primary|S5`)?.slice(4, 8)).toEqual(["S5 生均教学仪器设备值（元）", 300, 365, "13 000 元"]);
    expect(rowOf(`${CODE_A}|-|危房`)?.slice(2, 8)).toEqual(["全校", "校舍中有危房 120.5 ㎡，D 级危房不得使用（一票否决项）", "危房面积（㎡）", 120.5, 0, "120.5 ㎡"]);
    // Rates in percent, as the label says; the enrolment gap in children (396 of 400 enrolled, 398 needed).
    expect(rowOf("5328220002|primary|T1")?.slice(4, 8)).toEqual(["T1 小学入学率（%）", 99, 99.5, "2 人"]);
    const dataRow = values.find((r) => r[4] === `312-01 ${ruleById("312-01")?.title}`);
    expect(dataRow?.slice(2, 8)).toEqual(["全校", "小学各年级人数之和 182 与合计 180 不相等", `312-01 ${ruleById("312-01")?.title}`, null, null, ""]);
  });

  it("writes a line instead of groups when there is nothing to rectify", () => {
    const empty = rectificationSheet([], META, YUNNAN_2016_BASIC);
    expect(gridOf(empty).slice(3)).toEqual([HEADER, ["无整改事项"]]);
    expect(empty.headerRow).toBe(4);
    expect(empty.pageBreaksAfter).toEqual([]);
    expect(readRectificationSheet(asGrid("整改清单", gridOf(empty))).size).toBe(0);
  });

  describe("read back after users edited it", () => {
    const edited = gridOf(sheet).map((row) => [...row]);
    const edit = (key: string, column: string, value: CellValue) => {
      const row = edited.find((r) => r[KEY] === key);
      if (!row) throw new Error(`no row for ${key}`);
      row[HEADER.indexOf(column)] = value;
    };
    edit(`${CODE_A}|primary|S6`, "状态", "整改中");
    edit(`${CODE_A}|primary|S6`, "责任单位", " 学校、县教育局 ");
    edit(`${CODE_A}|primary|S6`, "完成时限", new Date(Date.UTC(2016, 7, 31)));
    edit(`${CODE_A}|primary|S7`, "状态", "完成了");
    edit(`${CODE_A}|primary|S5`, "状态", "已完成");
    edit(`${CODE_A}|primary|S5`, "责任单位", null);
    edit(`${CODE_A}|primary|S5`, "备注", "图书已到货，待入账");
    // A note a user typed under a group, without a key.
    edited.splice(14, 0, [null, "备注：图书已订购"]);
    const previous = readRectificationSheet(asGrid("整改清单", edited));

    it("reads every item's status, responsible unit and deadline by key", () => {
      expect(previous.size).toBe(items.length);
      expect(previous.get(`${CODE_A}|primary|S6`)).toEqual({ status: "整改中", responsible: "学校、县教育局", deadline: "2016-08-31" });
      // Only the three statuses count; anything else counts as 未整改 and is kept as typed.
      expect(previous.get(`${CODE_A}|primary|S7`)).toEqual({ status: "未整改", responsible: "学校、乡中心学校", deadline: "县级复评前", typedStatus: "完成了" });
      expect(previous.get(`${CODE_A}|primary|S5`)).toEqual({ status: "已完成", responsible: "", deadline: "县级复评前", note: "图书已到货，待入账" });
    });

    it("carries them into the next run's list and sheet", () => {
      const next = withCarried(rectificationItems(evaluation, findings), previous);
      const byKey = new Map(next.map((i) => [i.key, i]));
      expect(byKey.get(`${CODE_A}|primary|S6`)).toMatchObject({ status: "整改中", responsible: "学校、县教育局", deadline: "2016-08-31" });
      expect(byKey.get(`${CODE_A}|primary|S7`)?.status).toBe("未整改");
      // An emptied 责任单位 goes back to the pack's default.
      expect(byKey.get(`${CODE_A}|primary|S5`)).toMatchObject({ status: "已完成", responsible: "学校、乡中心学校", note: "图书已到货，待入账" });
      const rewritten = gridOf(rectificationSheet(next, META, YUNNAN_2016_BASIC)).find((r) => r[KEY] === `${CODE_A}|primary|S6`);
      expect(rewritten?.slice(9, 12)).toEqual(["学校、县教育局", "2016-08-31", "整改中"]);
    });

    it("finds the columns by their labels, wherever users moved them", () => {
      // Swap 状态 and 完成时限 in every header and item row.
      const [status, deadline] = [HEADER.indexOf("状态"), HEADER.indexOf("完成时限")];
      const swapped = edited.map((row) => {
        if (row.length < HEADER.length) return row;
        const copy = [...row];
        [copy[status], copy[deadline]] = [copy[deadline], copy[status]];
        return copy;
      });
      expect(readRectificationSheet(asGrid("整改清单", swapped))).toEqual(previous);
    });
  });
});

describe("rows users added, in the JSON result", () => {
  it("keep what was typed, numbers as numbers, keyed by school and place; a row above every school has no school", () => {
    const row = (cells: Record<string, CellValue>): CellValue[] => HEADER.map((h) => cells[h] ?? null);
    const grid: CellValue[][] = [
      HEADER,
      row({ 问题: "全乡：校车安全检查未记录", 整改措施: "补记录", 来源: "县级复评" }),
      ["短缺小学（5328220001）整改清单"],
      HEADER,
      row({ 学段: "小学", 问题: "围墙破损", 指标: "围墙", 现状值: 30, 整改措施: "修缮围墙", 责任单位: "学校", 完成时限: "2016-09-30", 状态: "整改中", 来源: "县级复评" }),
      row({ 问题: "厕所无隔断", 状态: "做完了" }),
    ];
    const json = addedRectificationJson(readAddedRows(asGrid("整改清单", grid)));
    expect(json).toEqual([
      {
        key: "-|-|user-1", schoolId: "", stage: null, indicator: "", current: null, standard: null, gap: null, unit: "", action: "补记录",
        responsible: "", deadline: "", status: "未整改", note: "", source: "user", origin: "县级复评", problem: "全乡：校车安全检查未记录",
      },
      {
        key: `${CODE_A}|-|user-1`, schoolId: CODE_A, stage: "primary", indicator: "围墙", current: 30, standard: null, gap: null, unit: "",
        action: "修缮围墙", responsible: "学校", deadline: "2016-09-30", status: "整改中", note: "", source: "user", origin: "县级复评", problem: "围墙破损",
      },
      // A status that is none of the three is counted as 未整改.
      expect.objectContaining({ key: `${CODE_A}|-|user-2`, status: "未整改", origin: "", problem: "厕所无隔断" }),
    ]);
  });
});
