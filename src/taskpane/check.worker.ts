/**
 * The Web Worker that runs the engine for the pane and the web page (workerEngine.ts), so recognising and
 * checking a register of thousands of schools never blocks the UI, and cancelling is terminating the worker.
 * It receives the workbook as read and posts the phases, then the run in slices with its highlights
 * (answerCheck, runTransport.ts), or the failure's name and message.
 */
import { answerCheck, type EngineOptions, type WorkerReply } from "./checkEngine";
import type { WorkbookGrid } from "../domain/grid";

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ grid: WorkbookGrid; options: EngineOptions }>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => answerCheck(event.data.grid, event.data.options, (reply) => scope.postMessage(reply));
