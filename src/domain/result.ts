/**
 * The JSON result, version 1 (docs/workbook-format.md §4). The zod schema is the contract: results are parsed with it
 * before they are written, and its inferred type is the type of the result.
 */
import { z } from "zod";
import type { FindingParams, Language } from "./findings";
import { findingMessage } from "./rules/registry";
import type { CheckRun } from "./run";
import type { StageBalance } from "./evaluation/evaluate";
import type { AddedRectificationRow, RectificationItem } from "./evaluation/rectification";
import { DEADLINE_HEADER, NOTE_HEADER, PROBLEM_HEADER, RESPONSIBLE_HEADER, SOURCE_HEADER, STAGE_OF_LABEL, STATUS_HEADER } from "./outputs/rectificationSheet";

const nullableNumber = z.number().finite().nullable();
const stage = z.enum(["primary", "junior"]);

export const FindingJsonSchema = z.object({
  rule: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  schoolId: z.string().nullable(),
  schoolName: z.string().nullable(),
  sheet: z.string().nullable(),
  cells: z.array(z.string()),
  /** In the language the result was asked in (zh-CN unless `--lang en-US`); `params` are what it is made of. */
  message: z.string(),
  explained: z.boolean(),
  /** Addition to the contract (issue 13): the finding's parameters — numbers, the user's text, field ids. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const UnitJsonSchema = z.object({
  schoolId: z.string(),
  name: z.string(),
  stage,
  students: z.number(),
  excluded: z.string().nullable(),
  indicators: z.record(z.string(), nullableNumber),
  thresholds: z.record(z.string(), nullableNumber),
  below: z.array(z.string()),
  /** Standards set but not judged: the value is missing or impossible (docs/method.md §3.5). */
  notJudged: z.array(z.string()).optional(),
  passed: z.boolean().nullable(),
});

export const StageBalanceJsonSchema = z.object({
  units: z.number().int(),
  mean: z.record(z.string(), nullableNumber),
  cv: z.record(z.string(), nullableNumber),
  composite: nullableNumber,
  threshold: nullableNumber,
  passed: z.boolean().nullable(),
  whatIfComposite: nullableNumber.optional(),
});

export const ResultJsonSchema = z.object({
  version: z.literal(1),
  pack: z.string(),
  input: z.string(),
  meta: z.record(z.string(), z.string()),
  summary: z.object({
    schools: z.number().int(),
    units: z.number().int(),
    error: z.number().int(),
    warning: z.number().int(),
    info: z.number().int(),
  }),
  findings: z.array(FindingJsonSchema),
  units: z.array(UnitJsonSchema),
  balance: z.object({ primary: StageBalanceJsonSchema, junior: StageBalanceJsonSchema }),
  targets: z.array(
    z.object({
      id: z.string(),
      scope: z.string(),
      value: nullableNumber,
      target: nullableNumber,
      passed: z.boolean().nullable(),
      /** Additions to the contract: the school a dropout rate belongs to, the national control line and the level. */
      schoolId: z.string().nullable(),
      controlLine: nullableNumber,
      level: z.enum(["met", "warning", "error"]).nullable(),
    }),
  ),
  rectification: z.array(
    z.object({
      /** Addition to the contract: the item's stable key, which keeps its 状态 across runs. */
      key: z.string(),
      schoolId: z.string(),
      /** null for school-wide items (危房, enrolment targets, data errors). */
      stage: stage.nullable(),
      indicator: z.string(),
      current: nullableNumber,
      standard: nullableNumber,
      gap: nullableNumber,
      unit: z.string(),
      action: z.string(),
      responsible: z.string(),
      deadline: z.string(),
      status: z.string(),
      /** Addition to the contract: what the user wrote in 备注 ("" when nothing). */
      note: z.string(),
      /**
       * Additions to the contract: check = an item of this check; user = a row a user added to the 整改清单 (a county
       * finding), kept on every check, with the 来源 they typed as `origin`. `problem` is the 问题 sentence.
       */
      source: z.enum(["check", "user"]).optional(),
      origin: z.string().optional(),
      problem: z.string().optional(),
    }),
  ),
  /** Addition to the contract: the checklist (docs/method.md §10), vetoes and assessment items in the pack's order. */
  checklist: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(["assessment", "veto"]),
      title: z.string(),
      /** false: status, evidence and score are what the user typed in 考核自查. */
      computed: z.boolean(),
      status: z.enum(["达标", "未达标", "否决", "未否决", "待填", "不适用"]),
      evidence: z.string(),
      score: nullableNumber,
      maxScore: nullableNumber,
      /** For a fired veto: the schools, villages or 乡 concerned. */
      where: z.array(z.string()),
    }),
  ),
});

export type ResultJson = z.infer<typeof ResultJsonSchema>;

function stageJson(balance: StageBalance): z.infer<typeof StageBalanceJsonSchema> {
  return {
    units: balance.units,
    mean: balance.mean,
    cv: balance.cv,
    composite: balance.composite,
    threshold: balance.threshold,
    passed: balance.passed,
    whatIfComposite: balance.whatIfComposite,
  };
}

