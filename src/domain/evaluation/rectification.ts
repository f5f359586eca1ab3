/**
 * Rectification lists (整改清单, docs/method.md §8): for every school, one item per shortfall the evaluation found —
 * school standards below threshold, 大班额 / 超大班额, 危房, unmet coverage targets of its village and its own
 * dropout — and every error still open in its data. Responsible unit and deadline come from the pack; status,
 * responsible unit and deadline the user edited in last run's sheet are carried over by the item's key (withCarried).
 */
import { STAGE_LABEL } from "../fields/dictionary";
import type { StageId } from "../fields/types";
import type { Finding } from "../findings";
import { FRACTION_UNIT, indicatorName, type TargetId } from "../packs/indicatorNames";
import type { RulePack } from "../packs/schema";
import { milestoneDate, type WorkCalendar } from "../calendar/calendar";
import type { Evaluation, UnitEvaluation } from "./evaluate";
import { formulaOf, FORMULAS, groupDigits, type RectificationCategory } from "./formulas";
import type { TargetResult } from "./targets";
import type { RuleId } from "../ruleIds";

export const RECTIFICATION_STATUSES = ["未整改", "整改中", "已完成"] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export function isRectificationStatus(text: string): text is RectificationStatus {
  return (RECTIFICATION_STATUSES as readonly string[]).includes(text);
}

export interface RectificationItem {
  /** Identifies the item across runs: `学校标识码|stage or -|indicator` (data errors add sheet and cells). */
  readonly key: string;
  readonly schoolId: string;
  readonly schoolName: string;
  /** null for school-wide items (危房, 三类残疾入学率, data errors). */
  readonly stage: StageId | null;
  readonly problem: string;
  /** Indicator id (S6, T1), 大班额 / 超大班额 / 危房, or the rule id of a data error. */
  readonly indicator: string;
  /** Unrounded, in the indicator's unit (fractions for rates); null when there is no figure. */
  readonly current: number | null;
  readonly standard: number | null;
  /** The shortfall in physical units (docs/method.md §8); null when it cannot be stated in such units. */
  readonly gap: number | null;
  readonly unit: string;
  readonly action: string;
  readonly responsible: string;
  readonly deadline: string;
  readonly status: RectificationStatus;
  /** What the user wrote in 备注 in an earlier list, kept. */
  readonly note?: string;
  /** Marked 已完成 in an earlier list, yet this check still finds the problem: the list asks to verify it. */
  readonly doneButDetected?: boolean;
  /** What a user typed in 状态 that is none of the three statuses: counted as 未整改, but written back as typed. */
  readonly typedStatus?: string;
}

/**
 * A row a user added to the 整改清单 (a county finding: 来源 县级复评): Junheng has no key for it, so it is kept as
 * typed, under the school whose group it was added to, on every later check (docs/method.md §8).
 */
export interface AddedRectificationRow {
  /** The school of the group the row sits in (code and name from its title); null when added above every school. */
  readonly schoolId: string | null;
  readonly schoolName: string;
  /** The row's cells by column header (问题, 来源, 状态 …), as typed. */
  readonly cells: Readonly<Record<string, string | number | null>>;
}

/** What users edit in the sheet and what survives regeneration. */
export interface CarriedOver {
  readonly status: RectificationStatus;
  readonly responsible: string;
  readonly deadline: string;
  readonly note?: string;
  readonly typedStatus?: string;
}

export const LARGE_CLASSES = "大班额";
export const HUGE_CLASSES = "超大班额";
export const DANGEROUS = "危房";
export const DANGEROUS_ACTION = "拆除或加固危房，停止使用 D 级危房";

/** The rule that reports 66+ classes; when the school has a 超大班额 item, that item already asks for the check. */
const HUGE_CLASS_RULE: RuleId = "212-05";

type Draft = Omit<RectificationItem, "responsible" | "deadline" | "status"> & { readonly category: RectificationCategory };

/**
 * For sentences, rounded as the report writes them (report/format.ts): money in whole 元, rates as percentages,
 * other values to at most two decimals with digit groups — so 整改清单 and 自评报告 never show 291.71 元 and 292 元.
 */
