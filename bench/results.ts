/** The figures of one register size, gathered from several passes (each a fresh process, see stages.ts). */
import type { PassResult, StageId } from "./stages";

export type MeasuredStage = StageId | "checkAgain";

export interface StageFigures {
  /** The fastest timing pass: on a shared machine other work only ever adds time. */
  readonly ms: number;
  /** CPU time of that pass (GC helper threads included), less sensitive to what else the machine runs. */
  readonly cpuMs: number;
  readonly allMs: readonly number[];
  /** From the pass run under the GC profiler. */
  readonly peakBytes: number;
}

export interface StagesResult {
  readonly schools: number;
  readonly xlsxBytes: number;
  readonly outputBytes: number;
  readonly findings: number;
  /** Peak RSS of a whole timing pass (the process, Node itself included). */
  readonly maxRssBytes: number;
  readonly stages: Record<MeasuredStage, StageFigures>;
}

export type Pass = PassResult & { readonly maxRssBytes: number };

export function gather(schools: number, timed: readonly Pass[], memory: Pass): StagesResult {
  const figures = (id: MeasuredStage): StageFigures => {
    const fastest = timed.reduce((a, b) => (b.stages[id].ms < a.stages[id].ms ? b : a)).stages[id];
    return { ms: fastest.ms, cpuMs: fastest.cpuMs, allMs: timed.map((p) => p.stages[id].ms), peakBytes: memory.stages[id].peakBytes ?? 0 };
  };
  return {
    schools,
    xlsxBytes: memory.xlsxBytes,
    outputBytes: memory.outputBytes,
    findings: memory.findings,
    maxRssBytes: Math.max(...timed.map((p) => p.maxRssBytes)),
    stages: { read: figures("read"), check: figures("check"), write: figures("write"), checkAgain: figures("checkAgain") },
  };
}
