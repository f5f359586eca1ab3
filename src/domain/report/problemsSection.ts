/**
 * 四、存在问题 (docs/method.md §9): fired vetoes first (§10), then coefficients over their threshold, units below the
 * school standards with their figures, missed coverage targets, the errors still open in the data, and checklist
 * items nobody has filled in yet.
 */
import { STAGE_LABEL, STAGES } from "../fields/dictionary";
import type { TargetResult } from "../evaluation/targets";
import { indicatorName } from "../packs/indicatorNames";
import { vetoTexts } from "./checklistTable";
import type { ReportContext } from "./context";
import { cvText, indicatorWithUnit, percentText, plainNumber, ratePercent } from "./format";
import { countedUnits } from "./standardsNotes";

function vetoParagraph(ctx: ReportContext): string | null {
  const fired = vetoTexts(ctx.checklist);
  return fired.length > 0 ? `一票否决：${fired.join("；")}。` : null;
}

function balanceParagraph(ctx: ReportContext): string | null {
  const parts = STAGES.flatMap((s) => {
    const b = ctx.run.evaluation.balance[s.id];
    if (b.passed !== false) return [];
    const limit = plainNumber(b.threshold);
    if (ctx.run.pack.coefficient.mode === "composite") return [`${s.label}综合差异系数 ${cvText(b.composite)}，高于 ${limit} 的标准`];
    const over = ctx.run.pack.balanceIndicators.filter((id) => (b.cv[id] ?? 0) > b.threshold);
    return [`${s.label} ${over.map((id) => `${id} ${indicatorName(id).name}（${cvText(b.cv[id])}）`).join("、")} 的差异系数高于 ${limit} 的标准`];
  });
  return parts.length > 0 ? `校际均衡：${parts.join("；")}，未达到${ctx.level}要求。` : null;
}

function standardsParagraph(ctx: ReportContext): string | null {
  const failed = countedUnits(ctx.run.evaluation).filter((e) => e.below.length > 0);
  if (failed.length === 0) return null;
  // Counted once per school, not by filtering every unit for each failing one (n² at a province's size).
  const unitsOf = new Map<string, number>();
  for (const e of ctx.run.evaluation.units) if (!e.unit.excluded) unitsOf.set(e.unit.schoolId, (unitsOf.get(e.unit.schoolId) ?? 0) + 1);
  const several = (schoolId: string) => (unitsOf.get(schoolId) ?? 0) > 1;
  const parts = failed.map((e) => {
    const who = several(e.unit.schoolId) ? `${e.unit.name}${STAGE_LABEL[e.unit.stage]}部` : e.unit.name;
    const items = e.below.map((id) => `${indicatorName(id).name} ${indicatorWithUnit(id, e.indicators[id])}（标准 ${indicatorWithUnit(id, e.thresholds[id], true)}）`);
    return `${who}${items.join("、")}`;
  });
  return `办学条件未达到标准的学校 ${failed.length} 所：${parts.join("；")}。`;
}

/** Villages are named by their committee, as the 普及与控辍 sheet and the 整改清单 name them. */
const committee = (village: string) => (village.endsWith("村委会") ? village : `${village}村委会`);

function targetProblem(t: TargetResult, word: string): string | null {
  const where = t.scope === "乡" && t.schoolId === null ? `全${word}` : t.schoolId === null ? committee(t.scope) : t.scope;
  const { name, atMost } = indicatorName(t.id);
  if (t.id === "T6") return t.passed === false && t.value !== null ? `${where}有超大班额（66人及以上）班级 ${plainNumber(t.value)} 个` : null;
  if (t.id === "T7") return t.value !== null && t.value > 0 ? `${where}大班额（56—65人）班级占 ${percentText(t.value, 1)}` : null;
  if (t.value === null || t.target === null) return null;
  const value = ratePercent(t.value);
  if (t.level === "error") return `${where}${name} ${value}，${atMost ? "高于" : "低于"} ${ratePercent(t.target)} 的目标`;
  if (t.level === "warning" && t.controlLine !== null) return `${where}${name} ${value}，高于国家控制线 ${ratePercent(t.controlLine)}，县级评估不得分`;
  return null;
}

function targetsParagraph(ctx: ReportContext): string | null {
  const parts = ctx.run.evaluation.targets.map((t) => targetProblem(t, ctx.word)).filter((s): s is string => s !== null);
  return parts.length > 0 ? `普及与控辍：${parts.join("；")}。` : null;
}

function dataParagraph(ctx: ReportContext): string | null {
  const open = ctx.run.findings.filter((f) => !f.explained);
  const errors = open.filter((f) => f.severity === "error");
  const warnings = open.filter((f) => f.severity === "warning").length;
  if (errors.length === 0 && warnings === 0) return null;
  const bySource = new Map<string, number>();
  for (const f of errors) {
    const source = f.schoolName ?? f.schoolId ?? (f.sheet ? `「${f.sheet}」表` : "工作簿结构");
    bySource.set(source, (bySource.get(source) ?? 0) + 1);
  }
  const list = [...bySource].map(([source, n]) => `${source} ${n} 处`).join("、");
  const errorText = errors.length > 0 ? `统计数据尚有 ${errors.length} 处错误未改正（${list}）` : "统计数据没有未改正的错误";
  const warningText = warnings > 0 ? `，另有 ${warnings} 条警告需核实或填写说明` : "";
  const caveat = errors.length > 0 ? "；以上评估结果按现有数据计算，改正后应重新审核" : "";
  return `数据质量：${errorText}${warningText}${caveat}（见“审核结果”表）。`;
}

function pendingParagraph(ctx: ReportContext): string | null {
  const pending = ctx.checklist.filter((c) => c.status === "待填");
  return pending.length > 0 ? `考核自查中尚有 ${pending.length} 项待填：${pending.map((c) => c.title).join("、")}。` : null;
}

export function problemsParagraphs(ctx: ReportContext): string[] {
  const paragraphs = [vetoParagraph(ctx), balanceParagraph(ctx), standardsParagraph(ctx), targetsParagraph(ctx), dataParagraph(ctx), pendingParagraph(ctx)];
  const present = paragraphs.filter((s): s is string => s !== null);
  return present.length > 0 ? present : ["本次审核和评估未发现需要说明的问题。"];
}
