/**
 * The 标准参数 sheet's model (docs/workbook-format.md §1.2): every editable number of a pack as one row keyed by
 * 指标代码 + 学段 + 城乡分类, with the limits a value must respect to keep the pack valid. The writer and the reader
 * both work from this list, so a sheet written from a pack always reads back to the same pack.
 */
import { FRACTION_UNIT, TARGET_NAMES, indicatorName, type TargetId } from "./indicatorNames";
import type { Provenance, RulePack } from "./schema";
import { normaliseHeaderLevel } from "../recognise/headerText";
import { sheetSchema } from "../sheetSchema";

export const STANDARDS_SHEET = "标准参数";

/**
 * The columns of 标准参数, shared by the writer and the reader. Users edit 标准值, and may retype the headers the
 * reader needs (指标代码, 学段, 城乡分类, 标准值): it accepts the spellings users are likely to keep or type, compared
 * after normaliseHeaderLevel. Without 学段 or 城乡分类 every row is 不分学段 / 全部城乡分类.
 */
export const STANDARDS_SCHEMA = sheetSchema(
  STANDARDS_SHEET,
  [
    { key: "code", header: "指标代码", width: 12, aliases: ["代码", "参数代码", "指标编号"] },
    { key: "name", header: "指标名称", width: 34 },
    { key: "stage", header: "学段", width: 8 },
    { key: "area", header: "城乡分类", width: 10, aliases: ["城乡", "城乡类别"] },
    { key: "value", header: "标准值", width: 10, edited: true, aliases: ["标准", "参数值", "数值"], kind: "value" },
    { key: "unit", header: "单位", width: 24 },
    { key: "source", header: "来源", width: 90 },
  ],
  (raw) => (typeof raw === "string" ? normaliseHeaderLevel(raw).text : ""),
);

/** Codes of the scalar rows. */
export const CV_CODE = "CV";
export const WEIGHT_CODE = "权重";
export const CONTROL_LINE_SUFFIX = "控制线";

/**
 * The title names the pack the sheet was written from. CV means the composite in one pack and every single
 * coefficient in another, so a sheet is only read into the pack it was written for.
 */
export function packMark(id: string): string {
  return `规则包 ${id}`;
}

export function packIdInMark(text: string): string | null {
  return /规则包\s*([a-z0-9-]+)/.exec(text)?.[1] ?? null;
}

export type ParamStage = "primary" | "junior" | "senior";
export type ParamArea = "城区" | "镇区" | "乡村";

export const STAGE_LABEL: Record<ParamStage, string> = { primary: "小学", junior: "初中", senior: "高中" };

export interface ParamKey {
  /** Indicator id (S6), CV, 权重, T1 … T7, T4控制线. */
  readonly code: string;
  readonly stage: ParamStage | null;
  readonly area: ParamArea | null;
}

/** What a value must be for the pack to stay valid (schema.ts) and meaningful. */
export interface ValueRule {
  /** An empty cell is allowed: the threshold is not judged, the target only reported. */
  readonly nullable: boolean;
  /** 0 is allowed (T6: no class of 66 or more); thresholds, CV limits and weights must be above 0. */
  readonly zero: boolean;
  /** A fraction: at most 1, and "98%" is read as 0.98. */
  readonly fraction: boolean;
  /** A count of classes. */
  readonly integer: boolean;
}

export interface PackParameter extends ParamKey {
  readonly name: string;
  readonly unit: string;
  readonly value: number | null;
  readonly provenance: Provenance;
  readonly rule: ValueRule;
}

export function paramKeyText(key: ParamKey): string {
  return `${key.code}|${key.stage ?? ""}|${key.area ?? ""}`;
}

/** `S6 小学`, `S1 初中 城区`, `T1`: how a row is named in messages. */
export function paramLabel(key: ParamKey): string {
  return [key.code, key.stage ? STAGE_LABEL[key.stage] : null, key.area].filter(Boolean).join(" ");
}

const THRESHOLD_RULE = (fraction: boolean): ValueRule => ({ nullable: true, zero: false, fraction, integer: false });
const LIMIT_RULE: ValueRule = { nullable: false, zero: false, fraction: false, integer: false };
const RATE_RULE: ValueRule = { nullable: true, zero: true, fraction: true, integer: false };
const CLASS_COUNT_RULE: ValueRule = { nullable: true, zero: true, fraction: false, integer: true };

/** The direction is part of the name wherever the standard is a ceiling, so nobody reads 19 as "at least 19". */
function boundedName(name: string, atMost: boolean): string {
  return atMost ? `${name}（上限）` : name;
}

function thresholdParameters(pack: RulePack): PackParameter[] {
  return pack.thresholds.map((t) => {
    const info = indicatorName(t.indicator);
    return {
      code: t.indicator,
      stage: t.stage,
      area: t.area,
      name: boundedName(info.name, info.atMost),
      unit: info.unit,
      value: t.value,
      provenance: t.provenance,
      rule: THRESHOLD_RULE(info.unit === FRACTION_UNIT),
    };
  });
}

