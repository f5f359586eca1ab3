/**
 * Scores a trainee's corrected practice register against its answer key. A key entry and a finding match when
 * they have the same rule, school and sheet and point at a common cell (or both at no cell). Pure.
 */
import type { Finding } from "../findings";
import type { PracticeKey, PracticeKeyEntry } from "./practiceRegister";

export interface Scoreboard {
  /** Seeded errors no longer reported: found and fixed. */
  readonly fixed: readonly PracticeKeyEntry[];
  /** Seeded errors still reported. */
  readonly missed: readonly PracticeKeyEntry[];
  /** Error and warning findings that are not in the key: problems the trainee introduced. */
  readonly introduced: readonly Finding[];
  /** One line in Chinese, e.g. 已改正 6/8 处，未改正 2 处，新引入问题 1 处. */
  readonly text: string;
}

type Located = Pick<Finding, "rule" | "schoolId" | "sheet" | "cells">;

export function sameProblem(a: Located, b: Located): boolean {
  if (a.rule !== b.rule || (a.schoolId ?? null) !== (b.schoolId ?? null) || a.sheet !== b.sheet) return false;
  if (a.cells.length === 0 && b.cells.length === 0) return true;
  return a.cells.some((cell) => b.cells.includes(cell));
}

export function scoreboard(key: PracticeKey, findings: readonly Finding[]): Scoreboard {
  const problems = findings.filter((f) => f.severity === "error" || f.severity === "warning");
  const fixed: PracticeKeyEntry[] = [];
  const missed: PracticeKeyEntry[] = [];
  for (const entry of key.errors) (problems.some((f) => sameProblem(entry, f)) ? missed : fixed).push(entry);
  const introduced = problems.filter((f) => !key.errors.some((entry) => sameProblem(entry, f)));
  const text = `已改正 ${fixed.length}/${key.errors.length} 处，未改正 ${missed.length} 处，新引入问题 ${introduced.length} 处`;
  return { fixed, missed, introduced, text };
}

/** One part of the scoreboard in words: what was fixed, what is still reported, what is new. */
export interface ScoreSection {
  readonly kind: "fixed" | "missed" | "introduced";
  readonly title: string;
  readonly lines: readonly string[];
}

/** The scoreboard's non-empty parts as Chinese lines, for the CLI and the web page alike. */
export function scoreSections(board: Scoreboard, findings: readonly Finding[]): ScoreSection[] {
  const missedLine = (e: PracticeKeyEntry) => {
    const school = findings.find((f) => sameProblem(e, f))?.schoolName;
    return `[${e.rule}] ${school ? `${school} ` : ""}${e.sheet}!${e.cells.join(",")}`;
  };
  const sections: ScoreSection[] = [
    { kind: "fixed", title: "已改正", lines: board.fixed.map((e) => `[${e.rule}] ${e.sheet}!${e.cells.join(",")}：${e.description}`) },
    { kind: "missed", title: "未改正（仍被审核发现）", lines: board.missed.map(missedLine) },
    {
      kind: "introduced",
      title: "新引入的问题（原练习表中没有）",
      lines: board.introduced.map((f) => `[${f.rule}] ${f.schoolName ?? ""} ${f.sheet ?? ""}!${f.cells.join(",")}：${f.message}`),
    },
  ];
  return sections.filter((section) => section.lines.length > 0);
}
