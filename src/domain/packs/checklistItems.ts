/**
 * The shipped checklist (docs/method.md §10). The township plan checks "23项考核指标" and "四项一票否决指标", but their
 * official Yunnan lists are not public: these are the items known from the national assessment of county
 * governments' education work, labelled as reference values, for the user to edit in the pack.
 *
 * Scores: the public record gives no points per item, so every assessment item is worth 10 (a placeholder that
 * keeps the total readable: 12 items, 120 points). Both shipped packs use this list, as they share the plan's targets.
 */
import type { ChecklistItem, Provenance } from "./partSchemas";

const NATIONAL = "国家对县级人民政府推进义务教育均衡发展工作的已知考核项目";
const NOT_PUBLIC = "云南省“23项考核指标”正式清单未公开，本项为参考，可在规则包中修改";
const SCORE = "满分 10 分为占位值（公开资料未给出分值）";
const VETO_LIST = "乡镇工作方案列有“四项一票否决指标”，其正式清单未公开，本项为参考，可在规则包中修改";

const assessmentSource = (aspect: string, basis = ""): Provenance => ({
  kind: "reference",
  source: `${NATIONAL}（${aspect}）${basis}；${NOT_PUBLIC}；${SCORE}`,
});

const vetoSource = (basis: string): Provenance => ({ kind: "reference", source: `${VETO_LIST}；${basis}` });

const SCORE_EACH = 10;

function assessment(id: string, title: string, binding: ChecklistItem["binding"], provenance: Provenance): ChecklistItem {
  return { id, kind: "assessment", title, binding, maxScore: SCORE_EACH, provenance };
}

const ENROLMENT = "入学机会";
const TARGET_BASIS = "，目标值取规则包的普及目标（可在标准参数表中修改）";
const DROPOUT_BASIS = "，按国家控制线计分（超过不得分）";

export const DEFAULT_CHECKLIST: readonly ChecklistItem[] = [
  assessment("A01", "随迁子女平等接受义务教育", null, assessmentSource(ENROLMENT)),
  assessment("A02", "农村留守儿童关爱体系", null, assessmentSource(ENROLMENT)),
  assessment("A03", "三类残疾儿童少年入学率", { type: "target", target: "T3" }, assessmentSource(ENROLMENT, TARGET_BASIS)),
  assessment("A04", "小学适龄儿童入学率", { type: "target", target: "T1" }, assessmentSource(ENROLMENT, TARGET_BASIS)),
  assessment("A05", "初中适龄少年入学率", { type: "target", target: "T2" }, assessmentSource(ENROLMENT, TARGET_BASIS)),
  assessment("A06", "小学年辍学率控制在国家控制线以内", { type: "target", target: "T4" }, assessmentSource(ENROLMENT, DROPOUT_BASIS)),
  assessment("A07", "初中年辍学率控制在国家控制线以内", { type: "target", target: "T5" }, assessmentSource(ENROLMENT, DROPOUT_BASIS)),
  assessment("A08", "政府责任与问责机制", null, assessmentSource("保障机制")),
  assessment("A09", "义务教育经费单列与“三个增长”", null, assessmentSource("保障机制")),
  assessment("A10", "薄弱学校改造", null, assessmentSource("保障机制")),
  assessment("A11", "教师编制、培训与校长教师交流", null, assessmentSource("教师队伍")),
  assessment("A12", "素质教育与学校管理", null, assessmentSource("质量与管理")),
  {
    id: "V1",
    kind: "veto",
    title: "存在超大班额（66人及以上）",
    binding: { type: "rule", rules: ["212-05"], targets: ["T6"] },
    maxScore: null,
    provenance: vetoSource("全面改薄“20条底线”第 20 条：不出现 66 人及以上的超大班额"),
  },
  {
    id: "V2",
    kind: "veto",
    title: "使用 D 级危房",
    binding: { type: "rule", rules: ["512-03"] },
    maxScore: null,
    provenance: vetoSource("全面改薄“20条底线”：校舍安全、无 D 级危房；按校舍表“其中危房”大于 0 判定（规则 512-03）"),
  },
  {
    id: "V3",
    kind: "veto",
    title: "辍学率超过国家控制线",
    binding: { type: "targets", targets: ["T4", "T5"] },
    maxScore: null,
    provenance: vetoSource("按规则包普及目标中的国家控制线（小学 0.6%、初中 1.8%）判定，任一学校或全乡超过即否决"),
  },
  {
    id: "V4",
    kind: "veto",
    title: "群众满意度低于 85%",
    binding: null,
    maxScore: null,
    provenance: vetoSource("县域义务教育均衡发展督导评估的公众满意度调查，通行要求达到 85% 以上；需按调查结果手填"),
  },
];
