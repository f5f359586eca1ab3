/**
 * The engine in a Web Worker: one worker per check, terminated when the check ends or is cancelled. Where no
 * worker can start (a page opened from a folder, file://, where browsers refuse workers), the same steps run
 * inline, as before, rather than not at all.
 */
import type { CheckRun } from "../domain/check";
import { errorFromWorker } from "../domain/errors";
import { CancelledError } from "./cancel";
import { checkInline, type CheckEngine, type WorkerReply } from "./checkEngine";
import { rememberHighlights } from "./runHighlights";
import { restoreSlices, type RunSlice } from "./runTransport";

export type { WorkerReply } from "./checkEngine";

/** @param createWorker starts the worker script (webpack bundles check.worker.ts for `new Worker(new URL(…))`). */
export function workerEngine(createWorker: () => Worker): CheckEngine {
  return (grid, options, onPhase, signal) => {
    let worker: Worker;
    try {
      worker = createWorker();
    } catch {
      return checkInline(grid, options, onPhase, signal);
    }
    return new Promise<CheckRun>((resolve, reject) => {
      let heard = false;
      const slices: RunSlice[] = [];
      const finish = () => {
        worker.terminate();
        signal?.removeEventListener("abort", abort);
      };
      const abort = () => {
        finish();
        reject(new CancelledError());
      };
      if (signal?.aborted) return abort();
      signal?.addEventListener("abort", abort);
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        heard = true;
        const reply = event.data;
        if (reply.type === "phase") return onPhase(reply.phase);
        if (reply.type === "slice") return void slices.push(reply.slice);
        finish();
        if (reply.type === "error") return reject(errorFromWorker(reply));
        const run = restoreSlices(reply.run, slices);
        rememberHighlights(run, reply.highlights);
        resolve(run);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        finish();
        // A worker that never answered could not load: run inline instead.
        if (!heard) checkInline(grid, options, onPhase, signal).then(resolve, reject);
        else reject(new Error(event.message || "check worker failed"));
      };
      worker.postMessage({ grid, options });
    });
  };
}
