/**
 * Starts the check worker. Only the bundles' entries import this file: `import.meta.url` is what webpack turns
 * into the worker chunk's URL, and the type check (CommonJS, for jest) cannot parse it.
 */
import { workerEngine } from "./workerEngine";

export const checkInWorker = workerEngine(
  // eslint-disable-next-line @typescript-eslint/ban-ts-comment
  // @ts-ignore import.meta is resolved by webpack; tsc checks this repository as CommonJS.
  () => new Worker(new URL("./check.worker.ts", import.meta.url), { name: "junheng-check" }),
);
