/**
 * The Web Worker that runs the engine for the pane and the web page (workerEngine.ts), so recognising and
 * checking a register of thousands of schools never blocks the UI, and cancelling is terminating the worker.
 * It receives the workbook as read and posts the phases, then the run (or the failure's name and message).
 */
import { checkSteps, plainRun, type EngineOptions } from "./checkEngine";
import type { WorkbookGrid } from "../domain/grid";
import type { WorkerReply } from "./workerEngine";

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ grid: WorkbookGrid; options: EngineOptions }>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { grid, options } = event.data;
  try {
    const run = checkSteps(grid, options, (phase) => scope.postMessage({ type: "phase", phase }));
    scope.postMessage({ type: "done", run: plainRun(run) });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    scope.postMessage({ type: "error", name: failure.name, message: failure.message });
  }
};
