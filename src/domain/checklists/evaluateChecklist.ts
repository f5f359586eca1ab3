/**
 * Judges the pack's checklist (docs/method.md §10) on a run: computed items from the coverage targets and findings,
 * manual items from what the user typed in 考核自查.
 *
 * Scoring is all or nothing: a computed assessment item gets its full score when met and 0 otherwise, because the
 * public record gives no partial scale. A computed item whose data is missing (no village sheet, no dropout
 * columns) cannot be judged and becomes a manual item for that run, so the user can still fill it in.
 */
import type { TargetResult } from "../evaluation/targets";
import type { Finding } from "../findings";
import { TARGET_NAMES, isFractionUnit } from "../packs/indicatorNames";
import type { ChecklistItem, RulePack } from "../packs/schema";
import { ruleById } from "../rules/registry";
import { statusesOf, type ChecklistHit, type ChecklistResult, type ManualEntry } from "./types";

export interface ChecklistInputs {
  readonly pack: Pick<RulePack, "checklist">;
  readonly findings: readonly Finding[];
  readonly targets: readonly TargetResult[];
  /** Entries read back from the 考核自查 sheet Junheng wrote last time, by item id. */
  readonly manual?: ReadonlyMap<string, ManualEntry>;
}

export const TOWNSHIP = "乡";
/** Evidence lists at most this many places, then the count, so a cell stays readable. */
const LISTED = 5;
export const NO_DATA = "登记表中缺少计算所需的数据，无法自动判定，请手填";

/** Where targets are counted besides the township (docs/method.md §6): enrolment by village, dropout by school. */
const PLACES: Partial<Record<TargetResult["id"], string>> = { T1: "村", T2: "村", T3: "村", T4: "学校", T5: "学校" };

const bad = (t: TargetResult) => t.level === "warning" || t.level === "error";
const trimmed = (x: number) => String(Number(x.toFixed(2)));

function shown(t: TargetResult, value: number | null): string {
  if (value === null) return "—";
  return isFractionUnit(TARGET_NAMES[t.id].unit) ? `${trimmed(value * 100)}%` : `${trimmed(value)} 个`;
}

/** What the value is judged against: the national control line where the pack has one (dropout), else the target. */
function limit(t: TargetResult): string {
  if (t.controlLine !== null) return `国家控制线 ${shown(t, t.controlLine)}`;
  return `目标 ${TARGET_NAMES[t.id].atMost ? "≤" : "≥"} ${shown(t, t.target)}`;
}

function listed(parts: readonly string[]): string {
  const more = parts.length > LISTED ? `等共 ${parts.length} 处` : "";
  return parts.slice(0, LISTED).join("；") + more;
}

const targetHit = (t: TargetResult): ChecklistHit => ({ where: t.scope, finding: null, target: t });
const findingHit = (f: Finding): ChecklistHit => ({ where: f.schoolName ?? f.schoolId ?? TOWNSHIP, finding: f, target: null });

interface Judged {
  readonly failed: boolean;
  readonly evidence: string;
  readonly hits: readonly ChecklistHit[];
}

/** Assessment items score the township's rate, as the county assessment does; places that miss are named. */
function judgeAssessmentTargets(ids: readonly string[], targets: readonly TargetResult[]): Judged | null {
  const township = ids.map((id) => targets.find((t) => t.id === id && t.scope === TOWNSHIP));
  if (township.some((t) => !t || t.level === null)) return null;
  const present = township as TargetResult[];
  const named = ids.length > 1;
  const parts = present.map((t) => {
    const others = targets.filter((o) => o.id === t.id && o.scope !== TOWNSHIP && bad(o)).map((o) => `${o.scope} ${shown(o, o.value)}`);
    const note = others.length > 0 ? `（其中${TARGET_NAMES[t.id].atMost ? "超过" : "未达到"}的：${listed(others)}）` : "";
    return `${named ? `${TARGET_NAMES[t.id].name} ` : ""}${TOWNSHIP} ${shown(t, t.value)}，${limit(t)}${note}`;
  });
  const failing = present.filter((t) => t.level !== "met");
  return { failed: failing.length > 0, evidence: parts.join("；"), hits: failing.map(targetHit) };
}

