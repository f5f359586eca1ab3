/** The 差异系数 view (表Ⅲ): per stage the mean and CV of each balance indicator, the verdict, and each school's share. */
import type { CheckRun } from "../../domain/check";
import { STAGES } from "../../domain/fields/dictionary";
import type { StageId } from "../../domain/fields/types";
import { indicatorName } from "../../domain/packs/indicatorNames";

export interface BalanceIndicatorRow {
  readonly id: string;
  readonly name: string;
  readonly mean: number | null;
  readonly cv: number | null;
  readonly whatIfCv: number | null;
  /** Why the CV is missing, in the engine's words. */
  readonly reason: string | null;
}

export interface ContributionRow {
  readonly unitId: string;
  readonly name: string;
  readonly students: number;
  /** Share of the weighted variance by indicator; missing when the school's value could not be computed. */
  readonly shares: Readonly<Record<string, number | undefined>>;
}

export interface StageView {
  readonly stage: StageId;
  readonly units: number;
  /** composite: the average CV is judged; each: every CV is judged against the threshold. */
  readonly mode: "composite" | "each";
  readonly composite: number | null;
  readonly whatIfComposite: number | null;
  readonly threshold: number;
  readonly passed: boolean | null;
  readonly indicators: readonly BalanceIndicatorRow[];
  readonly contributions: readonly ContributionRow[];
}

export function stageViews(run: CheckRun): StageView[] {
  const { evaluation, pack } = run;
  return STAGES.map((s) => {
    const b = evaluation.balance[s.id];
    const counted = evaluation.units.filter((e) => e.unit.stage === s.id && !e.unit.excluded);
    return {
      stage: s.id,
      units: b.units,
      mode: pack.coefficient.mode,
      composite: b.composite,
      whatIfComposite: b.whatIfComposite,
      threshold: b.threshold,
      passed: b.passed,
      indicators: pack.balanceIndicators.map((id) => ({
        id,
        name: indicatorName(id).name,
        mean: b.mean[id] ?? null,
        cv: b.cv[id] ?? null,
        whatIfCv: b.whatIfCv[id] ?? null,
        reason: b.cvReason[id] ?? null,
      })),
      contributions: counted.map((e) => ({ unitId: e.unit.id, name: e.unit.name, students: e.unit.students, shares: b.contributions.get(e.unit.id) ?? {} })),
    };
  });
}

/** Schools by their share of one indicator's variance, largest first; schools without a value last. */
export function contributionsFor(view: StageView, indicator: string): { readonly name: string; readonly share: number | null }[] {
  return view.contributions
    .map((c) => ({ name: c.name, share: c.shares[indicator] ?? null }))
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1));
}
