/**
 * Starts the read worker. Only the page's entry imports this file: `import.meta.url` is what webpack turns into the
 * worker chunk's URL, and the type check (CommonJS, for jest) cannot parse it (as createCheckWorker.ts).
 */
import { workerReader } from "./readWorkbook";

export const readInWorker = workerReader(
  // eslint-disable-next-line @typescript-eslint/ban-ts-comment
  // @ts-ignore import.meta is resolved by webpack; tsc checks this repository as CommonJS.
  () => new Worker(new URL("./read.worker.ts", import.meta.url), { name: "junheng-read" }),
);
