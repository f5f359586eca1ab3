/** Fake Range and RangeAreas: one rectangle or several on one sheet, located at sync time. */
import { fakeError } from "./errors";
import { cellCount, intersects, qualify } from "./a1";
import type { ApiShape } from "./apiShape";
import { firstCell, formatCells, matrix, single, writeMatrix, type CellsLocator, type CellsTarget } from "./cells";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import { FakeDataValidation } from "./dataValidation";
import { FakeClientObject, type ContextCore, type Json, type Loadable, type ObjectPath, type Transaction } from "./core";
import { FakeRangeFormat } from "./rangeFormat";
import { cellKey } from "./state";
import { clearArea, copyArea, noSuchCopyType, unmergeArea, type ClearKind } from "./rangeCopy";
import { enterValue } from "./valueEntry";
import type { FakeWorksheet } from "./worksheet";


/** Shared by Range and RangeAreas: format, conditional formats and the owning worksheet. */
abstract class FakeCells extends FakeClientObject<CellsTarget> {
  private formatProxy?: FakeRangeFormat;
  private formatsProxy?: FakeConditionalFormatCollection;
  private validationProxy?: FakeDataValidation;

  constructor(
    context: ContextCore,
    path: ObjectPath,
    protected readonly locator: CellsLocator,
    readonly worksheet: FakeWorksheet,
    orNullObject = false,
  ) {
    super(context, path, orNullObject);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected override navigations(): Readonly<Record<string, Loadable>> {
    return { format: this.format, conditionalFormats: this.conditionalFormats, worksheet: this.worksheet };
  }
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, this.path("Property", "format"), this.locator));
  }
  get dataValidation(): FakeDataValidation {
    return (this.validationProxy ??= new FakeDataValidation(this.context, this.path("Property", "dataValidation", [], "1.8"), this.locator));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.formatsProxy ??= new FakeConditionalFormatCollection(this.context, this.path("Property", "conditionalFormats", [], "1.6"), this.locator));
  }
  protected addressOf(t: CellsTarget): string {
    return t.areas.map((a) => qualify(t.sheet.name, a)).join(", ");
  }
  select(): void {
    this.callMethod("Select", [], (t, tx) => {
      if (t.sheet.visibility !== "Visible") throw fakeError("InvalidOperation", "Cannot select on a hidden sheet.");
      tx.state.activeSheetId = t.sheet.id;
      tx.state.selection = { sheetId: t.sheet.id, areas: t.areas.map((a) => ({ ...a })) };
    });
  }
}

export class FakeRangeAreas extends FakeCells implements Pick<Excel.RangeAreas, "address" | "areaCount" | "cellCount">, ApiShape<Excel.RangeAreas, "select"> {
  protected scalarGetters() {
    return {
      address: (t: CellsTarget) => this.addressOf(t),
      areaCount: (t: CellsTarget) => t.areas.length,
      cellCount: (t: CellsTarget) => t.areas.reduce((n, a) => n + cellCount(a), 0),
    };
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
}

export class FakeRange
  extends FakeCells
  implements
    Pick<Excel.Range, "address" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "values" | "valueTypes" | "numberFormat" | "formulas" | "hyperlink" | "columnHidden">,
    ApiShape<Excel.Range, "select" | "getMergedAreasOrNullObject" | "merge" | "unmerge" | "clear" | "copyFrom">
{
  protected scalarGetters() {
    const area = (t: CellsTarget) => single(t);
    return {
      address: (t: CellsTarget) => this.addressOf(t),
      rowIndex: (t: CellsTarget) => area(t).top,
      columnIndex: (t: CellsTarget) => area(t).left,
      rowCount: (t: CellsTarget) => area(t).bottom - area(t).top + 1,
      columnCount: (t: CellsTarget) => area(t).right - area(t).left + 1,
      values: (t: CellsTarget) => matrix(t, (cell) => (cell && cell.type !== "Empty" ? cell.value : "")),
      valueTypes: (t: CellsTarget) => matrix(t, (cell) => cell?.type ?? "Empty"),
      numberFormat: (t: CellsTarget) => matrix(t, (cell) => cell?.numberFormat ?? "General"),
      formulas: (t: CellsTarget) => matrix(t, (cell) => cell?.formula ?? (cell && cell.type !== "Empty" ? cell.value : "")),
      columnHidden: (t: CellsTarget) => t.areas.every((a) => Array.from({ length: a.right - a.left + 1 }, (_, i) => a.left + i).every((c) => t.sheet.hiddenColumns.includes(c))),
      hyperlink: (t: CellsTarget) => (firstCell(t)?.hyperlink ?? null) as Json,
    };
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.setProperty("values", values as Json, (t, tx) => writeMatrix(t, values, tx, "Range.values", enterValue));
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.read("valueTypes");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.setProperty("numberFormat", formats as Json, (t, tx) =>
      writeMatrix(t, formats, tx, "Range.numberFormat", (cell, value) => {
        if (value !== null && value !== undefined) cell.numberFormat = String(value);
      }),
    );
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.read("hyperlink");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    const copy = { ...link };
    this.setProperty(
      "hyperlink",
      copy as Json,
      (t, tx) =>
        formatCells(t, tx, "Range.hyperlink", (cell) => {
          cell.hyperlink = { ...copy };
          // Excel shows textToDisplay as the cell's value, as text.
          if (copy.textToDisplay !== undefined) Object.assign(cell, { value: copy.textToDisplay, type: "String", formula: null });
        }),
      "1.7",
    );
  }
  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.setProperty("columnHidden", hidden, (t, tx) => {
      tx.guardSheet(t.sheet, "Range.columnHidden");
      const cols = new Set(t.sheet.hiddenColumns);
      for (const a of t.areas) for (let c = a.left; c <= a.right; c++) if (hidden) cols.add(c);
      else cols.delete(c);
      t.sheet.hiddenColumns = [...cols].sort((a, b) => a - b);
    });
  }

