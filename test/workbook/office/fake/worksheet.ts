/** Fake Worksheet with its protection, freeze panes and charts; ranges are located on it at sync time. */
import { fakeError } from "./errors";
import { parseAreas, WHOLE_SHEET, type Area } from "./a1";
import type { ApiShape } from "./apiShape";
import { FakeChartCollection } from "./charts";
import { FakeClientObject, type ContextCore, type ObjectPath, type Transaction } from "./core";
import { FakePageBreakCollection, FakePageLayout } from "./pageSetup";
import type { CellsLocator } from "./cells";
import { FakeRange, FakeRangeAreas } from "./range";
import { breakReferences } from "./rangeCopy";
import { checkSheetName, keyCol, keyRow, sheetByName, type SheetState, type Visibility } from "./state";

export type SheetLocator = (tx: Transaction) => SheetState | null;

/** Excel's getRanges refuses an address longer than this. */
export const MAX_RANGES_ADDRESS = 8192;

export class FakeWorksheetProtection extends FakeClientObject<SheetState> implements Pick<Excel.WorksheetProtection, "protected"> {
  constructor(context: ContextCore, path: ObjectPath, private readonly locator: SheetLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return { protected: (sheet: SheetState) => sheet.protected };
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

/**
 * Worksheet.autoFilter (ExcelApi 1.9): a sheet has one AutoFilter; apply() puts it on a range (replacing the one
 * there), remove() takes it away. Criteria are not modelled: the adapter applies buttons only.
 */
export class FakeAutoFilter extends FakeClientObject<SheetState> implements ApiShape<Excel.AutoFilter, "apply" | "remove"> {
  constructor(context: ContextCore, path: ObjectPath, private readonly locator: SheetLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return { enabled: (sheet: SheetState) => sheet.autoFilter !== null };
  }
  apply(range: Excel.Range | string, columnIndex?: number, criteria?: Excel.FilterCriteria): void {
    if (typeof range !== "string" || columnIndex !== undefined || criteria !== undefined) throw new Error("fake Excel: autoFilter.apply takes an address and no criteria");
    this.callMethod(
      "Apply",
      [range],
      (sheet, tx) => {
        tx.guardSheet(sheet, "AutoFilter.apply");
        const areas = parseAreas(range);
        if (areas.length !== 1) throw fakeError("InvalidArgument", "An AutoFilter applies to one range.");
        sheet.autoFilter = areas[0];
      },
      "1.9",
    );
  }
  remove(): void {
    this.callMethod(
      "Remove",
      [],
      (sheet, tx) => {
        tx.guardSheet(sheet, "AutoFilter.remove");
        sheet.autoFilter = null;
      },
      "1.9",
    );
  }
}

export class FakeFreezePanes extends FakeClientObject<SheetState> implements ApiShape<Excel.WorksheetFreezePanes, "freezeRows"> {
  constructor(context: ContextCore, path: ObjectPath, private readonly locator: SheetLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return {};
  }
  freezeRows(count = 1): void {
    this.callMethod(
      "FreezeRows",
      [count],
      (sheet, tx) => {
        tx.guardSheet(sheet, "WorksheetFreezePanes.freezeRows");
        sheet.frozenRows = count;
      },
      "1.7",
    );
  }
}

/** The smallest area holding every cell with a value (valuesOnly) or with anything at all. */
function usedArea(sheet: SheetState, valuesOnly: boolean): Area | null {
  let area: { top: number; left: number; bottom: number; right: number } | null = null;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.type === "Empty") continue;
    const row = keyRow(key);
    const col = keyCol(key);
    if (!area) area = { top: row, left: col, bottom: row, right: col };
    else {
      area.top = Math.min(area.top, row);
      area.left = Math.min(area.left, col);
      area.bottom = Math.max(area.bottom, row);
      area.right = Math.max(area.right, col);
    }
  }
  return area;
}

