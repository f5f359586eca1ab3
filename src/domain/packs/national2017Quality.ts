/**
 * 县域义务教育优质均衡 (教督〔2017〕6号): seven resource indicators Q1–Q7 with national thresholds; every indicator's
 * own difference coefficient is judged (docs/method.md §3.2). Coverage targets and rectification defaults stay those
 * of the township plan, which the 2017 measure does not replace.
 */
import type { Provenance, RulePack, Threshold } from "./schema";
import { DEFAULT_CHECKLIST } from "./checklistItems";
import { DEFAULT_HISTORY } from "./historyThresholds";
import { PLAN_SCHEDULE } from "../calendar/schedule";
import { TOWNSHIP_PLAN_RECTIFICATION, TOWNSHIP_PLAN_TARGETS } from "./townshipPlan2016";
import { YUNNAN_2016_BASIC } from "./yunnan2016Basic";

const MEASURE = "教督〔2017〕6号《县域义务教育优质均衡发展督导评估办法》";
const official = (source: string): Provenance => ({ kind: "official", source });

const Q_IDS = ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"] as const;
type QId = (typeof Q_IDS)[number];

/** [小学, 初中] thresholds, as the measure lists them (docs/method.md §3.2). */
const LEVELS: Record<QId, readonly [number, number]> = {
  Q1: [4.2, 5.3],
  Q2: [1.0, 1.0],
  Q3: [0.9, 0.9],
  Q4: [4.5, 5.8],
  Q5: [7.5, 10.2],
  Q6: [2000, 2500],
  Q7: [2.3, 2.4],
};

const THRESHOLDS: Threshold[] = Q_IDS.flatMap((indicator): Threshold[] => {
  const [primary, junior] = LEVELS[indicator];
  const provenance = official(`${MEASURE}规定的资源配置标准（小学 ${primary}、初中 ${junior}）`);
  return [
    { indicator, stage: "primary", area: null, value: primary, provenance },
    { indicator, stage: "junior", area: null, value: junior, provenance },
  ];
});

export const NATIONAL_2017_QUALITY: RulePack = {
  id: "national-2017-quality",
  title: "县域义务教育优质均衡（2017 年国家标准）",
  year: 2017,
  source: `${MEASURE}，按各省实施细则的表述；普及目标取自 2016 年乡镇工作方案`,
  balanceIndicators: [...Q_IDS],
  standardIndicators: [...Q_IDS],
  thresholds: THRESHOLDS,
  coefficient: {
    mode: "each",
    primary: 0.5,
    junior: 0.45,
    provenance: official(`${MEASURE}：每项指标的差异系数，小学均不高于 0.50、初中均不高于 0.45`),
  },
  schoolPass: { mode: "atLeast", count: 6, floorRatio: 0.85 },
  // Each Q indicator is its own school standard, so the what-if raises a school to the same indicator's level.
  whatIfStandard: Object.fromEntries(Q_IDS.map((id) => [id, id])),
  splitWeights: YUNNAN_2016_BASIC.splitWeights,
  scope: { teachingPoints: { mode: "includeIfAtLeast", students: 50 } },
  formulas: { ...YUNNAN_2016_BASIC.formulas },
  targets: TOWNSHIP_PLAN_TARGETS,
  rectification: TOWNSHIP_PLAN_RECTIFICATION,
  checklist: [...DEFAULT_CHECKLIST],
  schedule: [...PLAN_SCHEDULE],
  history: DEFAULT_HISTORY,
};
