/**
 * 三、评估结果: generated sentences with the numbers of 表Ⅱ–表Ⅳ — the coefficients against their thresholds, the
 * school standards, the coverage targets and the checklist — so the text and the tables can never disagree.
 */
import { STAGE_LABEL, STAGES } from "../fields/dictionary";
import type { StageId } from "../fields/types";
import type { StageBalance } from "../evaluation/evaluate";
import type { TargetResult } from "../evaluation/targets";
import { indicatorName, type TargetId } from "../packs/indicatorNames";
import type { ReportContext } from "./context";
import { cvText, percentText, plainNumber, ratePercent } from "./format";
import { countedUnits } from "./standardsNotes";

/** 低于 / 等于 / 高于, judged on the unrounded value as the verdict is. */
function compared(value: number, limit: number): string {
  return value < limit ? "低于" : value === limit ? "等于" : "高于";
}

function compositeSentence(ctx: ReportContext, b: StageBalance): string {
  const { pack } = ctx.run;
  const limit = plainNumber(b.threshold);
  const head = `${STAGE_LABEL[b.stage]} ${b.units} 所学校参加校际均衡评估，${pack.balanceIndicators.length} 项指标`;
  if (b.composite === null) return `${head}中有指标的差异系数无法计算，综合差异系数无法计算，暂不能判定是否达到${ctx.level}要求`;
  const verdict = b.composite <= b.threshold ? `达到${ctx.level}要求` : `未达到${ctx.level}要求`;
  const whatIf =
    b.whatIfComposite !== null && cvText(b.whatIfComposite) !== cvText(b.composite)
      ? `（低于办学标准的学校达标后预计为 ${cvText(b.whatIfComposite)}）`
      : "";
  return `${head}综合差异系数为 ${cvText(b.composite)}，${compared(b.composite, b.threshold)} ${limit} 的标准，${verdict}${whatIf}`;
}

function eachSentence(ctx: ReportContext, b: StageBalance): string {
  const ids = ctx.run.pack.balanceIndicators;
  const limit = plainNumber(b.threshold);
  const head = `${STAGE_LABEL[b.stage]} ${b.units} 所学校参加校际均衡评估`;
  const cvs = ids.map((id) => ({ id, cv: b.cv[id] ?? null }));
  const over = cvs.filter((c) => c.cv !== null && c.cv > b.threshold);
  const unknown = cvs.filter((c) => c.cv === null).map((c) => c.id);
  const known = cvs.flatMap((c) => (c.cv === null ? [] : [c.cv]));
  const range = known.length > 0 ? `，${ids.length} 项指标的差异系数在 ${cvText(Math.min(...known))}—${cvText(Math.max(...known))} 之间` : "";
  if (over.length > 0) {
    const list = over.map((c) => `${c.id}（${cvText(c.cv)}）`).join("、");
    return `${head}${range}，其中 ${list} 高于 ${limit} 的标准，未达到${ctx.level}要求`;
  }
  if (unknown.length > 0) return `${head}${range}，${unknown.join("、")} 的差异系数无法计算，暂不能判定是否达到${ctx.level}要求`;
  return `${head}${range}，均不高于 ${limit} 的标准，达到${ctx.level}要求`;
}

function balanceParagraph(ctx: ReportContext): string {
  const parts = STAGES.map((s) => {
    const b = ctx.run.evaluation.balance[s.id];
    if (b.units === 0) return `没有参加评估的${s.label}学校，不计算${s.label}差异系数`;
    return ctx.run.pack.coefficient.mode === "composite" ? compositeSentence(ctx, b) : eachSentence(ctx, b);
  });
  return `全${ctx.word}${parts.join("；")}。`;
}

