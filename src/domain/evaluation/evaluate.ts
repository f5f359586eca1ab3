/**
 * The evaluation of a register (docs/method.md §2–§6): units, their indicators against the school standards, the
 * student-weighted difference coefficients per stage with each unit's contribution and the what-if after
 * rectification, and the coverage targets.
 */
import type { Finding } from "../findings";
import { STAGES, type UrbanRural } from "../fields/dictionary";
import type { StageId } from "../fields/types";
import type { Register } from "../register";
import { buildContext, plainFinding, type CheckContext } from "../rules/context";
import type { RulePack } from "../packs/schema";
import { compositeCoefficient, weightedCoefficient, whatIfCoefficient, type WeightedValue } from "./coefficient";
import { formulaOf } from "./formulas";
import { judge, thresholdFor } from "./judge";
import { M03, M04, M05 } from "../rules/methodRules";
import { indicatorName, isFractionUnit } from "../packs/indicatorNames";
import { coverageTargets, type TargetResult } from "./targets";
import { evaluationUnits, type EvaluationUnit } from "./units";
import { say } from "../rules/texts";

export interface UnitEvaluation {
  readonly unit: EvaluationUnit;
  /** Every indicator of the pack (balance and standards), unrounded; null when it cannot be computed. */
  readonly indicators: Readonly<Record<string, number | null>>;
  readonly thresholds: Readonly<Record<string, number | null>>;
  /** Standard indicators the unit falls short of (only for units that are counted). */
  readonly below: readonly string[];
  /** Standard indicators with a standard set but a missing or impossible value: not judged (counted units only). */
  readonly unknown: readonly string[];
  readonly passed: boolean | null;
  /** Rules of the error findings still open on this school (or a teaching point merged into it): its results
   *  are computed from the data as entered and must be read with that in mind. */
  readonly dataErrors: readonly string[];
}

export interface StageBalance {
  readonly stage: StageId;
  /** Units counted in this stage's coefficients. */
  readonly units: number;
  readonly mean: Readonly<Record<string, number | null>>;
  readonly cv: Readonly<Record<string, number | null>>;
  /** Why a CV is null, by indicator. */
  readonly cvReason: Readonly<Record<string, string | null>>;
  readonly composite: number | null;
  readonly threshold: number;
  readonly passed: boolean | null;
  readonly whatIfCv: Readonly<Record<string, number | null>>;
  readonly whatIfComposite: number | null;
  /** Each unit's share of the variance, by indicator: unit id → indicator → share. */
  readonly contributions: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

export interface Evaluation {
  readonly pack: RulePack;
  readonly units: readonly UnitEvaluation[];
  readonly balance: Readonly<Record<StageId, StageBalance>>;
  readonly targets: readonly TargetResult[];
  readonly findings: readonly Finding[];
}

function indicatorIds(pack: RulePack): string[] {
  return [...new Set([...pack.balanceIndicators, ...pack.standardIndicators])];
}

/**
 * A record with every indicator of the pack, for each unit to start from: V8 keeps copies of it in its fast layout,
 * whereas 18 keys added one by one to {} turn it into a slow dictionary, which the judging and the coefficients then
 * read for every unit.
 */
function emptyIndicators(ids: readonly string[]): Record<string, number | null> {
  return Object.fromEntries(ids.map((id) => [id, null]));
}

function errorRulesBySchool(findings: readonly Finding[]): Map<string, Set<string>> {
  const bySchool = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.severity !== "error" || f.schoolId === null) continue;
    let rules = bySchool.get(f.schoolId);
    if (!rules) bySchool.set(f.schoolId, (rules = new Set()));
    rules.add(f.rule);
  }
  return bySchool;
}

/** The rules of the open errors on the unit's school and the teaching points merged into it, sorted. */
function dataErrorsOf(unit: EvaluationUnit, errors: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const rules = new Set<string>();
  for (const code of [unit.schoolId, ...unit.mergedPoints]) errors.get(code)?.forEach((rule) => rules.add(rule));
  return [...rules].sort();
}

/**
 * A value no real school can have: a share of people above 100 % (学历合格率 108.3 % when more teachers are
 * qualified than there are teachers) or a negative amount. It comes from a data error, so it is shown as not
 * computable and never judged (docs/method.md §3.5).
 */
function isImpossible(id: string, value: number): boolean {
  return value < 0 || (isFractionUnit(indicatorName(id).unit) && value > 1 + 1e-9);
}

/** Sheet-qualified cells that already carry an error finding: an impossible value there is reported once, by it. */
function errorCellsOf(findings: readonly Finding[]): Set<string> {
  const cells = new Set<string>();
  for (const f of findings) if (f.severity === "error" && f.sheet !== null) for (const c of f.cells) cells.add(`${f.sheet}!${c}`);
  return cells;
}

function impossibleFinding(unit: EvaluationUnit, id: string, value: number, errorCells: ReadonlySet<string>): Finding | null {
  const cells = formulaOf(id).feeds.flatMap((key) => unit.resources[key].cells);
  if (cells.some((c) => errorCells.has(`${c.sheet}!${c.cell}`))) return null;
  const name = indicatorName(id);
  const shown = isFractionUnit(name.unit) ? `${(value * 100).toFixed(1)}%` : String(Math.round(value * 100) / 100);
  const message = say(M05, "M-05", { name: unit.name, stage: unit.stage, indicator: id, indicatorName: name.name, shown });
  return { ...plainFinding(M05, message, cells[0]?.sheet ?? null, cells.filter((c) => c.sheet === cells[0].sheet).map((c) => c.cell)), schoolId: unit.schoolId, schoolName: unit.name };
}

