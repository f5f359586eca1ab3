/**
 * A class's practice results at once: one row per trainee file, per-family results, class totals and the rules
 * the class missed most — as JSON and as the 班级成绩 / 易错规则 sheets a trainer prints. Pure.
 */
import type { OutputCell, OutputSheet } from "../outputs/writePlan";
import { ruleById } from "../rules/registry";
import { familyOfRule, PRACTICE_FAMILIES } from "./levels";
import type { Scoreboard } from "./scoreboard";

/** Points taken off for each problem a trainee introduced. */
export const INTRODUCED_PENALTY = 5;

/** One trainee file: its scoreboard, or why it could not be scored. */
export type TraineeResult = { readonly file: string; readonly board: Scoreboard } | { readonly file: string; readonly error: string };

export interface FamilyResult {
  readonly fixed: number;
  readonly errors: number;
}

export interface TraineeRow {
  readonly file: string;
  /** Why the file could not be scored (then every count is null). */
  readonly error: string | null;
  readonly errors: number | null;
  readonly fixed: number | null;
  readonly missed: number | null;
  readonly wrongFix: number | null;
  readonly introduced: number | null;
  readonly score: number | null;
  /** Fixed of seeded, by family label; only the families the trainee's file had errors of. */
  readonly families: Readonly<Record<string, FamilyResult>>;
}

export interface MissedRule {
  readonly rule: string;
  readonly title: string;
  /** Trainees who left it unfixed (未改正 or 改错位置), of those whose file had it. */
  readonly missed: number;
  readonly wrongFix: number;
  readonly seeded: number;
}

export interface ClassScore {
  readonly trainees: readonly TraineeRow[];
  readonly totals: { readonly scored: number; readonly unreadable: number; readonly errors: number; readonly fixed: number; readonly missed: number; readonly wrongFix: number; readonly introduced: number; readonly averageScore: number | null };
  /** Rules left unfixed most often, most first; rules every trainee fixed are left out. */
  readonly mostMissed: readonly MissedRule[];
}

/** 0–100: the share of seeded errors fixed, less INTRODUCED_PENALTY for each new problem. */
export function practicePoints(board: Scoreboard): number {
  const seeded = board.results.length;
  const share = seeded === 0 ? 100 : Math.round((100 * board.fixed.length) / seeded);
  return Math.max(0, share - INTRODUCED_PENALTY * board.introduced.length);
}

function traineeRow(result: TraineeResult): TraineeRow {
  if ("error" in result) return { file: result.file, error: result.error, errors: null, fixed: null, missed: null, wrongFix: null, introduced: null, score: null, families: {} };
  const { board } = result;
  const families: Record<string, FamilyResult> = {};
  for (const r of board.results) {
    const label = familyOfRule(r.entry.rule)?.label ?? "其他";
    const was = families[label] ?? { fixed: 0, errors: 0 };
    families[label] = { fixed: was.fixed + (r.outcome === "fixed" ? 1 : 0), errors: was.errors + 1 };
  }
  return {
    file: result.file,
    error: null,
    errors: board.results.length,
    fixed: board.fixed.length,
    missed: board.missed.length,
    wrongFix: board.wrongFix.length,
    introduced: board.introduced.length,
    score: practicePoints(board),
    families,
  };
}

function mostMissed(results: readonly TraineeResult[]): MissedRule[] {
  const byRule = new Map<string, { missed: number; wrongFix: number; seeded: number }>();
  for (const result of results) {
    if ("error" in result) continue;
    for (const r of result.board.results) {
      const tally = byRule.get(r.entry.rule) ?? { missed: 0, wrongFix: 0, seeded: 0 };
      byRule.set(r.entry.rule, {
        missed: tally.missed + (r.outcome === "missed" ? 1 : 0),
        wrongFix: tally.wrongFix + (r.outcome === "wrongFix" ? 1 : 0),
        seeded: tally.seeded + 1,
      });
    }
  }
  return [...byRule]
    .map(([rule, t]) => ({ rule, title: ruleById(rule)?.title ?? "", ...t }))
    .filter((r) => r.missed + r.wrongFix > 0)
    .sort((a, b) => b.missed + b.wrongFix - (a.missed + a.wrongFix) || a.rule.localeCompare(b.rule));
}

