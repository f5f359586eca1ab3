/**
 * What runs the engine for the pane: recognise, validate and evaluate a workbook read from the host. The pane
 * uses the Web Worker engine (checkWorkerClient.ts) so a large register never blocks the UI; tests and hosts
 * without workers run the same steps inline.
 */
import { checkInputs, readInputs, type CheckRun } from "../domain/check";
import type { WorkbookGrid } from "../domain/grid";
import { InputError, workerFailure, type WorkerFailure } from "../domain/errors";
import { DEFAULT_PACK_ID, packById } from "../domain/packs/registry";
import type { PreviousYear } from "../domain/rules/historyYear";
import type { HighlightGroup } from "../domain/outputs/writePlan";
import { throwIfCancelled } from "./cancel";
import { computeHighlights } from "./runHighlights";
import { SLICE_OBJECTS, takeSlices, type RunSlice } from "./runTransport";

/** What the engine needs besides the workbook (SessionOptions without anything pane-specific). */
export interface EngineOptions {
  readonly packId?: string;
  readonly previous?: PreviousYear;
  readonly carryOver?: boolean;
}

export type EnginePhase = "recognise" | "check";

export type CheckEngine = (grid: WorkbookGrid, options: EngineOptions, onPhase: (phase: EnginePhase) => void, signal?: AbortSignal) => Promise<CheckRun>;

/** The engine's steps, synchronous: what the worker runs, and what checkInline runs on the calling thread. */
export function checkSteps(grid: WorkbookGrid, options: EngineOptions, onPhase: (phase: EnginePhase) => void): CheckRun {
  onPhase("recognise");
  const pack = packById(options.packId ?? DEFAULT_PACK_ID);
  if (!pack) throw new InputError(`没有规则包「${options.packId}」`, { kind: "noPack", pack: String(options.packId) });
  const checkOptions = { pack, previous: options.previous, carryOver: options.carryOver };
  // The input stage on its own, so that a workbook without a register fails while 识别 is shown; recognised once.
  const inputs = readInputs(grid, checkOptions);
  onPhase("check");
  return checkInputs(inputs, grid, checkOptions);
}

/** Lets the pane paint (and the user cancel) between the steps. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const checkInline: CheckEngine = async (grid, options, onPhase, signal) => {
  throwIfCancelled(signal);
  const run = checkSteps(grid, options, (phase) => {
    if (phase === "check") throwIfCancelled(signal);
    onPhase(phase);
  });
  await yieldToUi();
  throwIfCancelled(signal);
  return run;
};

/**
 * The run as plain data for postMessage. Structured cloning keeps own data properties only, and the evaluation's
 * quantities list their cells through a getter (resources.ts: computed on demand), which a clone would drop —
 * so each object that says how it serialises (toJSON, other than a Date) is replaced by what it says.
 */
export function plainRun(run: CheckRun): CheckRun {
  const seen = new Map<object, unknown>();
  const plain = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null || value instanceof Date) return value;
    const known = seen.get(value);
    if (known !== undefined) return known;
    const own = value as { toJSON?: () => unknown };
    if (typeof own.toJSON === "function") {
      const json = plain(own.toJSON());
      seen.set(value, json);
      return json;
    }
    if (value instanceof Map) {
      const map = new Map();
      seen.set(value, map);
      for (const [k, v] of value) map.set(k, plain(v));
      return map;
    }
    if (value instanceof Set) {
      const set = new Set();
      seen.set(value, set);
      for (const v of value) set.add(plain(v));
      return set;
    }
    const copy: unknown[] | Record<string, unknown> = Array.isArray(value) ? [] : {};
    seen.set(value, copy);
    if (Array.isArray(value)) value.forEach((v) => (copy as unknown[]).push(plain(v)));
    else for (const [k, v] of Object.entries(value)) (copy as Record<string, unknown>)[k] = plain(v);
    return copy;
  };
  return plain(run) as CheckRun;
}

/** What the worker posts: the phases, the run's long arrays in slices (runTransport.ts), then the rest. */
export type WorkerReply =
  | { readonly type: "phase"; readonly phase: EnginePhase }
  | { readonly type: "slice"; readonly slice: RunSlice }
  | { readonly type: "done"; readonly run: CheckRun; readonly highlights: readonly HighlightGroup[] }
  | ({ readonly type: "error" } & WorkerFailure);

/**
 * The worker's answer to one check (check.worker.ts; the tests' stand-in worker calls it too). The highlights
 * are computed here, off the pane's thread, from the run before it is made plain.
 */
export function answerCheck(grid: WorkbookGrid, options: EngineOptions, post: (reply: WorkerReply) => void, sliceObjects = SLICE_OBJECTS): void {
  try {
    const run = checkSteps(grid, options, (phase) => post({ type: "phase", phase }));
    const highlights = computeHighlights(run);
    const plain = plainRun(run);
    for (const slice of takeSlices(plain, sliceObjects)) post({ type: "slice", slice });
    post({ type: "done", run: plain, highlights });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    post({ type: "error", ...workerFailure(failure) });
  }
}