function shownValue(value: number, unit: string): string {
  if (unit === FRACTION_UNIT) return `${Number((value * 100).toFixed(2))}%`;
  return groupDigits(Number(value.toFixed(unit === "元" ? 0 : 2)));
}

function shownWithUnit(id: string, value: number): string {
  const { unit } = indicatorName(id);
  if (id === "S8") return `1 : ${shownValue(value, unit)}`;
  if (unit === FRACTION_UNIT) return shownValue(value, unit);
  return `${shownValue(value, unit)} ${unit}`;
}

function standardDraft(e: UnitEvaluation, id: string, pack: RulePack): Draft | null {
  const current = e.indicators[id];
  const standard = e.thresholds[id];
  if (current === null || current === undefined || standard === null || standard === undefined) return null;
  const { unit } = e;
  const formula = formulaOf(id);
  const { name, atMost } = indicatorName(id);
  const computed = formula.gap(unit.resources, standard, pack);
  // A gap that overflows (values near Number.MAX_VALUE) is no amount anyone could act on.
  const gap = computed && Number.isFinite(computed.amount) ? computed : null;
  // Results built on data with open errors say so (docs/method.md §2), or nobody would question the figure; 212-05
  // reports a real condition (66+ classes), not doubtful data.
  const caveat = e.dataErrors.some((rule) => rule !== HUGE_CLASS_RULE) ? "（本校数据尚有错误未改正，此值按现有数据计算）" : "";
  return {
    key: `${unit.schoolId}|${unit.stage}|${id}`,
    schoolId: unit.schoolId,
    schoolName: unit.name,
    stage: unit.stage,
    problem: `${STAGE_LABEL[unit.stage]}${name} ${shownWithUnit(id, current)}，${atMost ? "超过" : "低于"}标准 ${shownWithUnit(id, standard)}${caveat}`,
    indicator: id,
    current,
    standard,
    gap: gap?.amount ?? null,
    unit: gap?.unit ?? "",
    action: gap?.action ?? `使${name}达到标准`,
    category: formula.category,
  };
}

function classDraft(e: UnitEvaluation, which: typeof LARGE_CLASSES | typeof HUGE_CLASSES): Draft | null {
  const { unit } = e;
  const count = (which === LARGE_CLASSES ? unit.resources.band56 : unit.resources.band66).value;
  if (count === null || count <= 0) return null;
  const stage = STAGE_LABEL[unit.stage];
  const n = groupDigits(count);
  return {
    key: `${unit.schoolId}|${unit.stage}|${which}`,
    schoolId: unit.schoolId,
    schoolName: unit.name,
    stage: unit.stage,
    problem:
      which === LARGE_CLASSES
        ? `${stage}有 ${n} 个 56—65 人的大班额班级`
        : `${stage}有 ${n} 个 66 人及以上的超大班额班级（一票否决项）`,
    indicator: which,
    current: count,
    standard: 0,
    gap: count,
    unit: "个",
    action:
      which === LARGE_CLASSES
        ? `分设教学班或分流学生，化解 ${n} 个大班额班级（每班不超过 55 人）`
        : `核实班级人数；确属超大班额的，立即分班或分流学生，消除 ${n} 个超大班额班级`,
    category: "classes",
  };
}

/** 危房 is a whole-school figure: every unit of a mixed school carries the same value, so it is listed once. */
function dangerousDraft(e: UnitEvaluation): Draft | null {
  const area = e.unit.resources.dangerous.value;
  if (area === null || area <= 0) return null;
  return {
    key: `${e.unit.schoolId}|-|${DANGEROUS}`,
    schoolId: e.unit.schoolId,
    schoolName: e.unit.name,
    stage: null,
    problem: `校舍中有危房 ${shownValue(area, "㎡")} ㎡，D 级危房不得使用（一票否决项）`,
    indicator: DANGEROUS,
    current: area,
    standard: 0,
    gap: area,
    unit: "㎡",
    action: DANGEROUS_ACTION,
    category: "safety",
  };
}