  /**
   * Range.merge(across) (ExcelApi 1.2): the range becomes one merged area (across: one per row). As in Excel, only
   * the upper-left cell of each area keeps its value; merged areas it overlaps are replaced.
   */
  merge(across = false): void {
    this.callMethod(
      "Merge",
      [across],
      (t, tx) => {
        tx.guardSheet(t.sheet, "Range.merge");
        const area = single(t);
        const areas = across ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({ ...area, top: area.top + i, bottom: area.top + i })) : [area];
        t.sheet.merges = [...t.sheet.merges.filter((m) => !areas.some((a) => intersects(a, m))), ...areas];
        for (const a of areas) {
          for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (r !== a.top || c !== a.left) t.sheet.cells.delete(cellKey(r, c));
        }
      },
      "1.2",
    );
  }

  /** Range.unmerge (ExcelApi 1.2): merged areas the range touches become single cells again. */
  unmerge(): void {
    this.callMethod(
      "Unmerge",
      [],
      (t, tx) => {
        tx.guardSheet(t.sheet, "Range.unmerge");
        unmergeArea(t.sheet, single(t));
      },
      "1.2",
    );
  }

  /** Range.clear (ExcelApi 1.1); what each kind clears is in rangeCopy.ts. */
  clear(applyTo: Excel.ClearApplyTo | ClearKind | "RemoveHyperlinks" | "ResetContents" = "All"): void {
    this.callMethod("Clear", [String(applyTo)], (t, tx) => {
      tx.guardSheet(t.sheet, "Range.clear");
      if (!["All", "Contents", "Formats", "Hyperlinks"].includes(String(applyTo))) throw new Error(`fake Excel: clear("${String(applyTo)}") is not modelled`);
      clearArea(t.sheet, single(t), String(applyTo) as ClearKind);
      if (applyTo === "All" || applyTo === "Contents") tx.valueChanges.push({ sheetId: t.sheet.id, address: this.addressOf(t) });
    });
  }

  /** Range.copyFrom (ExcelApi 1.9) from another range of this fake, "All" only (rangeCopy.ts). */
  copyFrom(source: Excel.Range | Excel.RangeAreas | string, copyType: Excel.RangeCopyType | "All" | "Formulas" | "Values" | "Formats" | "Link" = "All", skipBlanks = false, transpose = false): void {
    if (!(source instanceof FakeRange)) throw new Error("fake Excel: copyFrom takes a range of this fake");
    if (skipBlanks || transpose) throw new Error("fake Excel: copyFrom's skipBlanks and transpose are not modelled");
    this.context.enqueue({
      path: this.objectPath,
      json: { ActionType: "Method", Name: "CopyFrom", ArgumentInfo: { Arguments: [source.objectPath.id, String(copyType), skipBlanks, transpose] } },
      since: "1.9",
      write: true,
      run: (tx) => {
        const to = this.resolve(tx);
        tx.guardSheet(to.sheet, "Range.copyFrom");
        if (copyType !== "All") noSuchCopyType(String(copyType));
        const from = source.resolve(tx);
        const start = single(to);
        copyArea(tx, { sheet: from.sheet, area: single(from) }, { sheet: to.sheet, row: start.top, col: start.left });
        tx.valueChanges.push({ sheetId: to.sheet.id, address: this.addressOf(to) });
      },
    });
  }

  /** Excel gives up beyond 512 merged areas. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const locator: CellsLocator = (tx) => {
      const t = this.locator(tx);
      if (!t) return null;
      const merges = t.sheet.merges.filter((m) => t.areas.some((a) => intersects(a, m)));
      if (merges.length > 512) throw fakeError("GeneralException", "There are more than 512 merged areas in the range.");
      return merges.length ? { sheet: t.sheet, areas: merges } : null;
    };
    return new FakeRangeAreas(this.context, this.path("Method", "GetMergedAreasOrNullObject", [], "1.13"), locator, this.worksheet, true);
  }
}

