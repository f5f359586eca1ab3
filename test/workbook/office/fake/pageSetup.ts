/** Fake page breaks and page layout: recorded on the sheet so tests can see the print setup. */
import { parseAreas } from "./a1";
import type { ApiShape } from "./apiShape";
import { FakeClientObject, type ContextCore, type Json, type ObjectPath, type Transaction } from "./core";
import type { SheetState } from "./state";

type SheetLocator = (tx: Transaction) => SheetState | null;

abstract class SheetPart extends FakeClientObject<SheetState> {
  constructor(context: ContextCore, path: ObjectPath, protected readonly locator: SheetLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected layoutSetter(name: string, value: Json): void {
    this.setProperty(
      name,
      value,
      (sheet, tx) => {
        tx.guardSheet(sheet, `PageLayout.${name}`);
        sheet.pageLayout[name] = value;
      },
      "1.9",
    );
  }
  removePageBreaks(): void {
    this.callMethod(
      "RemovePageBreaks",
      [],
      (sheet, tx) => {
        tx.guardSheet(sheet, "PageBreakCollection.removePageBreaks");
        sheet.pageBreaks = [];
      },
      "1.9",
    );
  }
}

export class FakePageBreakCollection extends SheetPart implements ApiShape<Excel.PageBreakCollection, "add" | "removePageBreaks"> {
  protected scalarGetters() {
    return {};
  }
  add(pageBreakRange: Excel.Range | string): void {
    const address = typeof pageBreakRange === "string" ? pageBreakRange : "";
    this.callMethod(
      "Add",
      [address],
      (sheet, tx) => {
        tx.guardSheet(sheet, "PageBreakCollection.add");
        const row = parseAreas(address)[0].top;
        if (!sheet.pageBreaks.includes(row)) sheet.pageBreaks = [...sheet.pageBreaks, row].sort((a, b) => a - b);
      },
      "1.9",
    );
  }
}

export class FakeHeaderFooter extends SheetPart implements Pick<Excel.HeaderFooter, "leftHeader" | "centerHeader" | "rightHeader" | "centerFooter"> {
  protected scalarGetters() {
    const text = (key: string) => (sheet: SheetState) => (sheet.pageLayout[key] as string | undefined) ?? "";
    return { leftHeader: text("leftHeader"), centerHeader: text("centerHeader"), rightHeader: text("rightHeader"), centerFooter: text("centerFooter") };
  }
  get centerHeader(): string {
    return this.read("centerHeader");
  }
  set centerHeader(value: string) {
    this.layoutSetter("centerHeader", value);
  }
  get leftHeader(): string {
    return this.read("leftHeader");
  }
  set leftHeader(value: string) {
    this.layoutSetter("leftHeader", value);
  }
  get rightHeader(): string {
    return this.read("rightHeader");
  }
  set rightHeader(value: string) {
    this.layoutSetter("rightHeader", value);
  }
  get centerFooter(): string {
    return this.read("centerFooter");
  }
  set centerFooter(value: string) {
    this.layoutSetter("centerFooter", value);
  }
}

export class FakeHeaderFooterGroup extends SheetPart {
  private defaultProxy?: FakeHeaderFooter;
  protected scalarGetters() {
    return {};
  }
  get defaultForAllPages(): FakeHeaderFooter {
    return (this.defaultProxy ??= new FakeHeaderFooter(this.context, this.path("Property", "defaultForAllPages"), this.locator));
  }
}

export class FakePageLayout
  extends SheetPart
  implements Pick<Excel.PageLayout, "orientation" | "paperSize" | "zoom">, ApiShape<Excel.PageLayout, "setPrintTitleRows" | "setPrintTitleColumns">
{
  private headersProxy?: FakeHeaderFooterGroup;
  protected scalarGetters() {
    const value = (key: string, fallback: Json) => (sheet: SheetState) => (sheet.pageLayout[key] as Json | undefined) ?? fallback;
    return { orientation: value("orientation", "Portrait"), paperSize: value("paperSize", "Letter"), zoom: value("zoom", { scale: 100 }) };
  }
  get headersFooters(): FakeHeaderFooterGroup {
    return (this.headersProxy ??= new FakeHeaderFooterGroup(this.context, this.path("Property", "headersFooters"), this.locator));
  }
  get orientation(): Excel.PageLayout["orientation"] {
    return this.read("orientation");
  }
  set orientation(value: Excel.PageLayout["orientation"]) {
    this.layoutSetter("orientation", String(value));
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    return this.read("paperSize");
  }
  set paperSize(value: Excel.PageLayout["paperSize"]) {
    this.layoutSetter("paperSize", String(value));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read("zoom");
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    // PageLayoutZoomOptions.scale: "Print page scale value can be between 10 and 400."
    if (value.scale !== undefined && (value.scale < 10 || value.scale > 400)) throw new Error(`InvalidArgument: PageLayout.zoom.scale ${value.scale} is outside 10–400`);
    this.layoutSetter("zoom", { ...value } as Json);
  }
  setPrintTitleColumns(columns: Excel.Range | string): void {
    const address = typeof columns === "string" ? columns : "";
    this.callMethod(
      "SetPrintTitleColumns",
      [address],
      (sheet, tx) => {
        tx.guardSheet(sheet, "PageLayout.setPrintTitleColumns");
        if (!/^\$?[A-Z]+:\$?[A-Z]+$/.test(address)) throw new Error(`InvalidArgument: setPrintTitleColumns("${address}") needs whole columns`);
        sheet.pageLayout.printTitleColumns = address;
      },
      "1.9",
    );
  }
  setPrintTitleRows(rows: Excel.Range | string): void {
    const address = typeof rows === "string" ? rows : "";
    this.callMethod(
      "SetPrintTitleRows",
      [address],
      (sheet, tx) => {
        tx.guardSheet(sheet, "PageLayout.setPrintTitleRows");
        parseAreas(address);
        sheet.pageLayout.printTitleRows = address;
      },
      "1.9",
    );
  }
}
