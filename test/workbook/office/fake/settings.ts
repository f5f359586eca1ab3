/**
 * Fake Workbook.settings (ExcelApi 1.4): key–value pairs stored in the file for this add-in only. Values travel
 * as JSON, so what comes back is what JSON makes of what was added (a Date becomes its ISO text).
 */
import type { ApiShape } from "./apiShape";
import { FakeClientObject, FakeCollection, type ContextCore, type Json, type ObjectPath, type Transaction } from "./core";
import { fakeError } from "./errors";
import type { WorkbookState } from "./state";

interface SettingTarget {
  readonly state: WorkbookState;
  readonly key: string;
}

export class FakeSetting extends FakeClientObject<SettingTarget> implements Pick<Excel.Setting, "key" | "value">, ApiShape<Excel.Setting, "delete"> {
  constructor(
    context: ContextCore,
    path: ObjectPath,
    private readonly key_: string,
    orNullObject = false,
  ) {
    super(context, path, orNullObject);
  }
  protected locate(tx: Transaction): SettingTarget | null {
    return this.key_ in tx.state.settings ? { state: tx.state, key: this.key_ } : null;
  }
  protected scalarGetters() {
    return {
      key: (t: SettingTarget) => t.key,
      value: (t: SettingTarget) => JSON.parse(t.state.settings[t.key]) as Json,
    };
  }
  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
  set value(value: unknown) {
    this.setProperty("value", value as Json, (t) => (t.state.settings[t.key] = JSON.stringify(value)), "1.4");
  }
  delete(): void {
    this.callMethod("Delete", [], (t) => delete t.state.settings[t.key], "1.4");
  }
}

export class FakeSettingCollection
  extends FakeCollection<WorkbookState, FakeSetting>
  implements ApiShape<Excel.SettingCollection, "add" | "getItem" | "getItemOrNullObject">
{
  protected locate(tx: Transaction) {
    return tx.state;
  }
  protected itemsOf(state: WorkbookState): FakeSetting[] {
    return Object.keys(state.settings).map((key) => new FakeSetting(this.context, this.path("Reference", "Setting", [key], "1.4"), key));
  }
  add(key: string, value: unknown): FakeSetting {
    const json = JSON.stringify(value);
    this.context.enqueue({
      path: this.objectPath,
      json: { ActionType: "Method", Name: "Add", ArgumentInfo: { Arguments: [key, value as Json] } },
      since: "1.4",
      write: true,
      run: (tx) => {
        if (key === "" || json === undefined) throw fakeError("InvalidArgument", "A setting needs a key and a value.");
        tx.state.settings[key] = json;
      },
    });
    return new FakeSetting(this.context, this.path("Method", "Add", [key], "1.4"), key);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, this.path("Method", "GetItem", [key], "1.4"), key);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, this.path("Method", "GetItemOrNullObject", [key], "1.4"), key, true);
  }
}
