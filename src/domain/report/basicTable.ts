/** 表Ⅰ 基本情况 (docs/method.md §9): one row for the township, under two header rows as on the national form. */
import type { BasicFacts } from "./basicFacts";
import { TYPE_COLUMNS } from "./basicFacts";
import { cell, headerRow } from "./cells";
import { grouped, townshipWord } from "./format";
import type { ReportTable } from "./model";

export function basicTable(facts: BasicFacts, meta: Readonly<Record<string, string>>): ReportTable {
  const n = (value: number) => cell(grouped(value));
  const word = townshipWord(meta);
  const notes = [
    `学校数、班数、在校生、教职工和专任教师按${word}内全部学校统计（含民办学校、特殊教育学校和教学点），与国家申报表口径一致；参加均衡评估的学校见表Ⅱ-2。`,
    "教学点不计校数，单列；其班数、学生和教师计入小学。",
    facts.hasSenior ? "完全中学、十二年一贯制学校只计义务教育阶段的班数、学生和专任教师；教职工为全校人数。" : null,
    facts.otherTypes.length > 0 ? `办学类型为“其他”或未填写的学校计入学校数合计，不列入分类：${facts.otherTypes.join("、")}。` : null,
    facts.incomplete.length > 0 ? `以下学校有数据缺失或读不出，按 0 计：${facts.incomplete.join("、")}。` : null,
    meta["数据日期"] ? `数据日期：${meta["数据日期"]}。` : null,
  ].filter((s): s is string => s !== null);
  return {
    id: "表Ⅰ",
    title: "表Ⅰ 义务教育学校基本情况",
    header: [
      headerRow([word === "街道" ? "街道" : "乡镇", ["学校数（所）", 6], "教学点（个）", ["班数（个）", 2], ["在校生（人）", 2], "教职工（人）", ["专任教师（人）", 2]]),
      headerRow(["", "合计", ...TYPE_COLUMNS.map((c) => c.label), "", "小学", "初中", "小学", "初中", "", "小学", "初中"]),
    ],
    rows: [
      [
        cell(meta["乡镇"] || `全${word}`),
        n(facts.schools),
        ...TYPE_COLUMNS.map((c) => n(facts.byType[c.key])),
        n(facts.points),
        n(facts.classes.primary),
        n(facts.classes.junior),
        n(facts.students.primary),
        n(facts.students.junior),
        n(facts.staff),
        n(facts.fullTime.primary),
        n(facts.fullTime.junior),
      ],
    ],
    notes,
  };
}