/** A veto fires on any village, school or the township past the line. */
function judgeVetoTargets(ids: readonly string[], targets: readonly TargetResult[]): Judged | null {
  const judged = targets.filter((t) => ids.includes(t.id) && t.level !== null);
  if (judged.length === 0) return null;
  const hits = judged.filter(bad);
  if (hits.length > 0) {
    return { failed: true, evidence: listed(hits.map((t) => `${t.scope} ${TARGET_NAMES[t.id].name} ${shown(t, t.value)}（${limit(t)}）`)), hits: hits.map(targetHit) };
  }
  const township = judged.filter((t) => t.scope === TOWNSHIP).map((t) => {
    const place = PLACES[t.id];
    const rest = place ? `，各${place}均${TARGET_NAMES[t.id].atMost ? "未超过" : "已达到"}` : "";
    return `${TARGET_NAMES[t.id].name} ${TOWNSHIP} ${shown(t, t.value)}（${limit(t)}）${rest}`;
  });
  return { failed: false, evidence: township.join("；"), hits: [] };
}

function judgeRules(rules: readonly string[], fallback: readonly string[], inputs: ChecklistInputs, veto: boolean): Judged {
  const found = inputs.findings.filter((f) => rules.includes(f.rule));
  if (found.length > 0) return { failed: true, evidence: listed(found.map((f) => `${findingHit(f).where}：${f.message}`)), hits: found.map(findingHit) };
  const byTarget = fallback.length > 0 ? (veto ? judgeVetoTargets : judgeAssessmentTargets)(fallback, inputs.targets) : null;
  if (byTarget?.failed) return byTarget;
  const none = rules.map((r) => `未发现“${ruleById(r)?.title ?? r}”（${r}）`).join("；");
  return { failed: false, evidence: [none, byTarget?.evidence].filter(Boolean).join("；"), hits: [] };
}

function judge(item: ChecklistItem, inputs: ChecklistInputs): Judged | null {
  const b = item.binding;
  const veto = item.kind === "veto";
  if (b === null) return null;
  if (b.type === "rule") return judgeRules(b.rules, b.targets ?? [], inputs, veto);
  const ids = b.type === "target" ? [b.target] : b.targets;
  return (veto ? judgeVetoTargets : judgeAssessmentTargets)(ids, inputs.targets);
}

function computedResult(item: ChecklistItem, judged: Judged): ChecklistResult {
  const veto = item.kind === "veto";
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    computed: true,
    status: veto ? (judged.failed ? "否决" : "未否决") : judged.failed ? "未达标" : "达标",
    evidence: judged.evidence,
    score: item.maxScore === null ? null : judged.failed ? 0 : item.maxScore,
    maxScore: item.maxScore,
    where: [...new Set(judged.hits.map((h) => h.where))],
    hits: judged.hits,
  };
}

/** @param unjudged a computed item without data: say so until the user writes their own evidence. */
function manualResult(item: ChecklistItem, entry: ManualEntry | undefined, unjudged: boolean): ChecklistResult {
  const status = entry?.status && statusesOf(item.kind).includes(entry.status) ? entry.status : "待填";
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    computed: false,
    status,
    evidence: entry?.evidence || (unjudged ? NO_DATA : ""),
    score: item.maxScore === null ? null : (entry?.score ?? null),
    maxScore: item.maxScore,
    // A manual veto is the township's as a whole (e.g. the satisfaction survey).
    where: status === "否决" ? [TOWNSHIP] : [],
  };
}

/** One result per checklist item of the pack, in the pack's order. */
export function checklistResults(inputs: ChecklistInputs): ChecklistResult[] {
  return inputs.pack.checklist.map((item) => {
    const judged = judge(item, inputs);
    return judged ? computedResult(item, judged) : manualResult(item, inputs.manual?.get(item.id), item.binding !== null);
  });
}

export function firedVetoes(results: readonly ChecklistResult[]): ChecklistResult[] {
  return results.filter((r) => r.kind === "veto" && r.status === "否决");
}

export interface ChecklistTotals {
  /** Sum of the assessment scores given so far (automatic and typed); 不适用 items count neither way. */
  readonly score: number;
  /** Full marks of the assessment items that apply. */
  readonly maxScore: number;
  /** Items still 待填. */
  readonly pending: number;
}

export function checklistTotals(results: readonly ChecklistResult[]): ChecklistTotals {
  const applicable = results.filter((r) => r.kind === "assessment" && r.status !== "不适用");
  return {
    score: applicable.reduce((sum, r) => sum + (r.score ?? 0), 0),
    maxScore: applicable.reduce((sum, r) => sum + (r.maxScore ?? 0), 0),
    pending: results.filter((r) => r.status === "待填").length,
  };
}