/** 南果河 → 南果河村委会, as the villages sheet names the committees by their place name. */
const committee = (village: string) => (village.endsWith("村委会") ? village : `${village}村委会`);

const TARGET_STAGE: Readonly<Record<TargetId, StageId | null>> = { T1: "primary", T2: "junior", T3: null, T4: "primary", T5: "junior", T6: null, T7: null };

type TargetAction = (village: string, target: string, gap: number | null) => string;
const bringBack = (gap: number | null) => (gap === null ? "逐一劝返辍学学生" : `劝返辍学学生至少 ${groupDigits(gap)} 人`);
const atLeastOf = (gap: number | null, who: string) => (gap === null ? who : `至少 ${groupDigits(gap)} 名${who}`);

const TARGET_ACTION: Readonly<Record<"T1" | "T2" | "T3" | "T4" | "T5", TargetAction>> = {
  T1: (v, t, gap) => `会同${committee(v)}逐户核查小学适龄儿童，动员${atLeastOf(gap, "未入学儿童")}入学，使小学入学率达到 ${t} 以上`,
  T2: (v, t, gap) => `会同${committee(v)}逐户核查初中适龄少年，动员${atLeastOf(gap, "未入学少年")}入学，使初中入学率达到 ${t} 以上`,
  T3: (v, t, gap) =>
    `会同${committee(v)}逐一核查三类残疾适龄儿童少年，通过随班就读、特教学校或送教上门安置${atLeastOf(gap, "未入学儿童少年")}入学，使入学率达到 ${t} 以上`,
  T4: (_, t, gap) => `落实控辍保学责任，${bringBack(gap)}，使小学年辍学率不高于 ${t}`,
  T5: (_, t, gap) => `落实控辍保学责任，${bringBack(gap)}，使初中年辍学率不高于 ${t}`,
};

/**
 * Dropouts over the plan's rate, in students: at most ⌊target × last year's students⌋ may have left. Taken from
 * the school's own unit, unless teaching points were merged into it (the target counts the school's row only).
 */
function dropoutGap(t: TargetResult, units: readonly UnitEvaluation[]): number | null {
  const unit = units.find((e) => e.unit.stage === TARGET_STAGE[t.id] && e.unit.mergedPoints.length === 0)?.unit;
  const dropouts = unit?.resources.dropouts.value ?? null;
  const before = unit?.resources.prevYearStudents.value ?? null;
  if (dropouts === null || before === null || t.target === null) return null;
  const gap = dropouts - Math.floor(t.target * before + 1e-9);
  return gap > 0 && Number.isFinite(gap) ? gap : null;
}

/**
 * Children still to be enrolled for the village to meet its enrolment target: ⌈target × school-age − enrolled⌉
 * (docs/method.md §8). The tolerance keeps 0.995 × 400 = 398.00000000000006 from asking for one child too many.
 */
function enrolmentGap(t: TargetResult): number | null {
  if (!t.counts || t.target === null) return null;
  const gap = Math.ceil(t.target * t.counts.denominator - t.counts.numerator - 1e-9);
  return gap > 0 && Number.isFinite(gap) ? gap : null;
}

function targetDraft(t: TargetResult, group: SchoolGroup): Draft | null {
  if (t.level !== "error" || t.value === null || t.target === null || !(t.id in TARGET_ACTION)) return null;
  const id = t.id as keyof typeof TARGET_ACTION;
  const { name, atMost } = indicatorName(id);
  const stage = TARGET_STAGE[id];
  const { schoolId, schoolName } = group;
  const where = t.schoolId === null ? committee(t.scope) : "";
  const gap = t.schoolId === null ? enrolmentGap(t) : dropoutGap(t, group.units);
  return {
    key: `${schoolId}|${stage ?? "-"}|${id}`,
    schoolId,
    schoolName,
    stage,
    problem: `${where}${name} ${shownValue(t.value, FRACTION_UNIT)}，${atMost ? "高于" : "低于"}目标 ${shownValue(t.target, FRACTION_UNIT)}`,
    indicator: id,
    current: t.value,
    standard: t.target,
    gap,
    unit: gap === null ? "" : "人",
    action: TARGET_ACTION[id](t.scope, shownValue(t.target, FRACTION_UNIT), gap),
    category: "enrolment",
  };
}

