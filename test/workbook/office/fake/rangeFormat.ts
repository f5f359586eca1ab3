/** Fake RangeFormat, RangeFill and RangeFont: cell formatting, applied cell by cell at sync. */
import type { ApiShape } from "./apiShape";
import { firstCell, formatCells, type CellsLocator, type CellsTarget } from "./cells";
import { FakeClientObject, type ContextCore, type ObjectPath, type Transaction } from "./core";
import type { CellState } from "./state";

export class FakeRangeFill extends FakeClientObject<CellsTarget> implements Pick<Excel.RangeFill, "color">, ApiShape<Excel.RangeFill, "clear"> {
  constructor(context: ContextCore, path: ObjectPath, private readonly locator: CellsLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return { color: (t: CellsTarget) => firstCell(t)?.fill ?? "#FFFFFF" };
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.setProperty("color", value, (t, tx) => formatCells(t, tx, "RangeFill.color", (cell) => (cell.fill = value)));
  }
  clear(): void {
    this.callMethod("Clear", [], (t, tx) => formatCells(t, tx, "RangeFill.clear", (cell) => (cell.fill = null)));
  }
}

export class FakeRangeFont extends FakeClientObject<CellsTarget> implements Pick<Excel.RangeFont, "bold" | "color" | "size" | "underline" | "name" | "italic"> {
  constructor(context: ContextCore, path: ObjectPath, private readonly locator: CellsLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    const font = (t: CellsTarget) => firstCell(t)?.font;
    return {
      bold: (t: CellsTarget) => font(t)?.bold ?? false,
      italic: (t: CellsTarget) => font(t)?.italic ?? false,
      color: (t: CellsTarget) => font(t)?.color ?? "#000000",
      size: (t: CellsTarget) => font(t)?.size ?? 11,
      name: (t: CellsTarget) => font(t)?.name ?? "Calibri",
      underline: (t: CellsTarget) => font(t)?.underline ?? "None",
    };
  }
  private change(name: keyof CellState["font"], value: string | number | boolean): void {
    this.setProperty(name, value, (t, tx) => formatCells(t, tx, `RangeFont.${name}`, (cell) => Object.assign(cell.font, { [name]: value })));
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.change("bold", value);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.change("italic", value);
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.change("color", value);
  }
  get size(): number {
    return this.read("size");
  }
  set size(value: number) {
    this.change("size", value);
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.change("name", value);
  }
  get underline(): Excel.RangeFont["underline"] {
    return this.read("underline");
  }
  set underline(value: Excel.RangeFont["underline"]) {
    this.change("underline", String(value));
  }
}

export class FakeRangeFormat
  extends FakeClientObject<CellsTarget>
  implements Pick<Excel.RangeFormat, "columnWidth" | "rowHeight" | "useStandardHeight" | "wrapText" | "verticalAlignment">
{
  private fillProxy?: FakeRangeFill;
  private fontProxy?: FakeRangeFont;

  constructor(context: ContextCore, path: ObjectPath, private readonly locator: CellsLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return {
      columnWidth: (t: CellsTarget) => t.sheet.columnWidths.get(t.areas[0]?.left ?? 0) ?? 48,
      rowHeight: (t: CellsTarget) => t.sheet.rowHeights.get(t.areas[0]?.top ?? 0) ?? 15,
      useStandardHeight: (t: CellsTarget) => ![...t.sheet.rowHeights.keys()].some((row) => t.areas.some((a) => row >= a.top && row <= a.bottom)),
      wrapText: (t: CellsTarget) => firstCell(t)?.wrapText ?? false,
      verticalAlignment: (t: CellsTarget) => firstCell(t)?.verticalAlignment ?? "Bottom",
    };
  }
  protected override navigations() {
    return { fill: this.fill, font: this.font };
  }
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.context, this.path("Property", "fill"), this.locator));
  }
  get font(): FakeRangeFont {
    return (this.fontProxy ??= new FakeRangeFont(this.context, this.path("Property", "font"), this.locator));
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.setProperty("columnWidth", points, (t, tx) => {
      tx.guardSheet(t.sheet, "RangeFormat.columnWidth");
      for (const a of t.areas) for (let c = a.left; c <= a.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.setProperty("rowHeight", points, (t, tx) => {
      tx.guardSheet(t.sheet, "RangeFormat.rowHeight");
      // "Specifies the height of all rows in the range": Excel's row heights run from 0 to 409 points.
      if (points < 0 || points > 409) throw new Error(`InvalidArgument: rowHeight ${points} is outside 0–409`);
      for (const a of t.areas) for (let r = a.top; r <= a.bottom; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  get useStandardHeight(): boolean {
    return this.read("useStandardHeight");
  }
  /** "Only intended to be set to true. Setting it to false has no effect" (ExcelApi 1.7): rows back to the standard height. */
  set useStandardHeight(value: boolean) {
    this.setProperty("useStandardHeight", value, (t, tx) => {
      tx.guardSheet(t.sheet, "RangeFormat.useStandardHeight");
      if (!value) return;
      for (const row of [...t.sheet.rowHeights.keys()]) if (t.areas.some((a) => row >= a.top && row <= a.bottom)) t.sheet.rowHeights.delete(row);
    });
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(value: boolean) {
    this.setProperty("wrapText", value, (t, tx) => formatCells(t, tx, "RangeFormat.wrapText", (cell) => (cell.wrapText = value)));
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(value: Excel.RangeFormat["verticalAlignment"]) {
    const text = String(value);
    this.setProperty("verticalAlignment", text, (t, tx) => formatCells(t, tx, "RangeFormat.verticalAlignment", (cell) => (cell.verticalAlignment = text)));
  }
}

