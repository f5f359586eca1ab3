/**
 * A hand-made report model, so the Word renderer can be tested without the builder: every table id, a two-row
 * header with a span, shaded cells, notes, an empty table, a fired veto and a wide (landscape) table.
 */
import type { ReportCell, ReportModel, ReportTable, ReportTableId } from "../../src/domain/report/model";

const c = (text: string, extra: Omit<ReportCell, "text"> = {}): ReportCell => ({ text, ...extra });
const row = (...texts: string[]): ReportCell[] => texts.map((t) => c(t));

function table(id: ReportTableId, title: string, header: ReportCell[][], rows: ReportCell[][], notes: string[] = []): ReportTable {
  return { id, title, header, rows, notes };
}

/** 表Ⅲ figures the tests look for in document.xml. */
export const FIXTURE_CVS = ["0.515", "0.302", "0.188", "0.171"];
export const FIXTURE_COMPOSITE = "0.294";

/** Ten indicators, each with 现状值 and 标准值, plus a remark: as wide as the real 表Ⅱ-2, so it needs landscape. */
const indicators = ["S1 生均占地面积（㎡）", "S2 生均校舍面积（㎡）", "S3 生均绿化面积（㎡）", "S4 生均运动场面积（㎡）", "S5 生均仪器设备值（元）", "S6 生均图书（册）", "S7 百生计算机（台）", "S8 师生比（1 : n）", "S9 教师学历合格率（%）", "S10 平均班额（人）"];

export function fixtureModel(): ReportModel {
  const tables: Record<ReportTableId, ReportTable> = {
    "表Ⅰ": table(
      "表Ⅰ",
      "表Ⅰ 基本情况",
      [row("学段", "学校数", "班级数", "在校生数", "教职工数", "专任教师数")],
      [row("小学", "9", "54", "1 873", "112", "104"), row("初中", "2", "18", "806", "71", "66")],
      ["数据日期：2016-09-01"],
    ),
    "表Ⅱ-1": table("表Ⅱ-1", "表Ⅱ-1 学校达标情况汇总", [row("指标", "达标学校数", "未达标学校数")], [row("生均图书", "7", "2")]),
    "表Ⅱ-2": table(
      "表Ⅱ-2",
      "表Ⅱ-2 学校达标情况",
      [
        [c("学校", { bold: true }), ...indicators.map((name) => c(name, { span: 2, bold: true })), c("是否达标", { bold: true }), c("说明", { bold: true })],
        [c(""), ...indicators.flatMap(() => [c("现状值"), c("标准值")]), c(""), c("")],
      ],
      [
        [c("示例第一中心小学"), ...indicators.flatMap((_, i) => [c(i === 3 ? "12.40" : "22.57", { shaded: i === 3 }), c("未设定")]), c(""), c("数据有错误（D06），结果仅供参考")],
        [c("示例二小"), ...indicators.flatMap(() => [c("100.0%"), c("98%")]), c("1")],
      ],
      ["浅橙色为低于标准。"],
    ),
    "表Ⅲ": table(
      "表Ⅲ",
      "表Ⅲ 校际均衡",
      [row("学段", "指标", "全乡平均值", "差异系数")],
      [
        row("小学", "生均图书", "6.33", FIXTURE_CVS[0]),
        row("小学", "生均计算机", "0.08", FIXTURE_CVS[1]),
        row("小学", "师生比", "5.1", FIXTURE_CVS[2]),
        row("小学", "高学历", "0.66", FIXTURE_CVS[3]),
        [c("小学"), c("综合差异系数", { bold: true }), c(""), c(FIXTURE_COMPOSITE, { bold: true })],
        [c("小学"), c("标准"), c(""), c("0.65")],
        [c("小学"), c("结论"), c(""), c("未达标", { shaded: true })],
      ],
      ["综合差异系数为八项指标差异系数的平均值。"],
    ),
    "表Ⅳ": table("表Ⅳ", "表Ⅳ 评估项目", [row("项目", "状态", "得分")], [row("小学入学率 ≥ 99.5%", "达标", "10")]),
    "整改清单": table("整改清单", "整改清单", [row("序号", "学校", "问题", "差距", "整改措施", "责任单位", "完成时限", "状态")], []),
  };
  return {
    title: "示例乡2016年义务教育均衡发展自评报告",
    placeholders: { 乡镇: "示例乡", 年度: "2016" },
    tables,
    sections: [
      { number: "一", heading: "基本情况", paragraphs: ["示例乡共有小学 9 所、初中 2 所。"], tables: ["表Ⅰ"] },
      { number: "二", heading: "主要做法", paragraphs: ["（请填写主要做法。）"], tables: [] },
      { number: "三", heading: "评估结果", paragraphs: [`小学综合差异系数为 ${FIXTURE_COMPOSITE}。`], tables: ["表Ⅱ-1", "表Ⅱ-2", "表Ⅲ", "表Ⅳ"] },
      { number: "四", heading: "存在问题", paragraphs: ["示例一小生均图书低于标准。"], tables: [] },
      { number: "五", heading: "整改措施", paragraphs: [], tables: ["整改清单"] },
    ],
    vetoes: ["存在超大班额：示例一小"],
    draft: null,
    appendix: null,
    closing: ["报送单位（盖章）：", "日期：　　　　年　　月　　日"],
  };
}
