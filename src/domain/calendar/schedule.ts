/**
 * The township plan's yearly schedule (docs/method.md §1) as month-days: the year is the statistical year of the
 * register being checked, so a 2017 check gets 2017 dates. The plan gives "by 7月20日", "by 7月25日" …; where it
 * gives only a period (early July, September) the last day of that period is used, and where it names no unit the
 * responsible unit follows its working groups (both marked as reference).
 */
import type { Milestone } from "../packs/partSchemas";

const PLAN = "2016 年乡镇迎接县域义务教育基本均衡发展评估工作方案的工作日程";
const fromPlan = (when: string) => ({ kind: "official" as const, source: `${PLAN}（${when}）` });
const periodEnd = (when: string) => ({ kind: "reference" as const, source: `${PLAN}只写“${when}”，取该时段最后一天，请按本地安排修改` });

export const DATA_MILESTONE = "compile";
export const ARCHIVE_MILESTONE = "archive";

export const PLAN_SCHEDULE: readonly Milestone[] = [
  { id: "training", work: "学校、村统计员培训", due: "07-10", responsible: "乡中心学校", provenance: periodEnd("7月上旬") },
  {
    id: "schoolCheck",
    work: "逐校对照办学条件10项指标、23项考核指标和四项一票否决事项检查，制定整改措施",
    due: "07-20",
    responsible: "乡中心学校、各学校",
    provenance: fromPlan("7月20日前"),
  },
  { id: "survey", work: "各村、各校调查三类残疾儿童少年和入学、辍学情况（控辍保学）", due: "07-20", responsible: "各村委会、各学校", provenance: fromPlan("7月20日前") },
  { id: DATA_MILESTONE, work: "编制本年度统计报表，分析并整改发现的问题", due: "07-25", responsible: "学校统计员、乡中心学校", provenance: fromPlan("7月25日前") },
  { id: "selfEvaluation", work: "开展自评，撰写自评报告，申请县级复评", due: "08-05", responsible: "乡人民政府、乡中心学校", provenance: fromPlan("8月5日前") },
  {
    id: ARCHIVE_MILESTONE,
    work: "整理前三年档案资料；生均绿化面积未达标的学校完成整改",
    due: "08-10",
    responsible: "乡中心学校、各学校、林业站",
    provenance: fromPlan("8月10日前"),
  },
  { id: "reEvaluation", work: "迎接县级复评，按复评意见整改", due: "09-30", responsible: "乡人民政府、乡中心学校、各学校", provenance: periodEnd("9月") },
  { id: "archiving", work: "完成档案归档", due: "09-30", responsible: "乡中心学校", provenance: periodEnd("9月") },
];

/** "07-25" → "7月25日". */
export function monthDayText(due: string): string {
  const [month, day] = due.split("-").map(Number);
  return `${month}月${day}日`;
}
