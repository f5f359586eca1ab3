/** Fake Workbook, Application and WorksheetCollection: the roots a batch starts from. */
import { fakeError } from "./errors";
import type { ApiShape } from "./apiShape";
import { FakeClientObject, FakeCollection, type ContextCore, type ObjectPath, type Transaction } from "./core";
import { FakeEventHandlers } from "./events";
import { FakeRange } from "./range";
import { FakeSettingCollection } from "./settings";
import { checkSheetName, newSheet, sheetById, sheetByName, type SheetState, type WorkbookState } from "./state";
import { FakeWorksheet } from "./worksheet";

const root = (tx: Transaction): WorkbookState => tx.state;


export class FakeWorksheetCollection
  extends FakeCollection<WorkbookState, FakeWorksheet>
  implements ApiShape<Excel.WorksheetCollection, "getItem" | "getItemOrNullObject" | "add">
{
  private changedProxy?: FakeEventHandlers<Excel.WorksheetChangedEventArgs>;

  get onChanged(): FakeEventHandlers<Excel.WorksheetChangedEventArgs> {
    return (this.changedProxy ??= new FakeEventHandlers(this.context, "WorksheetCollection.onChanged", this.context.changeHandlers, "1.9"));
  }
  protected locate(tx: Transaction) {
    return root(tx);
  }
  protected itemsOf(state: WorkbookState): FakeWorksheet[] {
    return state.sheets.map(
      (s) => new FakeWorksheet(this.context, this.path("Reference", "Worksheet", [s.id]), (tx) => sheetById(tx.state, s.id) ?? null),
    );
  }
  private byKey(key: string): (tx: Transaction) => SheetState | null {
    return (tx) => sheetByName(tx.state, key) ?? sheetById(tx.state, key) ?? null;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.path("Method", "GetItem", [key]), this.byKey(key));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.path("Method", "GetItemOrNullObject", [key], "1.4"), this.byKey(key), true);
  }
  add(name?: string): FakeWorksheet {
    const path = this.path("Method", "Add", name === undefined ? [] : [name]);
    this.context.enqueue({
      path: this.objectPath,
      json: { ActionType: "Method", Name: "Add", ArgumentInfo: { Arguments: name === undefined ? [] : [name] } },
      since: "1.1",
      write: true,
      run: (tx) => {
        tx.guardStructure("WorksheetCollection.add");
        const wanted = name ?? `Sheet${tx.state.sheets.length + 1}`;
        checkSheetName(wanted);
        if (sheetByName(tx.state, wanted)) throw fakeError("ItemAlreadyExists", `A sheet named '${wanted}' already exists.`);
        tx.bindings.set(path.id, newSheet(tx.state, wanted).id);
      },
    });
    return new FakeWorksheet(this.context, path, (tx) => {
      const id = tx.binding(path);
      return id ? (sheetById(tx.state, id) ?? null) : null;
    });
  }
}

export class FakeWorkbookProtection extends FakeClientObject<WorkbookState> implements Pick<Excel.WorkbookProtection, "protected"> {
  protected locate(tx: Transaction) {
    return root(tx);
  }
  protected scalarGetters() {
    return { protected: (state: WorkbookState) => state.structureProtected };
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

export class FakeApplication extends FakeClientObject<WorkbookState> implements ApiShape<Excel.Application, "suspendApiCalculationUntilNextSync"> {
  protected locate(tx: Transaction) {
    return root(tx);
  }
  protected scalarGetters() {
    return {};
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({
      path: this.objectPath,
      json: { ActionType: "Method", Name: "SuspendApiCalculationUntilNextSync" },
      since: "1.6",
      write: false,
      run: (tx) => {
        tx.calculationSuspended = true;
      },
    });
  }
}

export class FakeWorkbook extends FakeClientObject<WorkbookState> implements ApiShape<Excel.Workbook, "getSelectedRange"> {
  private sheetsProxy?: FakeWorksheetCollection;
  private protectionProxy?: FakeWorkbookProtection;
  private eventsProxy?: FakeEventHandlers<Excel.SelectionChangedEventArgs>;
  private settingsProxy?: FakeSettingCollection;

  constructor(context: ContextCore, path: ObjectPath) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return root(tx);
  }
  protected scalarGetters() {
    return {};
  }
  protected override navigations() {
    return { worksheets: this.worksheets, protection: this.protection };
  }
  get worksheets(): FakeWorksheetCollection {
    return (this.sheetsProxy ??= new FakeWorksheetCollection(this.context, this.path("Property", "worksheets")));
  }
  get protection(): FakeWorkbookProtection {
    return (this.protectionProxy ??= new FakeWorkbookProtection(this.context, this.path("Property", "protection", [], "1.7")));
  }
  get settings(): FakeSettingCollection {
    return (this.settingsProxy ??= new FakeSettingCollection(this.context, this.path("Property", "settings", [], "1.4")));
  }
  get onSelectionChanged(): FakeEventHandlers<Excel.SelectionChangedEventArgs> {
    return (this.eventsProxy ??= new FakeEventHandlers(this.context, "Workbook.onSelectionChanged", this.context.selectionHandlers, "1.2"));
  }

  /** Fails like Excel when several areas are selected. */
  getSelectedRange(): FakeRange {
    const selected = (tx: Transaction) => {
      const selection = tx.state.selection;
      const sheet = selection ? sheetById(tx.state, selection.sheetId) : undefined;
      if (!selection || !sheet) throw fakeError("InvalidSelection", "Nothing is selected.");
      if (selection.areas.length !== 1) throw fakeError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet, areas: selection.areas };
    };
    const path = this.path("Method", "GetSelectedRange");
    const worksheet = new FakeWorksheet(this.context, this.context.newPath(path, "Property", "worksheet", [], "1.1"), (tx) => selected(tx).sheet);
    return new FakeRange(this.context, path, selected, worksheet);
  }
}
