/**
 * A recording fake of WPS 表格's Application for the WPS adapter's tests (and, bundled, for the WPS page in
 * Chromium). Typed from slices of Kingsoft's declarations (src/workbook/wps/etApi.ts); collections are 1-based
 * (`Item(0)` throws), `Count` is a property, adding a sheet to a structure-protected workbook throws, and so does a
 * sheet delete while DisplayAlerts would ask the user to confirm. Every property access or call is counted in
 * `calls`, the figure WPS's performance note prices at about 0.2 ms each.
 */
import type { CellValue, WorkbookGrid } from "../../../../src/domain/grid";
import { rgbHex, type EtApiEvent, type EtApplication, type EtRange, type EtSheets, type EtWorkbook, type EtWorksheet } from "../../../../src/workbook/wps/etApi";
import { MARKER_SHEET } from "../../../../src/workbook/port";
import { covers, emptyCell, key, type FakeCell } from "./cells";
import type { FakeRange } from "./range";
import { FakeSheet, type FakeLink } from "./sheet";

type SheetListener = (sheet: EtWorksheet, target: EtRange) => void;

const DAY_MS = 86_400_000;

function toSerial(date: Date): number {
  return date.getTime() / DAY_MS + 25_569;
}

function fakeCell(value: CellValue): FakeCell {
  const cell = emptyCell();
  if (value instanceof Date) {
    cell.value = toSerial(value);
    cell.numberFormat = "yyyy-mm-dd";
  } else cell.value = value;
  return cell;
}

function isDefault(cell: FakeCell): boolean {
  return JSON.stringify(cell) === JSON.stringify(emptyCell());
}

export class FakeEt {
  readonly sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  structureProtected = false;
  /** Makes FormatConditions.Add throw, as a WPS build without conditional formats from add-ins might. */
  refuseConditionalFormats = false;
  /** Whether a workbook is open. */
  open = true;
  calls = 0;
  DisplayAlerts = true;
  ScreenUpdating = true;
  /** Writes made while the screen was updating (the adapter turns it off: should stay 0). */
  writesWhileUpdating = 0;
  /** SheetSelectionChange listeners. */
  readonly listeners = new Set<SheetListener>();
  /** SheetChange listeners: called as any cell's value changes, whoever changed it (VBA's Workbook_SheetChange). */
  readonly changeListeners = new Set<SheetListener>();

  constructor(grid: WorkbookGrid) {
    for (const s of grid.sheets) {
      const sheet = new FakeSheet(this, s.name);
      s.rows.forEach((row, r) => row.forEach((value, c) => value !== null && sheet.cells.set(key(r, c), fakeCell(value))));
      sheet.merges = s.merges.map((m) => ({ ...m }));
      sheet.visible = s.visibility === "visible" ? -1 : s.visibility === "hidden" ? 0 : 2;
      this.sheets.push(sheet);
    }
    if (grid.ownedSheets.length > 0) {
      const marker = new FakeSheet(this, MARKER_SHEET);
      grid.ownedSheets.forEach((name, r) => marker.cells.set(key(r, 0), { ...emptyCell(), value: name, numberFormat: "@" }));
      marker.visible = 2;
      this.sheets.push(marker);
    }
    this.activeSheet = this.sheets.find((s) => s.visible === -1) ?? null;
  }

  tick(): void {
    this.calls++;
  }

  private get sheetsApi(): EtSheets {
    const api = {
      Item: (index: number | string): EtWorksheet => {
        this.tick();
        const sheet =
          typeof index === "number" ? this.sheets[index - 1] : this.sheets.find((s) => s.name.toLowerCase() === String(index).toLowerCase());
        if (!sheet || (typeof index === "number" && (!Number.isInteger(index) || index < 1))) {
          throw new Error(`Sheets.Item(${JSON.stringify(index)}): 下标越界（从 1 开始，共 ${this.sheets.length} 个）`);
        }
        return sheet;
      },
      Add: (_before: undefined, after: EtWorksheet): EtWorksheet => {
        this.tick();
        if (this.structureProtected) throw new Error("Sheets.Add: 工作簿结构受保护");
        let n = this.sheets.length + 1;
        while (this.sheets.some((s) => s.name === `Sheet${n}`)) n++;
        const sheet = new FakeSheet(this, `Sheet${n}`);
        this.sheets.splice(this.sheets.indexOf(after as FakeSheet) + 1, 0, sheet);
        // As in VBA, the new sheet becomes the active one.
        this.activeSheet = sheet;
        return sheet;
      },
    };
    return Object.defineProperty(api, "Count", { get: () => (this.tick(), this.sheets.length) }) as EtSheets;
  }

  private get workbook(): EtWorkbook {
    return Object.defineProperties({} as EtWorkbook, {
      ProtectStructure: { get: () => (this.tick(), this.structureProtected) },
      Worksheets: { get: () => (this.tick(), this.sheetsApi) },
    });
  }

