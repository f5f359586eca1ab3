/** A check the user cancelled: nothing was written, and the pane says so instead of showing an error. */
export class CancelledError extends Error {
  constructor() {
    super("审核已取消");
    this.name = "CancelledError";
  }
}

/** Throws CancelledError when the signal has been aborted; called between the steps of a run. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}
