/**
 * Reading the picked workbook into the grid, off the page's thread: on the built page a Web Worker unzips and parses
 * the sheets (read.worker.ts), so a province's register or a hostile file never freezes the page; where no worker
 * can start (a page opened from a folder, file://, and the tests) the same steps run inline, as the check's engine
 * does (taskpane/workerEngine.ts).
 */
import type { WorkbookGrid } from "../domain/grid";
import { errorFromWorker, InputError, type WorkerFailure } from "../domain/errors";

export type WorkbookReader = (bytes: Uint8Array, fileName: string) => Promise<WorkbookGrid>;

/** What the worker posts back. */
export type ReadReply =
  | { readonly type: "ready" }
  | { readonly type: "done"; readonly grid: WorkbookGrid }
  | ({ readonly type: "error" } & WorkerFailure);

/** On the calling thread; the reader's code (the XML parser, the zip reader) comes with the first workbook. */
export const readInline: WorkbookReader = async (bytes, fileName) => (await import("./readBytes")).readWorkbookBytes(bytes, fileName);

/** @param createWorker starts the worker script (webpack bundles read.worker.ts for `new Worker(new URL(…))`). */
export function workerReader(createWorker: () => Worker): WorkbookReader {
  return (bytes, fileName) => {
    let worker: Worker;
    try {
      worker = createWorker();
    } catch {
      return readInline(bytes, fileName);
    }
    return new Promise<WorkbookGrid>((resolve, reject) => {
      let started = false;
      worker.onmessage = (event: MessageEvent<ReadReply>) => {
        const reply = event.data;
        if (reply.type === "ready") return void (started = true);
        worker.terminate();
        if (reply.type === "done") resolve(reply.grid);
        else reject(errorFromWorker(reply));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        // A worker that could not load never said it was ready: read inline instead. One that failed while reading
        // (out of memory on a file beyond every bound) must not take the page down with it by a second try here.
        if (!started) readInline(bytes, fileName).then(resolve, reject);
        else reject(new InputError(`无法读取工作簿「${fileName}」：读取时出现意外问题，文件可能已损坏或过大。`, { kind: "unreadableWorkbook", file: fileName }));
      };
      // A copy goes to the worker: the page keeps its bytes for the checked copy.
      worker.postMessage({ bytes: bytes.slice(), fileName });
    });
  };
}