function standardsParagraph(ctx: ReportContext): string | null {
  const ids = ctx.run.pack.standardIndicators;
  if (ids.length === 0) return null;
  const units = countedUnits(ctx.run.evaluation);
  const failed = units.filter((e) => e.passed === false);
  const notJudged = units.filter((e) => e.passed === null).length;
  const perSchool = new Map<string, number>();
  for (const e of units) perSchool.set(e.unit.schoolId, (perSchool.get(e.unit.schoolId) ?? 0) + 1);
  const twoStages = new Set(units.filter((e) => (perSchool.get(e.unit.schoolId) ?? 0) > 1).map((e) => e.unit.id));
  const label = (e: (typeof units)[number]) => (twoStages.has(e.unit.id) ? `${e.unit.name}${STAGE_LABEL[e.unit.stage]}部` : e.unit.name);
  const failedText = failed.length > 0 ? `，${failed.length} 所未达标（${failed.map(label).join("、")}）` : "";
  const notJudgedText = notJudged > 0 ? `，${notJudged} 所未判定（有指标数据缺失或不可能）` : "";
  const met = units.filter((e) => e.passed === true).length;
  // "达标" only ever means "on the standards that are set": say which ones are not, so nobody reads it as all ten.
  const unset = ids.filter((id) => units.length > 0 && units.every((e) => e.thresholds[id] === null));
  const scope = unset.length > 0 ? `；${unset.join("、")} 未设定标准值，未判定，以上达标仅指已设定标准的 ${ids.length - unset.length} 项` : "";
  return `对照办学条件标准（${ids[0]}—${ids[ids.length - 1]}），参加评估的 ${units.length} 所学校中 ${met} 所达标${failedText}${notJudgedText}${scope}（详见表Ⅱ-1、表Ⅱ-2）。`;
}

const TARGET_STAGE: Partial<Record<TargetId, StageId>> = { T1: "primary", T2: "junior", T4: "primary", T5: "junior" };

function targetText(t: TargetResult): string | null {
  const { name, atMost } = indicatorName(t.id);
  if (t.id === "T6") return t.value === null ? null : `超大班额（66人及以上）班级 ${plainNumber(t.value)} 个`;
  if (t.id === "T7") return t.value === null ? null : `大班额（56—65人）班级占 ${percentText(t.value, 1)}`;
  if (t.value === null) return `${name}无法计算（缺少数据）`;
  if (t.target === null) return `${name} ${ratePercent(t.value)}`;
  const verdict = t.level === "error" ? "未达到" : t.level === "warning" ? `达到目标，但高于国家控制线 ${ratePercent(t.controlLine ?? 0)}` : "达到";
  return `${name} ${ratePercent(t.value)}（目标${atMost ? "不高于" : "不低于"} ${ratePercent(t.target)}，${verdict}）`;
}

function targetsParagraph(ctx: ReportContext): string | null {
  const township = ctx.run.evaluation.targets.filter((t) => t.scope === "乡" && t.schoolId === null);
  // Stages the township has no units of (no 初中) have nothing to report on.
  const relevant = township.filter((t) => {
    const stage = TARGET_STAGE[t.id];
    return stage === undefined || ctx.facts.students[stage] > 0 || t.value !== null;
  });
  const texts = relevant.map(targetText).filter((s): s is string => s !== null);
  return texts.length > 0 ? `普及与控辍：全${ctx.word}${texts.join("，")}。` : null;
}

function checklistParagraph(ctx: ReportContext): string | null {
  const items = ctx.checklist.filter((c) => c.kind === "assessment");
  const vetoes = ctx.checklist.filter((c) => c.kind === "veto");
  if (items.length === 0 && vetoes.length === 0) return null;
  const count = (status: string) => items.filter((c) => c.status === status).length;
  const scored = items.filter((c) => c.score !== null);
  const score = scored.reduce((s, c) => s + (c.score ?? 0), 0);
  const max = scored.reduce((s, c) => s + (c.maxScore ?? 0), 0);
  const fired = vetoes.filter((c) => c.status === "否决").length;
  const parts = [
    items.length > 0 ? `考核项目 ${items.length} 项中，达标 ${count("达标")} 项、未达标 ${count("未达标")} 项、待填 ${count("待填")} 项` : null,
    scored.length > 0 ? `已评分的 ${scored.length} 项得分 ${plainNumber(score)} 分（满分 ${plainNumber(max)} 分）` : null,
    vetoes.length > 0 ? (fired > 0 ? `一票否决项触发 ${fired} 项（见四、存在问题）` : `一票否决项 ${vetoes.length} 项均未触发${vetoes.some((c) => c.status === "待填") ? "（其中有待人工核实的项目）" : ""}`) : null,
  ].filter((s): s is string => s !== null);
  return `${parts.join("；")}（详见表Ⅳ）。`;
}

export function resultsParagraphs(ctx: ReportContext): string[] {
  return [balanceParagraph(ctx), standardsParagraph(ctx), targetsParagraph(ctx), checklistParagraph(ctx)].filter((s): s is string => s !== null);
}
