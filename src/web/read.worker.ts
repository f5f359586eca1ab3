/** The Web Worker that reads a picked workbook into the grid for the web page (readWorkbook.ts). */
import { workerFailure } from "../domain/errors";
import { readWorkbookBytes } from "./readBytes";
import type { ReadReply } from "./readWorkbook";

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ bytes: Uint8Array; fileName: string }>) => void) | null;
  postMessage(message: ReadReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { bytes, fileName } = event.data;
  try {
    scope.postMessage({ type: "done", grid: readWorkbookBytes(bytes, fileName) });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    scope.postMessage({ type: "error", ...workerFailure(failure) });
  }
};

scope.postMessage({ type: "ready" });
