/**
 * Coverage targets (docs/method.md §6) and rectification defaults (§8) taken from the 2016 township plan the product
 * serves. Both shipped packs use them: the 2017 measure changes the school indicators, not the township's
 * enrolment targets or its working groups.
 */
import type { CoverageTarget, Provenance, RulePack } from "./schema";
import { ARCHIVE_MILESTONE, DATA_MILESTONE, monthDayText, PLAN_SCHEDULE } from "../calendar/schedule";

const PLAN = "2016 年乡镇迎接县域义务教育基本均衡发展评估工作方案（以勐海县勐往乡为例）";
const ASSESSMENT = "国家对县级人民政府教育工作督导评估的考核项目";

const official = (source: string): Provenance => ({ kind: "official", source });

export const TOWNSHIP_PLAN_TARGETS: CoverageTarget[] = [
  { id: "T1", value: 0.995, controlLine: null, provenance: official(`${PLAN}：小学入学率 ≥ 99.5%；与${ASSESSMENT}一致`) },
  { id: "T2", value: 0.99, controlLine: null, provenance: official(`${PLAN}：初中入学率 ≥ 99%；与${ASSESSMENT}一致`) },
  { id: "T3", value: 0.8, controlLine: null, provenance: official(`${PLAN}：三类残疾儿童少年入学率 ≥ 80%；与${ASSESSMENT}一致`) },
  {
    id: "T4",
    value: 0.01,
    controlLine: 0.006,
    provenance: official(`${PLAN}：小学年辍学率 ≤ 1%；控制线 0.6% 为${ASSESSMENT}及脱贫摘帽考核的计分标准，超过不得分`),
  },
  {
    id: "T5",
    value: 0.03,
    controlLine: 0.018,
    provenance: official(`${PLAN}：初中年辍学率 ≤ 3%；控制线 1.8% 为${ASSESSMENT}及脱贫摘帽考核的计分标准，超过不得分`),
  },
  { id: "T6", value: 0, controlLine: null, provenance: official("全面改薄“20条底线”第 20 条：不出现 66 人及以上的超大班额") },
  {
    id: "T7",
    value: null,
    controlLine: null,
    // Report only: the national policy reduces 大班额 step by step and sets no count a township must meet.
    provenance: official("国家班额政策：56—65 人为大班额，只统计班数和占比，不设目标值"),
  },
];

/**
 * Deadlines of the plan's calendar (docs/method.md §1): a milestone of the schedule, dated in the register's
 * statistical year (calendar/); everything else is due before the county re-evaluation.
 */
const BEFORE_REEVALUATION = "县级复评前";

const GROUPS = `${PLAN}的工作分组`;
const TOWNSHIP_WORKS = "乡人民政府、乡村镇规划服务中心、国土资源管理所";
const SCHOOL_AND_CENTRE = "学校、乡中心学校";

type Rectification = RulePack["rectification"][number];

const fromPlan = (category: Rectification["category"], responsible: string, milestone?: string): Rectification => {
  const due = PLAN_SCHEDULE.find((m) => m.id === milestone)?.due;
  return due === undefined
    ? { category, responsible, deadline: BEFORE_REEVALUATION, provenance: official(`${GROUPS}；完成时限为县级复评前`) }
    : {
        category,
        responsible,
        // Shown only when the statistical year is unknown: the milestone's date without a year.
        deadline: monthDayText(due),
        milestone,
        provenance: official(`${GROUPS}；完成时限见工作方案日程（每年 ${monthDayText(due)}，见“工作进度”）`),
      };
};

/** The plan names no group for staffing and class sizes; they follow the teachers' group, to be checked locally. */
const byAnalogy = (category: Rectification["category"]): Rectification => ({
  category,
  responsible: SCHOOL_AND_CENTRE,
  deadline: BEFORE_REEVALUATION,
  provenance: { kind: "reference", source: `${GROUPS}未单列此项，参照“教师”类的责任单位，请按本地分工核对` },
});

export const TOWNSHIP_PLAN_RECTIFICATION: Rectification[] = [
  fromPlan("building", TOWNSHIP_WORKS),
  fromPlan("land", TOWNSHIP_WORKS),
  fromPlan("sports", TOWNSHIP_WORKS),
  fromPlan("green", "学校、林业站", ARCHIVE_MILESTONE),
  fromPlan("books", SCHOOL_AND_CENTRE),
  fromPlan("equipment", SCHOOL_AND_CENTRE),
  fromPlan("computers", SCHOOL_AND_CENTRE),
  fromPlan("teachers", SCHOOL_AND_CENTRE),
  byAnalogy("staffing"),
  byAnalogy("classes"),
  fromPlan("enrolment", "乡人民政府、各村委会"),
  fromPlan("safety", "学校、乡交通和安全生产服务中心"),
  fromPlan("data", "学校统计员", DATA_MILESTONE),
];