function scalarParameters(pack: RulePack): PackParameter[] {
  const cvName = pack.coefficient.mode === "composite" ? "综合差异系数阈值（上限）" : "各项指标差异系数阈值（上限）";
  const cv = (stage: "primary" | "junior"): PackParameter => ({
    code: CV_CODE, stage, area: null, name: cvName, unit: "", value: pack.coefficient[stage], provenance: pack.coefficient.provenance, rule: LIMIT_RULE,
  });
  const weight = (stage: ParamStage): PackParameter => ({
    code: WEIGHT_CODE, stage, area: null, name: "拆分共享资源的每生权重", unit: "", value: pack.splitWeights[stage], provenance: pack.splitWeights.provenance, rule: LIMIT_RULE,
  });
  return [cv("primary"), cv("junior"), weight("primary"), weight("junior"), weight("senior")];
}

/** T4/T5 always get a control-line row, since the national line is what the county assessment scores. */
function hasControlLineRow(target: RulePack["targets"][number]): boolean {
  return target.id === "T4" || target.id === "T5" || target.controlLine !== null;
}

function targetParameters(pack: RulePack): PackParameter[] {
  return pack.targets.flatMap((t) => {
    const info = TARGET_NAMES[t.id as TargetId];
    const rule = info.unit === FRACTION_UNIT ? RATE_RULE : CLASS_COUNT_RULE;
    const main: PackParameter = {
      code: t.id, stage: null, area: null, name: boundedName(info.name, info.atMost), unit: info.unit, value: t.value, provenance: t.provenance, rule,
    };
    if (!hasControlLineRow(t)) return [main];
    const line: PackParameter = {
      code: `${t.id}${CONTROL_LINE_SUFFIX}`, stage: null, area: null, name: `${info.name}国家控制线（上限）`, unit: info.unit, value: t.controlLine, provenance: t.provenance, rule,
    };
    return [main, line];
  });
}

/** Every editable number of the pack, in sheet order. */
export function packParameters(pack: RulePack): PackParameter[] {
  return [...thresholdParameters(pack), ...scalarParameters(pack), ...targetParameters(pack)];
}

/**
 * A threshold row the pack does not have yet, e.g. S8 by 城乡分类 (the pre-2014 staffing standard) — allowed for
 * any standard indicator of the pack and 小学/初中. Its current value is null (not judged).
 */
export function newThresholdParameter(pack: RulePack, key: ParamKey): PackParameter | null {
  if (!pack.standardIndicators.includes(key.code) || (key.stage !== "primary" && key.stage !== "junior")) return null;
  const info = indicatorName(key.code);
  return {
    ...key,
    name: boundedName(info.name, info.atMost),
    unit: info.unit,
    value: null,
    provenance: { kind: "placeholder", source: "本规则包没有这一项" },
    rule: THRESHOLD_RULE(info.unit === FRACTION_UNIT),
  };
}

/**
 * Coefficient limits, weights and a target's value and control line share one provenance in the pack; when the
 * workbook changes several of them, it names every cell.
 */
function mergeProvenance(old: Provenance, next: Provenance): Provenance {
  return old.kind === "workbook" ? { kind: "workbook", source: `${old.source}、${next.source}` } : next;
}

/** The pack with one parameter set to `value`; never changes `pack`. */
export function withParameter(pack: RulePack, param: ParamKey, value: number | null, provenance: Provenance): RulePack {
  if (param.code === CV_CODE && (param.stage === "primary" || param.stage === "junior")) {
    if (value === null) return pack;
    return { ...pack, coefficient: { ...pack.coefficient, [param.stage]: value, provenance: mergeProvenance(pack.coefficient.provenance, provenance) } };
  }
  if (param.code === WEIGHT_CODE && param.stage) {
    if (value === null) return pack;
    return { ...pack, splitWeights: { ...pack.splitWeights, [param.stage]: value, provenance: mergeProvenance(pack.splitWeights.provenance, provenance) } };
  }
  const targetIndex = pack.targets.findIndex((t) => t.id === param.code || `${t.id}${CONTROL_LINE_SUFFIX}` === param.code);
  if (targetIndex >= 0) {
    const target = pack.targets[targetIndex];
    const field = target.id === param.code ? "value" : "controlLine";
    const targets = pack.targets.map((t, i) => (i === targetIndex ? { ...t, [field]: value, provenance: mergeProvenance(t.provenance, provenance) } : t));
    return { ...pack, targets };
  }
  if (param.stage !== "primary" && param.stage !== "junior") return pack;
  const threshold = { indicator: param.code, stage: param.stage, area: param.area, value, provenance };
  const at = pack.thresholds.findIndex((t) => t.indicator === param.code && t.stage === param.stage && t.area === param.area);
  const thresholds = at >= 0 ? pack.thresholds.map((t, i) => (i === at ? threshold : t)) : [...pack.thresholds, threshold];
  return { ...pack, thresholds };
}
