/**
 * Time and peak memory of one stage, in a child process started with --expose-gc.
 *
 * Peak memory is the JS heap plus external memory (zip buffers) above what was live when the stage
 * began. runCheck is synchronous, so a timer cannot sample inside it, and the process's peak RSS only ever grows,
 * so it cannot be split between stages. V8's GC profiler, however, records heap statistics right before every
 * collection, and between two collections the heap only grows: the largest of those figures and the figure at
 * the end of the stage is the stage's peak. A forced collection first makes the baseline the stage's inputs.
 */
import { GCProfiler } from "node:v8";

export interface Measured<T> {
  readonly value: T;
  readonly ms: number;
  /** CPU time of the whole process (GC helper threads included): what the stage costs whatever else the machine runs. */
  readonly cpuMs: number;
  /** null when the stage ran without the GC profiler (a timing-only repetition). */
  readonly peakBytes: number | null;
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("bench stages must run with node --expose-gc");
  gc();
}

function liveBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

export async function measure<T>(stage: () => Promise<T> | T, withMemory: boolean): Promise<Measured<T>> {
  collect();
  const base = liveBytes();
  const profiler = withMemory ? new GCProfiler() : null;
  profiler?.start();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await stage();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const end = liveBytes();
  const stats = profiler?.stop();
  if (!stats) return { value, ms, cpuMs, peakBytes: null };
  const beforeEach = stats.statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize + s.beforeGC.heapStatistics.externalMemory);
  return { value, ms, cpuMs, peakBytes: Math.max(end, ...beforeEach) - base };
}
