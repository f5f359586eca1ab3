/** Fake event registration: like Office.js, adding or removing a handler takes effect at the next sync. */
import type { ApiShape } from "./apiShape";
import type { ContextCore } from "./core";

type Handler<Args> = (args: Args) => Promise<unknown>;
type Handlers<Args> = OfficeExtension.EventHandlers<Args>;
type Result<Args> = OfficeExtension.EventHandlerResult<Args>;

export class FakeEventHandlerResult<Args> implements ApiShape<Result<Args>, "remove"> {
  constructor(
    readonly context: ContextCore,
    private readonly handlers: FakeEventHandlers<Args>,
    private readonly handler: Handler<Args>,
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

export class FakeEventHandlers<Args> implements ApiShape<Handlers<Args>, "add" | "remove"> {
  /**
   * @param registered the fake Excel's handlers of this event (shared by every context).
   * @param since the ExcelApi version the event needs (onSelectionChanged 1.2, WorksheetCollection.onChanged 1.9).
   */
  constructor(
    private readonly context: ContextCore,
    private readonly name: string,
    private readonly registered: Set<Handler<Args>>,
    private readonly since: string,
  ) {}

  private queue(action: string, change: () => void): void {
    const path = this.context.newPath(null, "Global", this.name, [], this.since);
    this.context.enqueue({ path, json: { ActionType: "Method", Name: action }, since: this.since, write: false, run: (tx) => tx.commits.push(change) });
  }

  add(handler: Handler<Args>): FakeEventHandlerResult<Args> {
    this.queue("RegisterEventHandler", () => this.registered.add(handler));
    return new FakeEventHandlerResult(this.context, this, handler);
  }

  remove(handler: Handler<Args>): void {
    this.queue("UnregisterEventHandler", () => this.registered.delete(handler));
  }
}
