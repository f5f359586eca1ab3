/**
 * The default pack: 县域义务教育基本均衡 (教督〔2012〕3号) as a Yunnan township met it in 2016 — the eight 校际均衡
 * indicators B1–B8 and the ten school-condition indicators S1–S10 (docs/method.md §3.3).
 *
 * Yunnan's own basic school standard was not in the public record, so S1–S10 are reference values from other
 * provinces' basic standards and national norms, each labelled with where it comes from, and S3/S4 are empty
 * placeholders. The user replaces them in the workbook's 标准参数 sheet.
 */
import type { Provenance, RulePack, Threshold } from "./schema";
import { DEFAULT_CHECKLIST } from "./checklistItems";
import { DEFAULT_HISTORY } from "./historyThresholds";
import { PLAN_SCHEDULE } from "../calendar/schedule";
import { TOWNSHIP_PLAN_RECTIFICATION, TOWNSHIP_PLAN_TARGETS } from "./townshipPlan2016";

const OTHER_PROVINCE = "其他省份《义务教育学校办学基本标准》";
const reference = (source: string): Provenance => ({ kind: "reference", source });
const official = (source: string): Provenance => ({ kind: "official", source });
const placeholder = (source: string): Provenance => ({ kind: "placeholder", source });

/** One threshold for both stages (every 城乡分类). */
function both(indicator: string, primary: number | null, junior: number | null, primaryFrom: Provenance, juniorFrom = primaryFrom): Threshold[] {
  return [
    { indicator, stage: "primary", area: null, value: primary, provenance: primaryFrom },
    { indicator, stage: "junior", area: null, value: junior, provenance: juniorFrom },
  ];
}

const S1_SOURCE = reference(`${OTHER_PROVINCE}中的生均占地面积（小学 城区 15㎡、镇区和乡村 20㎡；初中 城区 20㎡、镇区和乡村 25㎡）`);

const S1: Threshold[] = [
  { indicator: "S1", stage: "primary", area: "城区", value: 15, provenance: S1_SOURCE },
  { indicator: "S1", stage: "primary", area: "镇区", value: 20, provenance: S1_SOURCE },
  { indicator: "S1", stage: "primary", area: "乡村", value: 20, provenance: S1_SOURCE },
  { indicator: "S1", stage: "junior", area: "城区", value: 20, provenance: S1_SOURCE },
  { indicator: "S1", stage: "junior", area: "镇区", value: 25, provenance: S1_SOURCE },
  { indicator: "S1", stage: "junior", area: "乡村", value: 25, provenance: S1_SOURCE },
];

const THRESHOLDS: Threshold[] = [
  ...S1,
  ...both("S2", 5.1, 6.4, reference(`${OTHER_PROVINCE}中的生均校舍建筑面积（小学 5.1㎡、初中 6.4㎡）`)),
  ...both("S3", null, null, placeholder("未找到公开的省定值；乡镇工作方案把生均绿化面积列为检查项目")),
  ...both(
    "S4",
    null,
    null,
    placeholder("未找到基本均衡阶段的公开省定值（优质均衡 2017 年标准为小学 7.5㎡、初中 10.2㎡，不可直接套用）"),
  ),
  ...both("S5", 365, 695, reference(`${OTHER_PROVINCE}中的生均教学仪器设备值（小学 365 元、初中 695 元）`)),
  ...both(
    "S6",
    25,
    40,
    official("国家《中小学图书馆（室）规程》（2018 年）：小学生均藏书 25 册"),
    reference(`${OTHER_PROVINCE}中的初中生均图书 40 册`),
  ),
  ...both("S7", 10, 10, reference(`${OTHER_PROVINCE}：生机比不高于 10 : 1，即每百名学生 10 台计算机`)),
  ...both(
    "S8",
    19,
    13.5,
    official(
      "国家统一城乡中小学教职工编制标准（2014 年）：小学 1 : 19、初中 1 : 13.5，即每名教职工最多对应的学生数。" +
        "统一前按城乡分列的标准为县镇 小学 1 : 21、初中 1 : 16，农村 小学 1 : 23、初中 1 : 18，如需按城乡分类判定可在标准参数表中按城乡分类加行",
    ),
  ),
  ...both(
    "S9",
    1,
    0.98,
    official("《中华人民共和国教师法》第十一条规定的教师资格学历：小学专任教师应具备中等师范学校（中专、中师）及以上学历，合格率 100%"),
    reference(`专科及以上为《中华人民共和国教师法》第十一条对初中教师的学历要求；合格率不低于 98% 取自${OTHER_PROVINCE}`),
  ),
  ...both("S10", 45, 50, official("国家中小学校建设标准规定的标准班额：小学每班不超过 45 人、初中每班不超过 50 人")),
];

export const YUNNAN_2016_BASIC: RulePack = {
  id: "yunnan-2016-basic",
  title: "云南省县域义务教育基本均衡（2016 年乡镇自查）",
  year: 2016,
  source:
    "教督〔2012〕3号《县域义务教育均衡发展督导评估暂行办法》；办学条件标准为参考值（云南省定标准未公开，请按省定标准核对）；普及目标取自 2016 年乡镇工作方案",
  balanceIndicators: ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8"],
  standardIndicators: ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10"],
  thresholds: THRESHOLDS,
  coefficient: {
    mode: "composite",
    primary: 0.65,
    junior: 0.55,
    provenance: official("教督〔2012〕3号：八项指标的综合差异系数，小学不高于 0.65、初中不高于 0.55"),
  },
  schoolPass: { mode: "all" },
  // Only where a school standard measures the same quantity as the balance indicator: raising a school to it is
  // the rectification the what-if models. B1 has no match (S2 is all buildings, not teaching rooms).
  whatIfStandard: { B2: "S4", B3: "S5", B4: "S7", B5: "S6" },
  splitWeights: {
    primary: 1,
    junior: 1.1,
    senior: 1.32,
    // The public record gives the weights but no single document for them; provinces may differ.
    provenance: reference("均衡发展评估通行的拆分办法：一贯制学校、完全中学的共享资源按小学 : 初中 : 高中 = 1 : 1.1 : 1.32 的每生权重拆分，各省可能不同"),
  },
  scope: { teachingPoints: { mode: "exclude" } },
  formulas: { teachingAreaExcludesGym: false, computers: "total", teacherBase: "fullTime" },
  targets: TOWNSHIP_PLAN_TARGETS,
  rectification: TOWNSHIP_PLAN_RECTIFICATION,
  checklist: [...DEFAULT_CHECKLIST],
  schedule: [...PLAN_SCHEDULE],
  history: DEFAULT_HISTORY,
};