export class FakeWorksheet
  extends FakeClientObject<SheetState>
  implements Pick<Excel.Worksheet, "name" | "visibility" | "id" | "position">, ApiShape<Excel.Worksheet, "getRange" | "getRanges" | "getUsedRangeOrNullObject" | "activate" | "delete">
{
  private protectionProxy?: FakeWorksheetProtection;
  private freezeProxy?: FakeFreezePanes;
  private breaksProxy?: FakePageBreakCollection;
  private layoutProxy?: FakePageLayout;
  private chartsProxy?: FakeChartCollection;
  private filterProxy?: FakeAutoFilter;

  constructor(context: ContextCore, path: ObjectPath, private readonly locator: SheetLocator, orNullObject = false) {
    super(context, path, orNullObject);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return {
      name: (s: SheetState) => s.name,
      id: (s: SheetState) => s.id,
      visibility: (s: SheetState) => s.visibility,
      position: (s: SheetState, tx: Transaction) => tx.state.sheets.indexOf(s),
    };
  }
  protected override navigations() {
    return { protection: this.protection, charts: this.charts };
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.setProperty("name", value, (sheet, tx) => {
      tx.guardStructure("Worksheet.name");
      tx.notUndoable("Worksheet.name");
      checkSheetName(value);
      const other = sheetByName(tx.state, value);
      if (other && other !== sheet) throw fakeError("InvalidArgument", `A sheet named '${value}' already exists.`);
      sheet.name = value;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.read("visibility");
  }
  set visibility(value: Excel.Worksheet["visibility"]) {
    const wanted = String(value) as Visibility;
    this.setProperty("visibility", wanted, (sheet, tx) => {
      tx.guardStructure("Worksheet.visibility");
      tx.notUndoable("Worksheet.visibility");
      if (wanted !== "Visible" && !tx.state.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
        throw fakeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = wanted;
    });
  }
  get protection(): FakeWorksheetProtection {
    return (this.protectionProxy ??= new FakeWorksheetProtection(this.context, this.path("Property", "protection", [], "1.2"), this.locator));
  }
  get freezePanes(): FakeFreezePanes {
    return (this.freezeProxy ??= new FakeFreezePanes(this.context, this.path("Property", "freezePanes", [], "1.7"), this.locator));
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    return (this.breaksProxy ??= new FakePageBreakCollection(this.context, this.path("Property", "horizontalPageBreaks", [], "1.9"), this.locator));
  }
  get charts(): FakeChartCollection {
    return (this.chartsProxy ??= new FakeChartCollection(this.context, this.path("Property", "charts"), this.locator));
  }
  get autoFilter(): FakeAutoFilter {
    return (this.filterProxy ??= new FakeAutoFilter(this.context, this.path("Property", "autoFilter", [], "1.9"), this.locator));
  }
  get pageLayout(): FakePageLayout {
    return (this.layoutProxy ??= new FakePageLayout(this.context, this.path("Property", "pageLayout", [], "1.9"), this.locator));
  }

  private cells(areas: (tx: Transaction) => Area[] | null): CellsLocator {
    return (tx) => {
      const sheet = this.locator(tx);
      const found = sheet ? areas(tx) : null;
      return sheet && found ? { sheet, areas: found } : null;
    };
  }

  getRange(address?: string): FakeRange {
    const path = this.path("Method", "GetRange", address === undefined ? [] : [address]);
    return new FakeRange(
      this.context,
      path,
      this.cells(() => {
        const areas = address === undefined ? [WHOLE_SHEET] : parseAreas(address);
        // A Range is one rectangle; several areas need getRanges (RangeAreas).
        if (areas.length > 1) throw fakeError("InvalidArgument", `getRange takes a single area, not "${address}".`);
        return areas;
      }),
      this,
    );
  }

  getRanges(address?: string): FakeRangeAreas {
    const path = this.path("Method", "GetRanges", address === undefined ? [] : [address], "1.9");
    return new FakeRangeAreas(
      this.context,
      path,
      this.cells(() => {
        if (address !== undefined && address.length > MAX_RANGES_ADDRESS) throw fakeError("InvalidArgument", "The address is too long.");
        return address === undefined ? [WHOLE_SHEET] : parseAreas(address);
      }),
      this,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const path = this.path("Method", "GetUsedRangeOrNullObject", [valuesOnly], "1.4");
    return new FakeRange(
      this.context,
      path,
      this.cells((tx) => {
        const area = usedArea(this.resolve(tx), valuesOnly);
        return area ? [area] : null;
      }),
      this,
      true,
    );
  }

  activate(): void {
    this.callMethod("Activate", [], (sheet, tx) => {
      if (sheet.visibility !== "Visible") throw fakeError("InvalidOperation", "Cannot activate a hidden worksheet.");
      tx.state.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.callMethod("Delete", [], (sheet, tx) => {
      tx.guardStructure("Worksheet.delete");
      tx.notUndoable("Worksheet.delete");
      // Office.js: "if the worksheet's visibility is set to VeryHidden, the delete operation will fail with an
      // InvalidOperation exception. You should first change its visibility to hidden or visible."
      if (sheet.visibility === "VeryHidden") throw fakeError("InvalidOperation", "A very hidden worksheet cannot be deleted; make it hidden or visible first.");
      const others = tx.state.sheets.filter((s) => s !== sheet);
      if (!others.some((s) => s.visibility === "Visible")) throw fakeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      tx.state.sheets = others;
      breakReferences(tx.state, sheet);
      if (tx.state.activeSheetId === sheet.id) tx.state.activeSheetId = others.find((s) => s.visibility === "Visible")?.id ?? null;
      if (tx.state.selection?.sheetId === sheet.id) tx.state.selection = null;
    });
  }
}