/** Data-error keys add the sheet and cells to `学校标识码|学段|规则` (dataDraft), every other key has three parts. */
export function isDataItem(item: Pick<RectificationItem, "key">): boolean {
  return item.key.split("|").length > 3;
}

function dataDraft(f: Finding, schoolId: string, schoolName: string): Draft {
  const where = f.sheet ? `「${f.sheet}」${f.cells.join("、")}` : "相关数据";
  return {
    key: `${schoolId}|-|${f.rule}|${f.sheet ?? ""}!${f.cells.join(",")}`,
    schoolId,
    schoolName,
    stage: null,
    problem: f.message,
    indicator: f.rule,
    current: null,
    standard: null,
    gap: null,
    unit: "",
    action: `核对原始资料，改正${where}`,
    category: "data",
  };
}

interface SchoolGroup {
  readonly schoolId: string;
  schoolName: string;
  village: string | null;
  readonly units: UnitEvaluation[];
  readonly errors: Finding[];
}

/** Schools in register order (the order of the evaluation units), then schools only findings know about. */
function schoolGroups(evaluation: Evaluation, findings: readonly Finding[]): SchoolGroup[] {
  const groups = new Map<string, SchoolGroup>();
  for (const e of evaluation.units) {
    const group = groups.get(e.unit.schoolId);
    if (group) group.units.push(e);
    else groups.set(e.unit.schoolId, { schoolId: e.unit.schoolId, schoolName: e.unit.name, village: e.unit.village, units: [e], errors: [] });
  }
  for (const f of findings) {
    // Explained findings are warnings in practice, but an explained error would no longer be open either.
    if (f.severity !== "error" || f.explained || f.schoolId === null) continue;
    let group = groups.get(f.schoolId);
    if (!group) groups.set(f.schoolId, (group = { schoolId: f.schoolId, schoolName: f.schoolName ?? f.schoolId, village: null, units: [], errors: [] }));
    group.errors.push(f);
  }
  return [...groups.values()];
}

/**
 * Order within a school: data errors first (every figure below rests on the data, and their deadline is the
 * earliest), then the bottom lines that veto the evaluation (危房, 超大班额), then each stage's standards in
 * pack order and its 大班额, then the coverage targets.
 */
/**
 * A whole-school shortfall (占地, 校舍, 绿化, 教职工) of a mixed school shows on both of its stages; the school
 * rectifies it once, so it is listed once, school-wide, with the larger of the two gaps.
 */
function onePerSchoolWide(drafts: readonly (Draft | null)[]): Draft[] {
  const present = drafts.filter((d): d is Draft => d !== null);
  const wideKey = (d: Draft) => `${d.schoolId}|-|${d.indicator}`;
  const isWide = (d: Draft) => FORMULAS[d.indicator]?.schoolWide === true;
  if (!present.some(isWide)) return present;
  const count = new Map<string, number>();
  for (const d of present) if (isWide(d)) count.set(wideKey(d), (count.get(wideKey(d)) ?? 0) + 1);
  const out: Draft[] = [];
  const placed = new Map<string, number>();
  for (const d of present) {
    if (!isWide(d) || (count.get(wideKey(d)) ?? 0) < 2) {
      out.push(d);
      continue;
    }
    const wide: Draft = { ...d, key: wideKey(d), stage: null, problem: d.problem.replace(/^(小学|初中)/, "全校") };
    const at = placed.get(wide.key);
    if (at === undefined) {
      placed.set(wide.key, out.length);
      out.push(wide);
    } else if ((d.gap ?? 0) > (out[at].gap ?? 0)) out[at] = wide;
  }
  return out;
}

interface PlacedTarget {
  /** Position in the evaluation's targets. */
  readonly at: number;
  readonly target: TargetResult;
}

