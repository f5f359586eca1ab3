/**
 * Excel (on the web) rejects a request over 5 MB. The adapter estimates what it queues and syncs early only when
 * the next action would push the request past a budget, so ordinary registers still take a fixed number of syncs
 * and only a very large write is split.
 */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** Headroom below the limit for the request envelope and object paths the estimate does not itemise. */
export const DEFAULT_REQUEST_BUDGET_BYTES = REQUEST_LIMIT_BYTES - 1024 * 1024;

/** What one queued action costs in the request beyond its payload (action record and object path). */
export const ACTION_OVERHEAD_BYTES = 400;

/** UTF-8 length of a string, without allocating the encoded bytes. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "");
}

/** Tracks the estimated size of the request being queued on one context. */
export class RequestBudget {
  private used = 0;
  private forced = 0;

  constructor(
    private readonly sync: () => Promise<void>,
    readonly limit: number,
    /** Re-queues what must accompany every request (suspending calculation lasts one sync only). */
    private readonly onNewRequest: () => void = () => undefined,
  ) {}

  /** Syncs this budget forced before the caller's final one. */
  get extraSyncs(): number {
    return this.forced;
  }

  /**
   * Call before queuing actions that belong in one request (a write's final swap): syncs first when about
   * `bytes` would not fit in what is left of this one.
   */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.sync();
      this.forced++;
      this.used = 0;
      this.onNewRequest();
    }
  }

  /** Call before queuing an action of about `payloadBytes`; syncs first when the action would not fit. */
  async spend(payloadBytes: number): Promise<void> {
    const cost = payloadBytes + ACTION_OVERHEAD_BYTES;
    if (this.used > 0 && this.used + cost > this.limit) {
      await this.sync();
      this.forced++;
      this.used = 0;
      this.onNewRequest();
    }
    this.used += cost;
  }
}
