/**
 * Sends a check run from the worker to the pane in slices. The browser deserialises a message in one task on the
 * pane's thread, and a county's run (3 000 schools: about 800 000 objects, mostly the register's cells and the
 * units' resources) took 780 ms in one piece — the pane froze as the results arrived. The run's long arrays go
 * ahead in messages of a bounded number of objects, each its own short task, and the rest follows with the
 * places they go back into. Nothing is lost: the pane rebuilds the same data (see workerEngine.test.ts).
 */

/** Where a slice goes: the keys from the run down to an array; slices of one array come in order. */
export interface RunSlice {
  readonly path: readonly string[];
  readonly items: readonly unknown[];
}

/** About this many objects per message: ~1–2 µs each to deserialise in Chromium (collecting included), so a slice takes ~10–30 ms. */
export const SLICE_OBJECTS = 10_000;

/** How deep arrays are looked for (run.register.sheets.<id>.rows is 4 keys down). */
const MAX_DEPTH = 5;

/** By its tag, not its prototype: a clone may come from another realm (a test's structuredClone). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === "[object Object]";
}

/** Objects (arrays, plain objects, Maps, Sets) reachable from `value`, each counted once. */
function countObjects(value: unknown, seen: Set<object>): number {
  if (typeof value !== "object" || value === null || seen.has(value)) return 0;
  seen.add(value);
  let n = 1;
  if (value instanceof Map) for (const [k, v] of value) n += countObjects(k, seen) + countObjects(v, seen);
  else if (value instanceof Set) for (const v of value) n += countObjects(v, seen);
  else if (Array.isArray(value)) for (const v of value) n += countObjects(v, seen);
  else if (isPlainObject(value)) for (const v of Object.values(value)) n += countObjects(v, seen);
  return n;
}

/**
 * Takes the long arrays out of `plain` (a run made plain by plainRun, owned by the caller: it is emptied in
 * place) and returns them as slices of at most ~`budget` objects each. An array reached twice is taken once,
 * so both places see the items again after `restoreSlices`.
 */
export function takeSlices(plain: unknown, budget = SLICE_OBJECTS): RunSlice[] {
  const slices: RunSlice[] = [];
  const visited = new Set<object>();
  const walk = (value: unknown, path: string[]) => {
    if (typeof value !== "object" || value === null || visited.has(value) || path.length > MAX_DEPTH) return;
    visited.add(value);
    if (Array.isArray(value)) {
      const counts = value.map((item) => countObjects(item, new Set()));
      if (counts.reduce((a, b) => a + b, 0) <= budget) return;
      let start = 0;
      let size = 0;
      for (let i = 0; i < value.length; i++) {
        if (size > 0 && size + counts[i] > budget) {
          slices.push({ path, items: value.slice(start, i) });
          start = i;
          size = 0;
        }
        size += counts[i];
      }
      slices.push({ path, items: value.slice(start) });
      value.length = 0;
      return;
    }
    if (!isPlainObject(value)) return;
    for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(plain, []);
  return slices;
}

/** Puts the slices back into the rest of the run, in the order they were taken. */
export function restoreSlices<T>(rest: T, slices: readonly RunSlice[]): T {
  for (const { path, items } of slices) {
    let target: unknown = rest;
    for (const key of path) target = (target as Record<string, unknown>)[key];
    if (!Array.isArray(target)) throw new Error(`run slice without its array: ${path.join(".")}`);
    for (const item of items) target.push(item);
  }
  return rest;
}