interface Places {
  /** T1–T3 of the township's villages, by village. */
  readonly villages: ReadonlyMap<string, readonly PlacedTarget[]>;
  /** T4/T5 of each school, by 学校标识码. */
  readonly schools: ReadonlyMap<string, readonly PlacedTarget[]>;
}

/** The coverage targets of each place, in evaluation order. Looked up per school, so a province stays linear. */
function targetsByPlace(targets: readonly TargetResult[]): Places {
  const villages = new Map<string, PlacedTarget[]>();
  const schools = new Map<string, PlacedTarget[]>();
  const add = (places: Map<string, PlacedTarget[]>, key: string, placed: PlacedTarget) => {
    const list = places.get(key);
    if (list) list.push(placed);
    else places.set(key, [placed]);
  };
  targets.forEach((t, at) => {
    if (["T1", "T2", "T3"].includes(t.id) && t.schoolId === null) add(villages, t.scope, { at, target: t });
    else if (["T4", "T5"].includes(t.id) && t.schoolId !== null) add(schools, t.schoolId, { at, target: t });
  });
  return { villages, schools };
}

/**
 * The one school whose list carries each village's enrolment targets (by `T1|village`): the village rectifies its
 * enrolment once, however many schools and teaching points it has. First in register order among the schools
 * evaluated for the target's stage, else among those evaluated at all, else the first of the village's schools
 * (a village with only a teaching point still gets its item).
 */
function villageHolders(groups: readonly SchoolGroup[], places: Places): ReadonlyMap<string, string> {
  const holders = new Map<string, { schoolId: string; rank: number }>();
  for (const group of groups) {
    const targets = group.village === null ? undefined : places.villages.get(group.village);
    if (!targets) continue;
    const counted = group.units.filter((e) => !e.unit.excluded);
    for (const { target } of targets) {
      const stage = TARGET_STAGE[target.id];
      const rank = counted.some((e) => stage === null || e.unit.stage === stage) ? 2 : counted.length > 0 ? 1 : 0;
      const key = `${target.id}|${target.scope}`;
      const held = holders.get(key);
      if (!held || rank > held.rank) holders.set(key, { schoolId: group.schoolId, rank });
    }
  }
  return new Map([...holders].map(([key, held]) => [key, held.schoolId]));
}

/**
 * Two lists of targetsByPlace (each in evaluation order) as one. The village's T1–T3 come before the school's
 * T4/T5 in the evaluation, so they are usually in order as they stand and need no sorting.
 */
function inEvaluationOrder(first: readonly PlacedTarget[], second: readonly PlacedTarget[]): readonly PlacedTarget[] {
  const joined = [...first, ...second];
  return first.length === 0 || second.length === 0 || first[first.length - 1].at < second[0].at ? joined : joined.sort((a, b) => a.at - b.at);
}

function schoolDrafts(group: SchoolGroup, evaluation: Evaluation, places: Places, holders: ReadonlyMap<string, string>): Draft[] {
  const { pack } = evaluation;
  // Excluded units (民办, special schools, teaching points, stages without students) are not evaluated, so they
  // get no standard, class-size or 危房 items; a teaching point merged into its parent has those figures in
  // the parent's unit already.
  const counted = group.units.filter((e) => !e.unit.excluded);
  const huge = counted.map((e) => classDraft(e, HUGE_CLASSES));
  const hasHuge = huge.some((d) => d !== null);
  const drafts: (Draft | null)[] = [
    ...group.errors.filter((f) => !(hasHuge && f.rule === HUGE_CLASS_RULE)).map((f) => dataDraft(f, group.schoolId, group.schoolName)),
    counted.length > 0 ? dangerousDraft(counted[0]) : null,
    ...huge,
    ...onePerSchoolWide(counted.flatMap((e) => [...e.below.map((id) => standardDraft(e, id, pack)), classDraft(e, LARGE_CLASSES)])),
  ];
  // Coverage concerns the children of the village and the school's dropouts, not the school's conditions, and
  // 控辍保学 covers every school, so targets apply whatever the school's evaluation scope.
  const village = group.village === null ? undefined : places.villages.get(group.village)?.filter((p) => holders.get(`${p.target.id}|${p.target.scope}`) === group.schoolId);
  const own = places.schools.get(group.schoolId);
  const placed = village && own ? inEvaluationOrder(village, own) : (village ?? own ?? []);
  drafts.push(...placed.map((e) => targetDraft(e.target, group)));
  return drafts.filter((d): d is Draft => d !== null);
}

