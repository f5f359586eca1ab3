/** The fake RequestContext: hands out object paths, queues actions and sends them to the fake Excel at sync. */
import type { ApiShape } from "./apiShape";
import type { ChangeHandler, ContextCore, Json, ObjectPath, QueuedAction, SelectionHandler } from "./core";
import { FakeApplication, FakeWorkbook } from "./workbook";

/** What executes a request: the fake Excel application. */
export interface RequestExecutor {
  readonly selectionHandlers: Set<SelectionHandler>;
  readonly changeHandlers: Set<ChangeHandler>;
  execute(context: FakeContext, actions: readonly QueuedAction[]): Promise<void>;
}

export class FakeContext implements ContextCore, ApiShape<Excel.RequestContext, "sync"> {
  readonly bindings = new Map<number, string>();
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: QueuedAction[] = [];
  private nextPathId = 1;

  readonly mergeUndoGroup: boolean;
  /** Whether a sync of this batch has already made the undo step a merged group is. */
  undoStepTaken = false;

  constructor(
    private readonly excel: RequestExecutor,
    options: Excel.RunOptions = {},
  ) {
    this.mergeUndoGroup = options.mergeUndoGroup === true;
    this.workbook = new FakeWorkbook(this, this.newPath(null, "Global", "Workbook", [], "1.1"));
    this.application = new FakeApplication(this, this.newPath(null, "Global", "Application", [], "1.1"));
  }

  get selectionHandlers(): Set<SelectionHandler> {
    return this.excel.selectionHandlers;
  }

  get changeHandlers(): Set<ChangeHandler> {
    return this.excel.changeHandlers;
  }

  newPath(parent: ObjectPath | null, type: ObjectPath["type"], name: string, args: readonly Json[], since: string): ObjectPath {
    return { id: this.nextPathId++, parent, type, name, args, since };
  }

  enqueue(action: QueuedAction): void {
    this.queue.push(action);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queue;
    this.queue = [];
    await this.excel.execute(this, actions);
    return passThroughValue as T;
  }
}
