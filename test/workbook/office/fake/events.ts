/** Fake event registration: like Office.js, adding or removing a handler takes effect at the next sync. */
import type { ApiShape } from "./apiShape";
import type { ContextCore, SelectionHandler } from "./core";

type Handlers = OfficeExtension.EventHandlers<Excel.SelectionChangedEventArgs>;
type Result = OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs>;

export class FakeEventHandlerResult implements ApiShape<Result, "remove"> {
  constructor(
    readonly context: ContextCore,
    private readonly handlers: FakeEventHandlers,
    private readonly handler: SelectionHandler,
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

export class FakeEventHandlers implements ApiShape<Handlers, "add" | "remove"> {
  constructor(private readonly context: ContextCore) {}

  private queue(name: string, change: () => void): void {
    const path = this.context.newPath(null, "Global", "Workbook.onSelectionChanged", [], "1.2");
    this.context.enqueue({ path, json: { ActionType: "Method", Name: name }, since: "1.2", write: false, run: (tx) => tx.commits.push(change) });
  }

  add(handler: SelectionHandler): FakeEventHandlerResult {
    this.queue("RegisterEventHandler", () => this.context.selectionHandlers.add(handler));
    return new FakeEventHandlerResult(this.context, this, handler);
  }

  remove(handler: SelectionHandler): void {
    this.queue("UnregisterEventHandler", () => this.context.selectionHandlers.delete(handler));
  }
}
