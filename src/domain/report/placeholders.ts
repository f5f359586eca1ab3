/**
 * The names a 自评报告模板 may use between `{{ }}` and their values. The names depend only on the pack (its balance
 * indicators), so a template can be checked before any report is built; the values come from the same figures as
 * the tables. README「自评报告」lists them for users.
 */
import { STAGE_LABEL, STAGES } from "../fields/dictionary";
import type { RulePack } from "../packs/schema";
import { basisText } from "./submission";
import { vetoTexts } from "./checklistTable";
import type { ReportContext } from "./context";
import { cvText, grouped, indicatorText, plainNumber } from "./format";
import type { ReportSection, ReportTableId } from "./model";
import { verdictOf } from "./balanceTable";

export const TABLE_IDS: readonly ReportTableId[] = ["表Ⅰ", "表Ⅱ-1", "表Ⅱ-2", "表Ⅲ", "表Ⅳ", "整改清单"];

/** Section headings, which are also the anchors of their generated paragraphs. */
export const SECTION_HEADINGS = ["基本情况", "主要做法", "评估结果", "存在问题", "整改措施"] as const;

/** The anchor of the fired vetoes, which the report shows first (docs/method.md §10). */
export const VETO_ANCHOR = "一票否决";

const SCALARS = [
  "标题", "乡镇", "县", "年度", "学年", "数据日期", "填报人", "规则包",
  "学校数", "教学点数", "评估单元数", "错误数", "警告数", "整改事项数", "未完成整改事项数",
] as const;

const STAGE_SCALARS = ["评估单元数", "综合差异系数", "整改后综合差异系数", "标准", "结论"] as const;

export function isTableId(name: string): name is ReportTableId {
  return (TABLE_IDS as readonly string[]).includes(name);
}

/** Every name a template may use with this pack. */
export function placeholderNames(pack: RulePack): string[] {
  const perStage = STAGES.flatMap((s) => [
    ...STAGE_SCALARS.map((k) => `${s.label}.${k}`),
    ...pack.balanceIndicators.flatMap((id) => [`${s.label}.差异系数.${id}`, `${s.label}.平均值.${id}`]),
  ]);
  return [...SCALARS, ...perStage, ...SECTION_HEADINGS, VETO_ANCHOR, ...TABLE_IDS];
}

/** 2016 → 2016—2017学年, when 填报说明 gives the year but not the school year. */
function schoolYear(meta: Readonly<Record<string, string>>): string {
  if (meta["学年"]) return meta["学年"];
  const year = Number(meta["统计年度"]);
  return Number.isInteger(year) && year > 1900 ? `${year}—${year + 1}学年` : "";
}

function vetoLine(ctx: ReportContext): string {
  const vetoes = ctx.checklist.filter((c) => c.kind === "veto");
  const fired = vetoTexts(ctx.checklist);
  if (fired.length > 0) return `一票否决：${fired.join("；")}`;
  if (vetoes.length === 0) return "一票否决项：本次没有核查结果（见“考核自查”表）";
  const pending = vetoes.filter((c) => c.status === "待填").map((c) => c.title);
  return `一票否决项 ${vetoes.length} 项均未触发${pending.length > 0 ? `（待人工核实：${pending.join("、")}）` : ""}`;
}

export interface PlaceholderParts {
  readonly title: string;
  readonly sections: readonly ReportSection[];
  readonly tableTitles: Readonly<Record<ReportTableId, string>>;
}

export function placeholderValues(ctx: ReportContext, parts: PlaceholderParts): Record<string, string> {
  const { run, facts } = ctx;
  const { meta, evaluation, pack } = run;
  const open = run.findings.filter((f) => !f.explained);
  const values: Record<string, string> = {
    标题: parts.title,
    乡镇: meta["乡镇"] ?? "",
    县: meta["县"] ?? "",
    年度: meta["统计年度"] ?? "",
    学年: schoolYear(meta),
    数据日期: meta["数据日期"] ?? "",
    填报人: meta["填报人"] ?? "",
    规则包: basisText(pack),
    学校数: grouped(facts.schools),
    教学点数: grouped(facts.points),
    评估单元数: grouped(run.summary.units),
    错误数: grouped(open.filter((f) => f.severity === "error").length),
    警告数: grouped(open.filter((f) => f.severity === "warning").length),
    整改事项数: grouped(run.rectification.length),
    未完成整改事项数: grouped(run.rectification.filter((i) => i.status !== "已完成").length),
    [VETO_ANCHOR]: vetoLine(ctx),
  };
  const composite = pack.coefficient.mode === "composite";
  for (const s of STAGES) {
    const b = evaluation.balance[s.id];
    const label = STAGE_LABEL[s.id];
    values[`${label}.评估单元数`] = grouped(b.units);
    // The 2017 pack judges each CV; a composite would be a number nobody publishes, so say why there is none.
    values[`${label}.综合差异系数`] = composite ? cvText(b.composite) : "不适用（逐项判定）";
    values[`${label}.整改后综合差异系数`] = composite ? cvText(b.whatIfComposite) : "不适用（逐项判定）";
    values[`${label}.标准`] = plainNumber(b.threshold);
    values[`${label}.结论`] = b.units === 0 ? "无参评学校" : verdictOf(b.passed);
    for (const id of pack.balanceIndicators) {
      values[`${label}.差异系数.${id}`] = cvText(b.cv[id]);
      values[`${label}.平均值.${id}`] = indicatorText(id, b.mean[id]);
    }
  }
  for (const section of parts.sections) values[section.heading] = section.paragraphs.join("\n");
  for (const id of TABLE_IDS) values[id] = parts.tableTitles[id];
  return values;
}