  private get events(): EtApiEvent {
    return {
      AddApiEventListener: (name: string, callback: SheetListener) => {
        this.listenersOf(name).add(callback);
      },
      RemoveApiEventListener: (name: string, callback?: SheetListener) => {
        if (callback) this.listenersOf(name).delete(callback);
        else this.listenersOf(name).clear();
      },
    };
  }

  /** What `window.Application` is in WPS. */
  get application(): EtApplication {
    const countA = (range: EtRange) => {
      this.tick();
      return (range as FakeRange).stored().cells.filter((c) => c.value !== null).length;
    };
    return Object.defineProperties({} as EtApplication, {
      ActiveWorkbook: { get: () => (this.tick(), this.open ? this.workbook : null) },
      ActiveSheet: { get: () => (this.tick(), this.open ? this.activeSheet : null) },
      ApiEvent: { get: () => this.events },
      WorksheetFunction: { get: () => ({ CountA: countA }) },
      ScreenUpdating: { get: () => this.ScreenUpdating, set: (on: boolean) => (this.ScreenUpdating = on) },
      DisplayAlerts: { get: () => this.DisplayAlerts, set: (on: boolean) => (this.DisplayAlerts = on) },
    });
  }

  // ——— for tests: looking at the workbook, and acting as the user ———

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The fill a cell shows, as RGB hex: the first conditional format over it, else its own fill; null for none. */
  fillOf(sheetName: string, address: string): string | null {
    const sheet = this.sheet(sheetName);
    const at = (sheet.Range(address) as FakeRange).areas[0];
    const condition = sheet.conditions.find((f) => f.colour !== null && f.ranges.some((r) => covers(r, at.top, at.left)));
    return condition ? rgbHex(condition.colour!) : this.ownFillOf(sheetName, address);
  }

  /** The cell's own fill (what conditional formats paint over), as RGB hex; null for none. */
  ownFillOf(sheetName: string, address: string): string | null {
    const sheet = this.sheet(sheetName);
    const at = (sheet.Range(address) as FakeRange).areas[0];
    const fill = sheet.cells.get(key(at.top, at.left))?.fill ?? null;
    return fill === null ? null : rgbHex(fill);
  }

  /** A link as exceljs writes it: "#'Sheet'!A1" for an in-workbook link. */
  linkOf(sheetName: string, address: string): string | null {
    const link: FakeLink | undefined = this.sheet(sheetName).links.get(address);
    if (!link) return null;
    return link.address === "" ? `#${link.subAddress}` : link.address;
  }

  /** Junheng's conditional formats on a sheet (the marker is in the rule's formula). */
  junhengConditions(sheetName: string) {
    return this.sheet(sheetName).conditions.filter((f) => f.Formula1.includes('"junheng:'));
  }

  /** Everything a user could see of a sheet, for before/after comparisons. */
  snapshot(sheetName: string): unknown {
    const sheet = this.sheet(sheetName);
    return JSON.parse(
      JSON.stringify({
        name: sheet.name,
        visible: sheet.visible,
        // A cell back to no value and no format is no different from one never touched.
        cells: [...sheet.cells.entries()].filter(([, cell]) => !isDefault(cell)).sort(([a], [b]) => a.localeCompare(b)),
        merges: sheet.merges,
        conditions: sheet.conditions.map((f) => ({ type: f.Type, formula: f.Formula1, ranges: f.ranges, colour: f.colour })),
        links: [...sheet.links.entries()],
        widths: [...sheet.columnWidths.entries()],
        hidden: [...sheet.hiddenColumns],
      }),
    );
  }

  private listenersOf(name: string): Set<SheetListener> {
    if (name === "SheetSelectionChange") return this.listeners;
    if (name === "SheetChange") return this.changeListeners;
    throw new Error(`AddApiEventListener: 此假对象不模拟事件「${name}」`);
  }

  /**
   * A cell's value changed (FakeRange's Value2 and Formula setters call this): SheetChange fires with the sheet
   * and the range, at once, for the add-in's own writes as for the user's — as VBA's Change does; WPS's event
   * gives no way to tell them apart.
   */
  changed(sheet: FakeSheet, target: FakeRange): void {
    for (const listener of [...this.changeListeners]) listener(sheet, target);
  }

  /** The user types a value into a cell: it is entered as typed input, and SheetChange fires. */
  userTypes(sheetName: string, address: string, value: string | number): void {
    this.sheet(sheetName).Range(address).Value2 = value;
  }

  /** The user clicks a cell: WPS activates its sheet and fires SheetSelectionChange. */
  userSelects(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    this.activeSheet = sheet;
    const target = sheet.Range(address);
    for (const listener of this.listeners) listener(sheet, target);
  }
}
