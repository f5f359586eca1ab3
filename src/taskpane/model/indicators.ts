/** The 指标 view: each evaluation unit with every indicator of the pack, its standard and whether it falls short. */
import type { CheckRun } from "../../domain/check";
import type { UnitEvaluation } from "../../domain/evaluation/evaluate";
import { STAGES } from "../../domain/fields/dictionary";
import type { StageId } from "../../domain/fields/types";
import { indicatorName } from "../../domain/packs/indicatorNames";

export interface IndicatorRow {
  readonly id: string;
  readonly name: string;
  readonly value: number | null;
  readonly threshold: number | null;
  /** A ceiling (S8, S10): met at or below the standard. */
  readonly atMost: boolean;
  readonly below: boolean;
}

export interface UnitRow {
  readonly id: string;
  readonly schoolId: string;
  readonly name: string;
  readonly stage: StageId;
  readonly students: number;
  /** Why the unit is not counted, or null. */
  readonly excluded: string | null;
  readonly passed: boolean | null;
  readonly belowCount: number;
  readonly dataErrors: readonly string[];
  readonly indicators: readonly IndicatorRow[];
}

/** Standards first (what a school must reach), then the balance indicators that are not standards themselves. */
function indicatorIds(run: CheckRun): string[] {
  const { standardIndicators, balanceIndicators } = run.pack;
  return [...standardIndicators, ...balanceIndicators.filter((id) => !standardIndicators.includes(id))];
}

function unitRow(e: UnitEvaluation, ids: readonly string[]): UnitRow {
  const { unit } = e;
  return {
    id: unit.id,
    schoolId: unit.schoolId,
    name: unit.name,
    stage: unit.stage,
    students: unit.students,
    excluded: unit.excluded,
    passed: e.passed,
    belowCount: e.below.length,
    dataErrors: e.dataErrors,
    indicators: ids.map((id) => ({
      id,
      name: indicatorName(id).name,
      value: e.indicators[id] ?? null,
      threshold: e.thresholds[id] ?? null,
      atMost: indicatorName(id).atMost,
      below: e.below.includes(id),
    })),
  };
}

/** Counted units by stage (小学, 初中), then the units not counted — the order of the 指标计算 sheet. */
export function unitRows(run: CheckRun): UnitRow[] {
  const ids = indicatorIds(run);
  const units = run.evaluation.units;
  const counted = STAGES.flatMap((s) => units.filter((e) => !e.unit.excluded && e.unit.stage === s.id));
  return [...counted, ...units.filter((e) => e.unit.excluded)].map((e) => unitRow(e, ids));
}
