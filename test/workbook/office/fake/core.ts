/**
 * The proxy machinery shared by every fake Excel object, modelled on Office.js: methods and setters queue
 * actions on the context; `load` queues a query; nothing touches the workbook until `context.sync()`, and a
 * property that was not loaded (and synced) throws PropertyNotLoaded when read.
 */
import { accessDenied, fakeError, itemNotFound, propertyNotLoaded } from "./errors";
import type { SheetState, WorkbookState } from "./state";

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** How a proxy was reached, as the request serialises it (each path travels once per request). */
export interface ObjectPath {
  readonly id: number;
  readonly parent: ObjectPath | null;
  readonly type: "Global" | "Property" | "Method" | "Reference";
  readonly name: string;
  readonly args: readonly Json[];
  /** ExcelApi version the object needs, e.g. "1.9". */
  readonly since: string;
}

export interface QueuedAction {
  readonly path: ObjectPath;
  readonly json: { readonly ActionType: string; readonly Name?: string; readonly ArgumentInfo?: Json; readonly QueryInfo?: Json };
  readonly since: string;
  /** Whether the action changes the workbook (a query does not). */
  readonly write: boolean;
  readonly run: (tx: Transaction) => void;
}

export type SelectionHandler = (args: Excel.SelectionChangedEventArgs) => Promise<unknown>;
export type ChangeHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

/** A value change a sync made, reported to WorksheetCollection.onChanged handlers after the sync. */
export interface ValueChange {
  readonly sheetId: string;
  readonly address: string;
}

export interface ContextCore {
  /** Bindings of paths to objects created by earlier syncs (a sheet added, a format added). */
  readonly bindings: Map<number, string>;
  /** Handlers registered for the workbook's selection-changed event (shared by every context of a fake). */
  readonly selectionHandlers: Set<SelectionHandler>;
  /** Handlers registered for WorksheetCollection.onChanged. */
  readonly changeHandlers: Set<ChangeHandler>;
  /** Excel.run's RunOptions.mergeUndoGroup (ExcelApi 1.20): the batch's changes are one undo step. */
  readonly mergeUndoGroup?: boolean;
  sync<T>(passThroughValue?: T): Promise<T>;
  newPath(parent: ObjectPath | null, type: ObjectPath["type"], name: string, args: readonly Json[], since: string): ObjectPath;
  enqueue(action: QueuedAction): void;
}

/** One sync's execution: the state it works on, what it created, what it returns, what happens on commit. */
export class Transaction {
  readonly bindings = new Map<number, string>();
  readonly responses: Json[] = [];
  readonly commits: (() => void)[] = [];
  /** Cells whose values this sync wrote (Excel raises onChanged for an add-in's own writes too). */
  readonly valueChanges: ValueChange[] = [];
  /** Set by Application.suspendApiCalculationUntilNextSync in this request. */
  calculationSuspended = false;

  constructor(
    readonly state: WorkbookState,
    private readonly context: ContextCore,
  ) {}

