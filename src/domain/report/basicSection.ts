/** 一、基本情况: the sentences of 表Ⅰ and who takes part in the evaluation (docs/method.md §9). */
import { STAGE_LABEL, STAGES } from "../fields/dictionary";
import type { TypeKey } from "./basicFacts";
import type { ReportContext } from "./context";
import { grouped } from "./format";
import { excludedNote } from "./standardsNotes";
import { basisText } from "./submission";

const TYPE_NAMES: Readonly<Record<TypeKey, string>> = {
  primary: "小学",
  through: "一贯制学校",
  junior: "初级中学",
  complete: "完全中学",
  special: "特殊教育学校",
};

export function basicParagraphs(ctx: ReportContext): string[] {
  const { facts, run, place, word } = ctx;
  const n = grouped;
  const types = (Object.keys(TYPE_NAMES) as TypeKey[]).filter((k) => facts.byType[k] > 0).map((k) => `${TYPE_NAMES[k]} ${facts.byType[k]} 所`);
  const other = facts.otherTypes.length > 0 ? [`其他 ${facts.otherTypes.length} 所`] : [];
  const breakdown = [...types, ...other].length > 0 ? `（${[...types, ...other].join("、")}）` : "";
  const points = facts.points > 0 ? `，另有小学教学点 ${facts.points} 个` : "";
  const date = run.meta["数据日期"] ? `${run.meta["数据日期"]}的` : "";
  const stages = STAGES.map((s) => `${s.label} ${n(facts.classes[s.id])} 个班、在校生 ${n(facts.students[s.id])} 人`).join("，");
  const teachers = STAGES.map((s) => `${s.label} ${n(facts.fullTime[s.id])} 人`).join("、");
  const scope = STAGES.map((s) => `${STAGE_LABEL[s.id]} ${run.evaluation.balance[s.id].units} 所`).join("、");
  const excluded = excludedNote(run.evaluation);
  return [
    `本报告依据${date}教育事业统计数据编制，${basisText(run.pack)}。`,
    `${place}共有义务教育学校 ${n(facts.schools)} 所${breakdown}${points}。全${word}${stages}；教职工 ${n(facts.staff)} 人，其中专任教师${teachers}。`,
    `参加校际均衡评估的学校：${scope}（九年一贯制学校的小学部、初中部各计一所）。${excluded ?? ""}`,
  ];
}
