/**
 * A run's highlights, computed once. On a county's register they take ~300 ms, which on the pane's thread froze
 * the pane after each check and again at every write that carries them; the worker computes them beside the run
 * and hands them over with it (workerEngine.ts), and a run made inline computes them the first time they are
 * asked for. Keyed by the run object: a run with other findings (a 说明 recorded) is a new object.
 */
import type { CheckRun } from "../domain/check";
import { highlightGroups } from "../domain/outputs/highlights";
import type { HighlightGroup } from "../domain/outputs/writePlan";

const known = new WeakMap<CheckRun, readonly HighlightGroup[]>();

export function computeHighlights(run: CheckRun): HighlightGroup[] {
  return highlightGroups(run.findings, run.evaluation.units, run.register);
}

/** Records highlights computed elsewhere (in the worker) for this run. */
export function rememberHighlights(run: CheckRun, groups: readonly HighlightGroup[]): void {
  known.set(run, groups);
}

export function runHighlights(run: CheckRun): readonly HighlightGroup[] {
  let groups = known.get(run);
  if (!groups) {
    groups = computeHighlights(run);
    known.set(run, groups);
  }
  return groups;
}
