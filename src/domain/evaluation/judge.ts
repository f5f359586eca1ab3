/** Holding a unit to the pack's school standards (表Ⅱ): thresholds by stage and 城乡分类, and the school pass rule. */
import type { UrbanRural } from "../fields/dictionary";
import type { StageId } from "../fields/types";
import type { RulePack, Threshold } from "../packs/schema";
import { formulaOf } from "./formulas";

/**
 * A pack's thresholds by indicator and stage, built once per pack: every unit asks for every indicator, and a
 * province has tens of thousands of units. Packs are never changed once made (标准参数 makes a new one).
 */
const thresholdIndex = new WeakMap<RulePack, Map<string, Map<StageId, Threshold[]>>>();

function thresholdsOf(pack: RulePack, indicator: string, stage: StageId): readonly Threshold[] {
  let index = thresholdIndex.get(pack);
  if (!index) {
    index = new Map();
    for (const t of pack.thresholds) {
      let byStage = index.get(t.indicator);
      if (!byStage) index.set(t.indicator, (byStage = new Map()));
      const list = byStage.get(t.stage);
      if (list) list.push(t);
      else byStage.set(t.stage, [t]);
    }
    thresholdIndex.set(pack, index);
  }
  // Indexed by indicator, then stage: a key joined from both would be a new string to hash on every look-up.
  return index.get(indicator)?.get(stage) ?? [];
}

/** The threshold of an indicator for a stage: the entry for the unit's 城乡分类 if there is one, else the general one. */
export function thresholdFor(pack: RulePack, indicator: string, stage: StageId, area: UrbanRural | null): Threshold | undefined {
  const entries = thresholdsOf(pack, indicator, stage);
  return entries.find((t) => t.area !== null && t.area === area) ?? entries.find((t) => t.area === null);
}

export function isBelow(indicator: string, value: number, threshold: number): boolean {
  return formulaOf(indicator).direction === "min" ? value < threshold : value > threshold;
}

/** How far a value reaches toward its threshold (1 = exactly at standard), whatever the direction. */
export function attainment(indicator: string, value: number, threshold: number): number {
  return formulaOf(indicator).direction === "min" ? value / threshold : threshold / value;
}

export interface Judgement {
  readonly thresholds: Readonly<Record<string, number | null>>;
  readonly below: readonly string[];
  /** Indicators with a standard set whose value is missing or impossible: the unit cannot be said to meet them. */
  readonly unknown: readonly string[];
  /** null when the outcome depends on what is unknown, or nothing could be judged (docs/method.md §3.3). */
  readonly passed: boolean | null;
}

const thresholdRecords = new WeakMap<RulePack, Map<StageId, Map<UrbanRural | null, Readonly<Record<string, number | null>>>>>();

/**
 * The threshold of every standard indicator for a stage and 城乡分类, built once per pack: they are the same for
 * every unit of that stage and area, so those units share one record rather than each building its own.
 */
function thresholdRecord(pack: RulePack, stage: StageId, area: UrbanRural | null): Readonly<Record<string, number | null>> {
  let byStage = thresholdRecords.get(pack);
  if (!byStage) thresholdRecords.set(pack, (byStage = new Map()));
  let byArea = byStage.get(stage);
  if (!byArea) byStage.set(stage, (byArea = new Map()));
  let record = byArea.get(area);
  if (!record) {
    const thresholds: Record<string, number | null> = {};
    for (const id of pack.standardIndicators) thresholds[id] = thresholdFor(pack, id, stage, area)?.value ?? null;
    byArea.set(area, (record = thresholds));
  }
  return record;
}

export function judge(pack: RulePack, stage: StageId, area: UrbanRural | null, values: Readonly<Record<string, number | null>>): Judgement {
  const thresholds = thresholdRecord(pack, stage, area);
  const below: string[] = [];
  const unknown: string[] = [];
  let floorBroken = false;
  const rule = pack.schoolPass;
  for (const id of pack.standardIndicators) {
    const threshold = thresholds[id];
    // A standard left empty is not judged (docs/method.md §3.3), so it is neither a miss nor an unknown.
    if (threshold === null) continue;
    const value = values[id];
    if (value === null || value === undefined || !Number.isFinite(value)) {
      unknown.push(id);
      continue;
    }
    if (!isBelow(id, value, threshold)) continue;
    below.push(id);
    if (rule.mode === "atLeast" && rule.floorRatio !== null && attainment(id, value, threshold) < rule.floorRatio) floorBroken = true;
  }
  const judgedAny = pack.standardIndicators.some((id) => thresholds[id] !== null);
  if (!judgedAny) return { thresholds, below, unknown, passed: null };
  // Fail on what is known to be short; pass only on values all known (an unknown one might break the floor too).
  const allowedMisses = rule.mode === "all" ? 0 : pack.standardIndicators.length - rule.count;
  const passed = floorBroken || below.length > allowedMisses ? false : unknown.length > 0 ? null : true;
  return { thresholds, below, unknown, passed };
}
