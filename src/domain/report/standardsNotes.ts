/**
 * What 表Ⅱ-1 and 表Ⅱ-2 share: the units they list (those counted, 小学 first, in register order, as 指标计算
 * lists them) and the notes every judgement against the school standards must carry (docs/method.md §3.3): the pack,
 * the pass rule, the reference-value warning, the values the workbook's 标准参数 changed.
 */
import { STAGES } from "../fields/dictionary";
import type { Evaluation, UnitEvaluation } from "../evaluation/evaluate";
import { overrideNote, referenceNote, thresholdOverrides, thresholdsUsed } from "../outputs/packNote";
import type { RulePack } from "../packs/schema";
import { plainNumber } from "./format";
import { basisText, plainReason } from "./submission";

export function countedUnits(evaluation: Evaluation): UnitEvaluation[] {
  return STAGES.flatMap((s) => evaluation.units.filter((e) => !e.unit.excluded && e.unit.stage === s.id));
}

export function passRuleText(pack: RulePack): string {
  const rule = pack.schoolPass;
  if (rule.mode === "all") return "各项标准均达到为达标（未设定标准值的指标不判定）";
  const floor = rule.floorRatio === null ? "" : `且其余各项不低于标准的 ${plainNumber(rule.floorRatio * 100)}%`;
  return `${rule.count} 项及以上达到标准${floor}为达标`;
}

export function standardsNotes(evaluation: Evaluation): string[] {
  const { pack } = evaluation;
  const uses = countedUnits(evaluation).flatMap((e) => pack.standardIndicators.map((indicator) => ({ indicator, stage: e.unit.stage, area: e.unit.area })));
  return [
    `${basisText(pack)}；${passRuleText(pack)}。`,
    referenceNote(thresholdsUsed(pack, uses)),
    overrideNote(thresholdOverrides(pack, pack.standardIndicators)),
  ].filter((s): s is string => s !== null);
}

/** Units left out of the tables, with the reason, so nobody disappears from the report silently (docs/method.md §2). */
export function excludedNote(evaluation: Evaluation): string | null {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const e of evaluation.units) {
    if (!e.unit.excluded || seen.has(e.unit.schoolId)) continue;
    seen.add(e.unit.schoolId);
    parts.push(`${e.unit.name}：${plainReason(e.unit.excluded)}`);
  }
  return parts.length > 0 ? `未参加评估的学校——${parts.join("；")}。` : null;
}
