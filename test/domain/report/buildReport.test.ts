import { numberOf } from "../../../src/domain/register";
import { buildReport } from "../../../src/domain/report/buildReport";
import type { ReportModel, ReportTable } from "../../../src/domain/report/model";
import { placeholderNames, TABLE_IDS } from "../../../src/domain/report/placeholders";
import { rowWidth } from "../../../src/domain/report/cells";
import { shippedPack } from "../../helpers/evaluatedSheets";
import { HAND_CHECKLIST, sampleRun } from "./sampleReport";
import type { FieldId } from "../../../src/domain/fields/types";

const texts = (table: ReportTable) => table.rows.map((r) => r.map((c) => c.text));
const section = (model: ReportModel, number: string) => model.sections.find((s) => s.number === number)?.paragraphs.join("\n") ?? "";

describe("the report model of the sample township (yunnan-2016-basic)", () => {
  const run = sampleRun();
  const model = buildReport(run, HAND_CHECKLIST);
  const { primary, junior } = run.evaluation.balance;

  it("has every table, each row as wide as its header", () => {
    expect(Object.keys(model.tables).sort()).toEqual([...TABLE_IDS].sort());
    for (const id of TABLE_IDS) {
      const table = model.tables[id];
      const width = rowWidth(table.header[0]);
      for (const row of [...table.header, ...table.rows]) expect(rowWidth(row)).toBe(width);
    }
  });

  it("titles its tables as the national application form's 填报说明 does (表Ⅱ-2 分学校, 表Ⅲ 校际间均衡)", () => {
    expect(TABLE_IDS.filter((id) => id !== "整改清单").map((id) => model.tables[id].title)).toEqual([
      "表Ⅰ 义务教育学校基本情况",
      "表Ⅱ-1 小学、初中办学基本标准达标情况（汇总）",
      "表Ⅱ-2 小学、初中办学基本标准达标情况（分学校）",
      "表Ⅲ 校际间均衡情况",
      "表Ⅳ 考核项目自查情况",
    ]);
    // The form's column: 1 for a school that passes, blank otherwise.
    expect(model.tables["表Ⅱ-2"].header[0].map((c) => c.text)).toContain("该校综合评估是否达标");
  });

  it("offers exactly the placeholders the guide lists for the pack", () => {
    expect(Object.keys(model.placeholders).sort()).toEqual(placeholderNames(run.pack).sort());
    expect(model.placeholders).toMatchObject({
      乡镇: "勐往乡（示例）",
      县: "勐海县",
      年度: "2016",
      学年: "2016—2017学年",
      数据日期: "2016-09-01",
      "小学.综合差异系数": "0.229",
      "小学.结论": "达到",
      "初中.综合差异系数": (junior.composite as number).toFixed(3),
      "小学.差异系数.B5": "0.319",
      学校数: "9",
      教学点数: "2",
      评估单元数: "9",
      错误数: String(run.findings.filter((f) => f.severity === "error").length),
      整改事项数: String(run.rectification.length),
    });
  });

  it("counts every school of the township in 表Ⅰ, teaching points apart", () => {
    const [row] = texts(model.tables["表Ⅰ"]);
    // 乡镇, 合计, 小学, 一贯制, 初中, 完中, 特教, 教学点, 班数 ×2, 在校生 ×2, 教职工, 专任教师 ×2
    expect(row.slice(0, 8)).toEqual(["勐往乡（示例）", "9", "7", "1", "1", "0", "0", "2"]);
    const rows = run.register.sheets.students?.rows ?? [];
    const total = (field: FieldId) => rows.reduce((s, r) => s + (numberOf(r, field) ?? 0), 0);
    expect(total("primary.total")).toBe(2020);
    expect(row[10]).toBe("2 020");
    expect(row[11]).toBe(String(total("junior.total")));
  });

  it("summarises the standards per indicator and stage in 表Ⅱ-1", () => {
    const s5 = texts(model.tables["表Ⅱ-1"]).find((r) => r[0].startsWith("S5 "));
    expect(s5).toEqual(["S5 生均教学仪器设备值（元）", "365", "6", "1", "0", "695", "2", "0", "0"]);
    const pass = texts(model.tables["表Ⅱ-1"]).at(-1);
    // 糯东小学's S7 is not computable (no computer figure): 未判定, never 达标.
    expect(pass).toEqual(["按达标规则判定", "", "3", "3", "1", "", "2", "0", "0"]);
    expect(model.tables["表Ⅱ-1"].notes.join("")).toContain("参考值，请按省定标准核对");
  });

  it("lists assessment items with status and score in 表Ⅳ, and the fired veto", () => {
    const rows = texts(model.tables["表Ⅳ"]);
    expect(rows[0]).toEqual(["1", "小学适龄儿童入学率", "自动计算", "达标", "乡 99.85%，目标 ≥ 99.5%", "10", "10"]);
    expect(rows[2]).toEqual(["3", "随迁子女平等接受义务教育", "人工填写", "待填", "", "—", "10"]);
    expect(rows.at(-1)).toEqual(["", "已评分 2 项合计", "", "", "", "14", "20"]);
    expect(model.tables["表Ⅳ"].rows[1][3].shaded).toBe(true);
    expect(model.vetoes).toEqual(["存在超大班额：勐往乡中学（66人及以上班级 1 个）"]);
  });

  it("says in 三、评估结果 the composite, the number of units and the verdict", () => {
    const text = section(model, "三");
    expect(text).toContain(`全乡小学 ${primary.units} 所学校参加校际均衡评估，8 项指标综合差异系数为 0.229，低于 0.65 的标准，达到基本均衡要求`);
    expect(text).toContain(`初中 ${junior.units} 所学校参加校际均衡评估，8 项指标综合差异系数为 ${(junior.composite as number).toFixed(3)}，低于 0.55 的标准`);
    expect(primary.units).toBe(7);
    expect(text).toContain(
      "参加评估的 9 所学校中 5 所达标，3 所未达标（坝散小学、灰塘小学、勐往村小学），1 所未判定（有指标数据缺失或不可能）；S3、S4 未设定标准值，未判定，以上达标仅指已设定标准的 8 项",
    );
    expect(text).toContain("小学入学率 99.85%（目标不低于 99.5%，达到）");
  });

  it("lists in 四、存在问题 the veto first, the shortfalls, the missed target and the open errors", () => {
    const paragraphs = model.sections.find((s) => s.number === "四")?.paragraphs ?? [];
    expect(paragraphs[0]).toBe("一票否决：存在超大班额：勐往乡中学（66人及以上班级 1 个）。");
    const text = paragraphs.join("\n");
    expect(text).toContain("坝散小学生均教学仪器设备值 292 元（标准 365 元）");
    // Sentences drop trailing zeros ("19 册", not "19.00 册"); money is whole 元 as in the 整改清单.
    expect(text).toContain("灰塘小学生均图书册数 19 册（标准 25 册）、每百名学生计算机台数 6.82 台（标准 10 台）");
    const s5 = run.rectification.find((i) => i.schoolName === "坝散小学" && i.indicator === "S5");
    expect(s5?.problem).toContain("292 元");
    expect(text).toContain("南果河村委会小学入学率 99.24%，低于 99.5% 的目标");
    expect(text).toContain("统计数据尚有 8 处错误未改正");
    expect(text).toContain("考核自查中尚有 1 项待填：随迁子女平等接受义务教育");
  });

  it("groups 五、整改措施 by responsible unit, each action once", () => {
    const text = section(model, "五");
    expect(text).toContain("（一）学校、乡中心学校（4 项，完成时限：县级复评前）");
    expect(text).toContain("灰塘小学：补充图书约 792 册，补充计算机约 5 台");
    // One village, one item: under its school, not repeated for its teaching point.
    expect(text).toContain("南果河小学：会同南果河村委会逐户核查小学适龄儿童，动员至少 1 名未入学儿童入学");
    expect(text).not.toContain("南果河老寨教学点：");
    // Data-entry errors are the statistician's, not measures for the county: they are in the appendix instead.
    expect(text).not.toContain("学校统计员");
    expect(model.appendix?.rows).toHaveLength(7);
  });

  it("leaves 二、主要做法 to the township", () => {
    expect(model.sections.map((s) => s.number)).toEqual(["一", "二", "三", "四", "五"]);
    expect(model.sections[1]).toEqual({ number: "二", heading: "主要做法", paragraphs: [], tables: [] });
    expect(section(model, "一")).toContain("勐往乡（示例）共有义务教育学校 9 所（小学 7 所、一贯制学校 1 所、初级中学 1 所），另有小学教学点 2 个");
  });

  it("says so when no checklist results are given", () => {
    const bare = buildReport(run, []);
    expect(bare.vetoes).toEqual([]);
    expect(bare.tables["表Ⅳ"].rows).toEqual([]);
    expect(bare.placeholders["一票否决"]).toBe("一票否决项：本次没有核查结果（见“考核自查”表）");
  });
});

describe("the report under the 2017 pack (each CV judged)", () => {
  const pack = shippedPack("national-2017-quality");
  const run = sampleRun(undefined, pack);
  const model = buildReport(run, []);

  it("gives each indicator its own verdict in 表Ⅲ and no composite", () => {
    const rows = texts(model.tables["表Ⅲ"]);
    const q1 = rows.find((r) => r[1].startsWith("Q1 "));
    const cv = run.evaluation.balance.primary.cv.Q1 as number;
    expect(q1?.slice(3)).toEqual([cv.toFixed(3), "≤ 0.5", cv <= 0.5 ? "达到" : "未达到"]);
    expect(rows.some((r) => r[1] === "综合差异系数")).toBe(false);
    expect(model.placeholders["小学.综合差异系数"]).toBe("不适用（逐项判定）");
    expect(Object.keys(model.placeholders)).toContain("初中.差异系数.Q7");
  });
});