export function classScore(results: readonly TraineeResult[]): ClassScore {
  const trainees = results.map(traineeRow);
  const scored = trainees.filter((t) => t.error === null);
  const sum = (pick: (t: TraineeRow) => number | null) => scored.reduce((n, t) => n + (pick(t) ?? 0), 0);
  return {
    trainees,
    totals: {
      scored: scored.length,
      unreadable: trainees.length - scored.length,
      errors: sum((t) => t.errors),
      fixed: sum((t) => t.fixed),
      missed: sum((t) => t.missed),
      wrongFix: sum((t) => t.wrongFix),
      introduced: sum((t) => t.introduced),
      averageScore: scored.length === 0 ? null : Math.round((10 * sum((t) => t.score)) / scored.length) / 10,
    },
    mostMissed: mostMissed(results),
  };
}

/** The class as `practice-score --json` writes it. */
export function classScoreJson(score: ClassScore): object {
  return {
    trainees: score.trainees.map((t) => ({
      file: t.file,
      ...(t.error === null ? {} : { error: t.error }),
      errors: t.errors,
      fixed: t.fixed,
      missed: t.missed,
      wrongFix: t.wrongFix,
      introduced: t.introduced,
      score: t.score,
      families: t.families,
    })),
    totals: score.totals,
    mostMissed: score.mostMissed,
  };
}

export const CLASS_SHEET = "班级成绩";
export const MISSED_SHEET = "易错规则";

const header = (texts: readonly string[]): OutputCell[] => texts.map((value) => ({ value, style: "header" }));
const plain = (value: string | number | null): OutputCell => ({ value });

/** The families any trainee had errors of, in catalogue order: the per-family columns. */
function familyColumns(score: ClassScore): string[] {
  return PRACTICE_FAMILIES.map((f) => f.label).filter((label) => score.trainees.some((t) => t.families[label]));
}

/** 班级成绩 (one row per trainee, then the totals) and 易错规则, A4 with their header rows on every page. */
export function classScoreSheets(score: ClassScore, title = "练习评分"): OutputSheet[] {
  const families = familyColumns(score);
  const printHeader = { left: title, right: `${score.trainees.length} 份练习` };
  const { totals } = score;
  const classRows: OutputCell[][] = [
    [{ value: `${title} · 班级成绩`, style: "title" }],
    [{ value: `得分 = 已改正 ÷ 埋入错误数 × 100，每处新引入问题扣 ${INTRODUCED_PENALTY} 分，最低 0 分；改错位置（问题不再报出但没有改回正确的值）不得分。各类规则一栏为“改正数/埋入数”。`, style: "subtitle" }],
    header(["序号", "文件", "埋入", "已改正", "未改正", "改错位置", "新引入", "得分", ...families, "说明"]),
    ...score.trainees.map((t, i) => [
      plain(i + 1),
      plain(t.file),
      ...[t.errors, t.fixed, t.missed, t.wrongFix, t.introduced, t.score].map(plain),
      ...families.map((f) => plain(t.families[f] ? `${t.families[f].fixed}/${t.families[f].errors}` : null)),
      { value: t.error ?? "", style: t.error ? ("error" as const) : undefined },
    ]),
    [
      { value: "全班", style: "header" },
      { value: `已评分 ${totals.scored} 份${totals.unreadable ? `，无法评分 ${totals.unreadable} 份` : ""}`, style: "header" },
      ...[totals.errors, totals.fixed, totals.missed, totals.wrongFix, totals.introduced, totals.averageScore].map((value) => ({ value, style: "header" as const })),
    ],
  ];
  const missedRows: OutputCell[][] = [
    [{ value: `${title} · 易错规则`, style: "title" }],
    [{ value: "按没有改对的人次排列：未改正加改错位置。", style: "subtitle" }],
    header(["规则", "规则名称", "未改正", "改错位置", "埋入人次"]),
    ...score.mostMissed.map((r) => [r.rule, r.title, r.missed, r.wrongFix, r.seeded].map(plain)),
  ];
  return [
    { name: CLASS_SHEET, rows: classRows, columnWidths: [6, 28, 7, 8, 8, 9, 8, 7, ...families.map((f) => Math.max(8, 2 * f.length + 2)), 40], headerRow: 3, printHeader },
    { name: MISSED_SHEET, rows: missedRows, columnWidths: [10, 40, 9, 9, 9], headerRow: 3, printHeader },
  ];
}