interface UnitInputs {
  readonly pack: RulePack;
  readonly errors: ReadonlyMap<string, ReadonlySet<string>>;
  readonly errorCells: ReadonlySet<string>;
  readonly ids: readonly string[];
  readonly template: Readonly<Record<string, number | null>>;
}

function evaluateUnit(unit: EvaluationUnit, { pack, errors, errorCells, ids, template }: UnitInputs, findings: Finding[]): UnitEvaluation {
  const indicators: Record<string, number | null> = { ...template };
  for (const id of ids) {
    // Values near Number.MAX_VALUE overflow a ratio to Infinity or NaN: not a number anyone can judge (未能判定).
    const computed = formulaOf(id).value(unit.resources, pack);
    const value = computed !== null && Number.isFinite(computed) ? computed : null;
    if (value !== null && isImpossible(id, value)) {
      const finding = impossibleFinding(unit, id, value, errorCells);
      if (finding) findings.push(finding);
      indicators[id] = null;
    } else indicators[id] = value;
  }
  const judgement = judge(pack, unit.stage, unit.area, indicators);
  const dataErrors = dataErrorsOf(unit, errors);
  return unit.excluded
    ? { unit, indicators, thresholds: judgement.thresholds, below: [], unknown: [], passed: null, dataErrors }
    : { unit, indicators, ...judgement, dataErrors };
}

function stageBalance(stage: StageId, evaluations: readonly UnitEvaluation[], pack: RulePack, findings: Finding[]): StageBalance {
  const counted = evaluations.filter((e) => e.unit.stage === stage && !e.unit.excluded);
  const mean: Record<string, number | null> = {};
  const cv: Record<string, number | null> = {};
  const cvReason: Record<string, string | null> = {};
  const whatIfCv: Record<string, number | null> = {};
  const contributions = new Map<string, Record<string, number>>(counted.map((e) => [e.unit.id, {}]));
  for (const id of pack.balanceIndicators) {
    const values: WeightedValue[] = [];
    for (const e of counted) {
      const value = e.indicators[id];
      if (value !== null) values.push({ id: e.unit.id, students: e.unit.students, value });
      else {
        const message = say(M03, "M-03.notComputed", { name: e.unit.name, indicator: id, stage });
        findings.push({ ...plainFinding(M03, message), schoolId: e.unit.schoolId, schoolName: e.unit.name });
      }
    }
    const result = weightedCoefficient(values);
    mean[id] = result.mean;
    cv[id] = result.cv;
    cvReason[id] = values.length === 0 && counted.length > 0 ? `各校的 ${id} 都无法计算（数据缺失或读不出）` : result.reason;
    result.contributions.forEach((share, unitId) => (contributions.get(unitId)![id] = share));
    const standard = pack.whatIfStandard[id];
    const floors = new Map<string, number>();
    if (standard) {
      // The floor depends on the unit's 城乡分类 only: looked up once per area, not once per unit.
      const floorByArea = new Map<UrbanRural | null, number | null | undefined>();
      for (const e of counted) {
        if (!floorByArea.has(e.unit.area)) floorByArea.set(e.unit.area, thresholdFor(pack, standard, stage, e.unit.area)?.value);
        const floor = floorByArea.get(e.unit.area);
        if (floor !== undefined && floor !== null) floors.set(e.unit.id, floor);
      }
    }
    whatIfCv[id] = floors.size > 0 ? whatIfCoefficient(values, floors) : result.cv;
  }
  const threshold = pack.coefficient[stage];
  const cvs = pack.balanceIndicators.map((id) => cv[id]);
  const composite = pack.coefficient.mode === "composite" ? compositeCoefficient(cvs) : null;
  const passed =
    pack.coefficient.mode === "composite"
      ? composite === null ? null : composite <= threshold
      : cvs.some((c) => c !== null && c > threshold) ? false : cvs.every((c) => c !== null) ? true : null;
  const whatIfComposite = pack.coefficient.mode === "composite" ? compositeCoefficient(pack.balanceIndicators.map((id) => whatIfCv[id])) : null;
  return { stage, units: counted.length, mean, cv, cvReason, composite, threshold, passed, whatIfCv, whatIfComposite, contributions };
}

function unsetThresholdFindings(pack: RulePack, evaluations: readonly UnitEvaluation[]): Finding[] {
  const findings: Finding[] = [];
  for (const stage of STAGES.map((s) => s.id)) {
    if (!evaluations.some((e) => e.unit.stage === stage && !e.unit.excluded)) continue;
    for (const id of pack.standardIndicators) {
      const unset = pack.thresholds.filter((t) => t.indicator === id && t.stage === stage && t.value === null);
      if (unset.length > 0) findings.push(plainFinding(M04, say(M04, "M-04", { indicator: id, stage, source: unset[0].provenance.source })));
    }
  }
  return findings;
}

/**
 * @param validation the validation findings of the same register, so results built on data with open errors
 *   say so.
 */
export function evaluate(register: Register, pack: RulePack, validation: readonly Finding[] = [], ctx: CheckContext = buildContext(register)): Evaluation {
  const { units, findings: unitFindings } = evaluationUnits(register, pack, ctx);
  const ids = indicatorIds(pack);
  const inputs: UnitInputs = { pack, errors: errorRulesBySchool(validation), errorCells: errorCellsOf(validation), ids, template: emptyIndicators(ids) };
  const findings: Finding[] = [...unitFindings];
  const evaluations = units.map((u) => evaluateUnit(u, inputs, findings));
  const balance = {
    primary: stageBalance("primary", evaluations, pack, findings),
    junior: stageBalance("junior", evaluations, pack, findings),
  };
  findings.push(...unsetThresholdFindings(pack, evaluations));
  return { pack, units: evaluations, balance, targets: coverageTargets(register, pack), findings };
}
