/**
 * Fake conditional formats: per sheet, in priority order, each with its type, custom rule formula, fill, data bar
 * settings and the areas it applies to. A collection reached from a range lists the formats that touch the range,
 * as Excel does.
 */
import { fakeError } from "./errors";
import { intersects } from "./a1";
import type { ApiShape } from "./apiShape";
import { FakeClientObject, FakeCollection, type ContextCore, type ObjectPath, type Transaction } from "./core";
import type { CellsLocator, CellsTarget } from "./cells";
import { defaultDataBar, FakeDataBarConditionalFormat } from "./dataBars";
import type { ConditionalFormatState, SheetState } from "./state";

export interface FormatTarget {
  readonly sheet: SheetState;
  readonly format: ConditionalFormatState;
}

export type FormatLocator = (tx: Transaction) => FormatTarget | null;

const TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

function locateById(sheetId: string, formatId: string): FormatLocator {
  return (tx) => {
    const sheet = tx.state.sheets.find((s) => s.id === sheetId);
    const format = sheet?.formats.find((f) => f.id === formatId);
    return sheet && format ? { sheet, format } : null;
  };
}

export class FakeConditionalRangeFill extends FakeClientObject<FormatTarget> implements Pick<Excel.ConditionalRangeFill, "color"> {
  constructor(context: ContextCore, path: ObjectPath, private readonly locator: FormatLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return { color: (t: FormatTarget) => t.format.fill };
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.setProperty("color", value, (t, tx) => {
      tx.guardSheet(t.sheet, "ConditionalRangeFill.color");
      t.format.fill = value;
    });
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject<FormatTarget> {
  private fillProxy?: FakeConditionalRangeFill;

  constructor(context: ContextCore, path: ObjectPath, private readonly locator: FormatLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return {};
  }
  protected override navigations() {
    return { fill: this.fill };
  }
  get fill(): FakeConditionalRangeFill {
    return (this.fillProxy ??= new FakeConditionalRangeFill(this.context, this.path("Property", "fill"), this.locator));
  }
}

export class FakeConditionalFormatRule extends FakeClientObject<FormatTarget> implements Pick<Excel.ConditionalFormatRule, "formula"> {
  constructor(context: ContextCore, path: ObjectPath, private readonly locator: FormatLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return { formula: (t: FormatTarget) => t.format.formula };
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(value: string) {
    this.setProperty("formula", value, (t, tx) => {
      tx.guardSheet(t.sheet, "ConditionalFormatRule.formula");
      if (!value.startsWith("=") || value.length < 2) throw fakeError("InvalidArgument", `Not a formula: ${value}`);
      t.format.formula = value;
    });
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject<FormatTarget> {
  private ruleProxy?: FakeConditionalFormatRule;
  private formatProxy?: FakeConditionalRangeFormat;

  constructor(context: ContextCore, path: ObjectPath, private readonly locator: FormatLocator, orNullObject: boolean) {
    super(context, path, orNullObject);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return {};
  }
  protected override navigations() {
    return { rule: this.rule, format: this.format };
  }
  get rule(): FakeConditionalFormatRule {
    return (this.ruleProxy ??= new FakeConditionalFormatRule(this.context, this.path("Property", "rule"), this.locator));
  }
  get format(): FakeConditionalRangeFormat {
    return (this.formatProxy ??= new FakeConditionalRangeFormat(this.context, this.path("Property", "format"), this.locator));
  }
}

export class FakeConditionalFormat
  extends FakeClientObject<FormatTarget>
  implements Pick<Excel.ConditionalFormat, "id" | "priority" | "stopIfTrue" | "type">, ApiShape<Excel.ConditionalFormat, "delete">
{
  private customProxy?: FakeCustomConditionalFormat;
  private customOrNullProxy?: FakeCustomConditionalFormat;
  private dataBarProxy?: FakeDataBarConditionalFormat;
  private dataBarOrNullProxy?: FakeDataBarConditionalFormat;

  constructor(context: ContextCore, path: ObjectPath, private readonly locator: FormatLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return {
      id: (t: FormatTarget) => t.format.id,
      type: (t: FormatTarget) => t.format.type,
      priority: (t: FormatTarget) => t.sheet.formats.indexOf(t.format),
      stopIfTrue: () => false,
    };
  }
  protected override navigations() {
    return { custom: this.custom, customOrNullObject: this.customOrNullObject, dataBar: this.dataBar, dataBarOrNullObject: this.dataBarOrNullObject };
  }
  /** Only a format of that type has its properties: otherwise `custom` fails and `customOrNullObject` is null. */
  private typedLocator(type: string): FormatLocator {
    return (tx) => {
      const t = this.locator(tx);
      return t && t.format.type === type ? t : null;
    };
  }
  private customLocator(): FormatLocator {
    return this.typedLocator("Custom");
  }
  get dataBar(): FakeDataBarConditionalFormat {
    return (this.dataBarProxy ??= new FakeDataBarConditionalFormat(this.context, this.path("Property", "dataBar", [], "1.6"), this.typedLocator("DataBar"), false));
  }
  get dataBarOrNullObject(): FakeDataBarConditionalFormat {
    return (this.dataBarOrNullProxy ??= new FakeDataBarConditionalFormat(this.context, this.path("Property", "dataBarOrNullObject", [], "1.6"), this.typedLocator("DataBar"), true));
  }
  get custom(): FakeCustomConditionalFormat {
    return (this.customProxy ??= new FakeCustomConditionalFormat(this.context, this.path("Property", "custom"), this.customLocator(), false));
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    return (this.customOrNullProxy ??= new FakeCustomConditionalFormat(this.context, this.path("Property", "customOrNullObject"), this.customLocator(), true));
  }
  get id(): string {
    return this.read("id");
  }
  get type(): Excel.ConditionalFormat["type"] {
    return this.read("type");
  }
  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }
  get priority(): number {
    return this.read("priority");
  }
  set priority(value: number) {
    this.setProperty("priority", value, (t, tx) => {
      tx.guardSheet(t.sheet, "ConditionalFormat.priority");
      const list = t.sheet.formats;
      list.splice(list.indexOf(t.format), 1);
      list.splice(Math.max(0, Math.min(value, list.length)), 0, t.format);
    });
  }
  delete(): void {
    this.callMethod("Delete", [], (t, tx) => {
      tx.guardSheet(t.sheet, "ConditionalFormat.delete");
      t.sheet.formats.splice(t.sheet.formats.indexOf(t.format), 1);
    });
  }
}

export class FakeConditionalFormatCollection
  extends FakeCollection<CellsTarget, FakeConditionalFormat>
  implements ApiShape<Excel.ConditionalFormatCollection, "add" | "getItem">
{
  constructor(context: ContextCore, path: ObjectPath, private readonly locator: CellsLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected itemsOf(target: CellsTarget): FakeConditionalFormat[] {
    return target.sheet.formats
      .filter((f) => f.ranges.some((r) => target.areas.some((a) => intersects(a, r))))
      .map((f) => new FakeConditionalFormat(this.context, this.path("Reference", "ConditionalFormat", [f.id]), locateById(target.sheet.id, f.id)));
  }

  add(type: Excel.ConditionalFormatType | (typeof TYPES)[number]): FakeConditionalFormat {
    const path = this.path("Method", "Add", [String(type)], "1.6");
    this.context.enqueue({
      path: this.objectPath,
      json: { ActionType: "Method", Name: "Add", ArgumentInfo: { Arguments: [String(type)] } },
      since: "1.6",
      write: true,
      run: (tx) => {
        const target = this.resolve(tx);
        tx.guardSheet(target.sheet, "ConditionalFormatCollection.add");
        if (!TYPES.includes(String(type))) throw fakeError("InvalidArgument", `Unknown conditional format type ${String(type)}.`);
        const format: ConditionalFormatState = { id: tx.newId("cf"), type: String(type), formula: null, fill: null, fontColor: null, ranges: target.areas.map((a) => ({ ...a })) };
        if (format.type === "DataBar") format.dataBar = defaultDataBar();
        // Appended last (lowest priority): a caller that wants to be on top must say so.
        target.sheet.formats.push(format);
        tx.bindings.set(path.id, `${target.sheet.id}|${format.id}`);
      },
    });
    return new FakeConditionalFormat(this.context, path, (tx) => {
      const bound = tx.binding(path);
      if (!bound) return null;
      const [sheetId, formatId] = bound.split("|");
      return locateById(sheetId, formatId)(tx);
    });
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, this.path("Method", "GetItem", [id]), (tx) => {
      const t = this.locator(tx);
      return t ? locateById(t.sheet.id, id)(tx) : null;
    });
  }
}