function defaultsOf(pack: RulePack, category: RectificationCategory, calendar: WorkCalendar | undefined): { responsible: string; deadline: string } {
  const entry = pack.rectification.find((r) => r.category === category);
  const dated = entry?.milestone !== undefined && calendar ? milestoneDate(calendar, entry.milestone) : undefined;
  return { responsible: entry?.responsible ?? "（未设定）", deadline: dated ?? entry?.deadline ?? "（未设定）" };
}

/**
 * This run's items, with the pack's responsible unit and deadline and status 未整改; withCarried applies what users
 * set in an earlier list.
 * @param validationFindings the validation findings of the register; open errors become data items.
 */
export function rectificationItems(evaluation: Evaluation, validationFindings: readonly Finding[], calendar?: WorkCalendar): RectificationItem[] {
  const items: RectificationItem[] = [];
  const seen = new Map<string, number>();
  const places = targetsByPlace(evaluation.targets);
  const groups = schoolGroups(evaluation, validationFindings);
  const holders = villageHolders(groups, places);
  for (const group of groups) {
    for (const { category, ...draft } of schoolDrafts(group, evaluation, places, holders)) {
      // Two findings of one rule on the same cells would share a key; number the repeats to keep keys unique.
      const n = (seen.get(draft.key) ?? 0) + 1;
      seen.set(draft.key, n);
      const key = n === 1 ? draft.key : `${draft.key}#${n}`;
      items.push({ ...draft, key, ...defaultsOf(evaluation.pack, category, calendar), status: "未整改" });
    }
  }
  return items;
}

/**
 * Whether a deadline read back from the last list is one Junheng filled in rather than one a user chose: a date
 * before the statistical year (a list written for last year: it has passed), or the schedule's own month-day for
 * the milestone this item's deadline now comes from (so a date changed in 工作进度 reaches every such item).
 */
function isDefaultDeadline(carried: string, item: RectificationItem, calendar: WorkCalendar | undefined): boolean {
  const written = /^(\d{4})-(\d{2}-\d{2})$/.exec(carried);
  if (!written || !calendar) return false;
  if (calendar.year !== null && Number(written[1]) < calendar.year) return true;
  const milestone = calendar.milestones.find((m) => m.date === item.deadline);
  return milestone !== undefined && written[2] === milestone.due;
}

/**
 * Items of rectificationItems with the status, responsible unit, deadline and 备注 users set in an earlier list.
 * @param previous what users set in last run's 整改清单 (readRectificationSheet), by key.
 * @param calendar this run's work calendar: deadlines Junheng filled in last time follow it (isDefaultDeadline).
 */
export function withCarried(items: readonly RectificationItem[], previous: ReadonlyMap<string, CarriedOver> | undefined, calendar?: WorkCalendar): RectificationItem[] {
  if (!previous || previous.size === 0) return [...items];
  return items.map((item) => {
    const before = previous.get(item.key);
    if (!before) return item;
    const deadline = before.deadline.trim();
    return {
      ...item,
      // An emptied cell means "back to the default", not "nobody is responsible".
      responsible: before.responsible.trim() || item.responsible,
      deadline: deadline && !isDefaultDeadline(deadline, item, calendar) ? deadline : item.deadline,
      status: before.status,
      ...(before.note ? { note: before.note } : {}),
      // The item exists, so the problem is still detected; a 已完成 on it needs a second look.
      ...(before.status === "已完成" ? { doneButDetected: true } : {}),
      ...(before.typedStatus === undefined ? {} : { typedStatus: before.typedStatus }),
    };
  });
}