  binding(path: ObjectPath): string | undefined {
    return this.bindings.get(path.id) ?? this.context.bindings.get(path.id);
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.state.nextId++}}`;
  }

  /** Set when this sync ran an API that does not support undo: Excel clears the user's undo stack from there. */
  clearsUndo = false;

  /**
   * An API that does not support undo ("Undo capabilities with the Excel JavaScript API": Worksheet.delete,
   * Worksheet.name, Worksheet.visibility … on at least one platform). In a merged undo group Excel throws
   * UndoNotSupported; outside one it clears the user's undo stack.
   */
  notUndoable(where: string): void {
    if (this.context.mergeUndoGroup) throw fakeError("UndoNotSupported", `${where} does not support undo and cannot be part of an undo group.`);
    this.clearsUndo = true;
  }

  /** Cell contents and formats of a protected sheet are locked. */
  guardSheet(sheet: SheetState, where: string): void {
    if (sheet.protected) throw accessDenied(where);
  }

  /** A protected workbook structure forbids adding, deleting, hiding and renaming sheets. */
  guardStructure(where: string): void {
    if (this.state.structureProtected) throw accessDenied(where);
  }
}

/** "1.13" as [1, 13], each version split once: every queued action of every sync is checked against the host's. */
const versionParts = new Map<string, number[]>();
function partsOf(version: string): number[] {
  let parts = versionParts.get(version);
  if (!parts) versionParts.set(version, (parts = version.split(".").map(Number)));
  return parts;
}

export function versionAtLeast(have: string, need: string): boolean {
  const a = partsOf(have);
  const b = partsOf(need);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export function maxVersion(a: string, b: string): string {
  return versionAtLeast(a, b) ? a : b;
}

/** What a load asks for: scalar names, or all scalars, plus navigation properties with their own trees. */
export interface LoadTree {
  readonly all: boolean;
  readonly scalars: string[];
  readonly navigation: Map<string, LoadTree>;
}

export type LoadOption = string | string[] | { readonly [key: string]: unknown };

function emptyTree(all: boolean): LoadTree {
  return { all, scalars: [], navigation: new Map() };
}

function addPath(tree: LoadTree, segments: readonly string[]): void {
  // "items" addresses a collection's members; the tree of a collection already applies to each member.
  const parts = segments.filter((s) => s !== "items" && s !== "");
  if (parts.length === 0) return;
  if (parts.length === 1) {
    tree.scalars.push(parts[0]);
    return;
  }
  let child = tree.navigation.get(parts[0]);
  if (!child) tree.navigation.set(parts[0], (child = emptyTree(false)));
  addPath(child, parts.slice(1));
}

function objectTree(option: { readonly [key: string]: unknown }): LoadTree {
  const tree = emptyTree(option.$all === true);
  for (const [key, value] of Object.entries(option)) {
    if (key.startsWith("$")) continue;
    if (value === true) tree.scalars.push(key);
    else if (typeof value === "object" && value !== null) tree.navigation.set(key, objectTree(value as { readonly [key: string]: unknown }));
  }
  return tree;
}

export function loadTree(option: LoadOption | undefined): LoadTree {
  if (option === undefined) return emptyTree(true);
  if (typeof option === "string" || Array.isArray(option)) {
    const tree = emptyTree(false);
    const paths = (typeof option === "string" ? option.split(",") : option).map((p) => p.trim());
    for (const p of paths) addPath(tree, p.split("/"));
    return tree;
  }
  return objectTree(option as { readonly [key: string]: unknown });
}

function treeJson(tree: LoadTree): Json {
  return { Select: tree.all ? ["*"] : tree.scalars, Expand: [...tree.navigation].map(([name, sub]) => ({ [name]: treeJson(sub) })) };
}

export interface Materialised {
  readonly data: Json;
  readonly deliver: () => void;
}

/** Anything a load can walk through: a navigation property or a collection member. */
export interface Loadable {
  materialise(tree: LoadTree, tx: Transaction): Materialised;
}

export abstract class FakeClientObject<Target> implements Loadable {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly context: ContextCore,
    readonly objectPath: ObjectPath,
    private readonly orNullObject = false,
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  /** What the proxy stands for in the state being synced, or null when it does not exist. */
  protected abstract locate(tx: Transaction): Target | null;

  /** Scalar properties Excel can return for this class. */
  protected abstract scalarGetters(): Readonly<Record<string, (target: Target, tx: Transaction) => Json>>;

  /** Navigation properties a load may go through. */
  protected navigations(): Readonly<Record<string, Loadable>> {
    return {};
  }

  resolve(tx: Transaction): Target {
    const target = this.locate(tx);
    // Using a null object (or one that no longer exists) fails like Excel: ItemNotFound.
    if (target === null) throw itemNotFound(this.describe());
    return target;
  }

  describe(): string {
    const names: string[] = [];
    for (let p: ObjectPath | null = this.objectPath; p; p = p.parent) names.unshift(p.args.length ? `${p.name}(${p.args.map((a) => JSON.stringify(a)).join(",")})` : p.name);
    return names.join(".");
  }

  load(option?: LoadOption): this {
    const tree = loadTree(option);
    this.context.enqueue({
      path: this.objectPath,
      json: { ActionType: "Query", QueryInfo: treeJson(tree) },
      since: "1.1",
      write: false,
      run: (tx) => {
        const result = this.materialise(tree, tx);
        tx.responses.push(result.data);
        tx.commits.push(result.deliver);
      },
    });
    return this;
  }

  materialise(tree: LoadTree, tx: Transaction): Materialised {
    const target = this.locate(tx);
    if (target === null) {
      if (!this.orNullObject) throw itemNotFound(this.describe());
      return { data: null, deliver: () => (this.nullState = true) };
    }
    const getters = this.scalarGetters();
    const names = tree.all ? Object.keys(getters) : tree.scalars;
    const scalars: [string, Json][] = names.map((name) => {
      const get = getters[name];
      if (!get) throw fakeError("InvalidArgument", `Cannot load '${name}' of ${this.describe()}.`);
      return [name, get(target, tx)];
    });
    const children = [...tree.navigation].map(([name, sub]) => {
      const child = this.navigations()[name];
      if (!child) throw fakeError("InvalidArgument", `Cannot load '${name}' of ${this.describe()}.`);
      return [name, child.materialise(sub, tx)] as const;
    });
    return {
      data: Object.fromEntries([...scalars, ...children.map(([name, m]) => [name, m.data])]),
      deliver: () => {
        this.nullState = false;
        for (const [name, value] of scalars) this.loadedValues.set(name, value);
        for (const [, m] of children) m.deliver();
      },
    };
  }

  protected deliverValue(name: string, value: unknown): void {
    this.nullState = false;
    this.loadedValues.set(name, value);
  }

  protected read<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  /** Queues a property write; Office.js also keeps the written value readable on the proxy. */
  protected setProperty(name: string, value: Json, apply: (target: Target, tx: Transaction) => void, since = "1.1"): void {
    this.loadedValues.set(name, value);
    this.context.enqueue({
      path: this.objectPath,
      json: { ActionType: "SetProperty", Name: name, ArgumentInfo: { Arguments: [value] } },
      since,
      write: true,
      run: (tx) => apply(this.resolve(tx), tx),
    });
  }

  protected callMethod(name: string, args: readonly Json[], apply: (target: Target, tx: Transaction) => void, since = "1.1"): void {
    this.context.enqueue({
      path: this.objectPath,
      json: { ActionType: "Method", Name: name, ArgumentInfo: { Arguments: [...args] } },
      since,
      write: true,
      run: (tx) => apply(this.resolve(tx), tx),
    });
  }

  protected path(type: ObjectPath["type"], name: string, args: readonly Json[] = [], since = "1.1"): ObjectPath {
    return this.context.newPath(this.objectPath, type, name, args, since);
  }
}

/** A collection proxy: a load applies its tree to every member and fills `items`. */
export abstract class FakeCollection<Target, Item extends Loadable> extends FakeClientObject<Target> {
  protected abstract itemsOf(target: Target, tx: Transaction): Item[];

  protected scalarGetters(): Readonly<Record<string, (target: Target, tx: Transaction) => Json>> {
    return {};
  }

  get items(): Item[] {
    return this.read<Item[]>("items");
  }

  override materialise(tree: LoadTree, tx: Transaction): Materialised {
    const items = this.itemsOf(this.resolve(tx), tx);
    const parts = items.map((item) => item.materialise(tree, tx));
    return {
      data: { value: parts.map((p) => p.data) },
      deliver: () => {
        parts.forEach((p) => p.deliver());
        this.deliverValue("items", items);
      },
    };
  }
}