/** Params as JSON holds them: a sum of 1e308s is Infinity, which JSON has no number for, so it is written as text. */
function jsonParams(params: FindingParams): Record<string, string | number> {
  const entries = Object.entries(params);
  if (entries.every(([, v]) => typeof v === "string" || Number.isFinite(v))) return { ...params };
  return Object.fromEntries(entries.map(([k, v]) => [k, typeof v === "number" && !Number.isFinite(v) ? String(v) : v]));
}

/** The JSON result; finding messages rendered in `lang` (docs/workbook-format.md §4). */
export function checkResultJson(run: CheckRun, inputName: string, lang: Language = "zh-CN"): ResultJson {
  const { evaluation } = run;
  return ResultJsonSchema.parse({
    version: 1,
    pack: run.pack.id,
    input: inputName,
    meta: run.meta,
    summary: run.summary,
    findings: run.findings.map((f) => ({ ...f, message: findingMessage(f, lang), params: jsonParams(f.params) })),
    units: evaluation.units.map((u) => ({
      schoolId: u.unit.schoolId,
      name: u.unit.name,
      stage: u.unit.stage,
      students: u.unit.students,
      excluded: u.unit.excluded,
      indicators: u.indicators,
      thresholds: u.thresholds,
      below: u.below,
      notJudged: u.unknown,
      passed: u.passed,
    })),
    balance: { primary: stageJson(evaluation.balance.primary), junior: stageJson(evaluation.balance.junior) },
    targets: evaluation.targets.map((t) => ({
      id: t.id,
      scope: t.scope,
      value: t.value,
      target: t.target,
      passed: t.passed,
      schoolId: t.schoolId,
      controlLine: t.controlLine,
      level: t.level,
    })),
    rectification: withAdded(rectificationJson(run.rectification), addedRectificationJson(run.addedRectification)),
    // Listed field by field: hits carry whole findings and target results, which the JSON already has.
    checklist: run.checklist.map(({ id, kind, title, computed, status, evidence, score, maxScore, where }) => ({ id, kind, title, computed, status, evidence, score, maxScore, where })),
  });
}

export type RectificationJson = ResultJson["rectification"][number];

/** The `rectification` array of the JSON result (docs/workbook-format.md §4); school-wide items have stage null. */
export function rectificationJson(items: readonly RectificationItem[]): RectificationJson[] {
  return items.map((i) => ({
    key: i.key,
    schoolId: i.schoolId,
    stage: i.stage,
    indicator: i.indicator,
    current: i.current,
    standard: i.standard,
    gap: i.gap,
    unit: i.unit,
    action: i.action,
    responsible: i.responsible,
    deadline: i.deadline,
    status: i.status,
    note: i.note ?? "",
    source: "check" as const,
    problem: i.problem,
  }));
}

/**
 * The JSON entries (docs/workbook-format.md §4) of rows users added, keyed by school and their place in its group
 * (Junheng has no key of its own for them): the 来源 they typed is `origin`, numbers they typed stay numbers.
 */
export function addedRectificationJson(added: readonly AddedRectificationRow[]): RectificationJson[] {
  const seen = new Map<string, number>();
  return added.map((row) => {
    const schoolId = row.schoolId ?? "";
    const n = (seen.get(schoolId) ?? 0) + 1;
    seen.set(schoolId, n);
    const text = (header: string) => {
      const value = row.cells[header];
      return value === null || value === undefined ? "" : String(value);
    };
    const number = (header: string) => (typeof row.cells[header] === "number" ? (row.cells[header] as number) : null);
    return {
      key: `${schoolId || "-"}|-|user-${n}`,
      schoolId,
      stage: STAGE_OF_LABEL[text("学段")] ?? null,
      indicator: text("指标"),
      current: number("现状值"),
      standard: number("标准值"),
      gap: null,
      unit: "",
      action: text("整改措施"),
      responsible: text(RESPONSIBLE_HEADER),
      deadline: text(DEADLINE_HEADER),
      status: text(STATUS_HEADER),
      note: text(NOTE_HEADER),
      source: "user" as const,
      origin: text(SOURCE_HEADER),
      problem: text(PROBLEM_HEADER),
    };
  });
}

/** Each added row after its school's own items, as the sheet lists them; rows of no listed school at the end. */
function withAdded(items: readonly RectificationJson[], added: readonly RectificationJson[]): RectificationJson[] {
  if (added.length === 0) return [...items];
  const out: RectificationJson[] = [];
  const rest = [...added];
  items.forEach((item, k) => {
    out.push(item);
    if (items[k + 1]?.schoolId === item.schoolId) return;
    for (let i = 0; i < rest.length; ) {
      if (rest[i].schoolId === item.schoolId) out.push(...rest.splice(i, 1));
      else i++;
    }
  });
  return [...out, ...rest];
}
