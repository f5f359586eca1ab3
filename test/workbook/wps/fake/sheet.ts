/** The fake ET worksheet and conditional format (see range.ts for the rules the fake keeps). */
import type { EtFormatCondition, EtHPageBreaks, EtHyperlinks, EtInterior, EtPageSetup, EtWorksheet } from "../../../../src/workbook/wps/etApi";
import { emptyCell, key, parseAddress, WHOLE_SHEET, type Area, type FakeCell } from "./cells";
import type { FakeEt } from "./app";
import { FakeRange } from "./range";

export interface FakeLink {
  readonly address: string;
  readonly subAddress: string;
  readonly text: string;
}

export class FakeCondition implements EtFormatCondition {
  colour: number | null = null;

  constructor(
    private readonly sheet: FakeSheet,
    readonly Type: number,
    readonly Formula1: string,
    readonly ranges: Area[],
  ) {}

  get Interior(): EtInterior {
    return Object.defineProperties({} as EtInterior, {
      Color: {
        get: () => this.colour,
        set: (colour: unknown) => {
          if (typeof colour !== "number" || !Number.isInteger(colour) || colour < 0 || colour > 0xffffff) throw new Error(`Color: 需要 BGR 整数，得到 ${String(colour)}`);
          this.colour = colour;
        },
      },
      ColorIndex: { get: () => 1 },
    });
  }

  Delete(): void {
    this.sheet.app.tick();
    this.sheet.assertEditable();
    const at = this.sheet.conditions.indexOf(this);
    if (at < 0) throw new Error("FormatCondition.Delete: 已删除");
    this.sheet.conditions.splice(at, 1);
  }

  SetFirstPriority(): void {
    this.sheet.app.tick();
    const list = this.sheet.conditions;
    list.splice(list.indexOf(this), 1);
    list.unshift(this);
  }
}

type PageValue = string | number | boolean;

/**
 * What each page-setup property takes, as VBA documents it: Zoom false or 10–400 percent; FitToPagesWide/Tall false
 * or a number of pages; orientation xlPortrait 1 / xlLandscape 2; margins in points; print titles as absolute whole
 * rows ("$1:$3") or columns ("$A:$B"), or "" for none; header and footer sections at most 255 characters.
 */
const PAGE_RULES: Record<keyof EtPageSetup, (v: PageValue) => boolean> = {
  Orientation: (v) => v === 1 || v === 2,
  PaperSize: (v) => Number.isInteger(v),
  Zoom: (v) => v === false || (Number.isInteger(v) && (v as number) >= 10 && (v as number) <= 400),
  FitToPagesWide: (v) => v === false || (Number.isInteger(v) && (v as number) >= 1),
  FitToPagesTall: (v) => v === false || (Number.isInteger(v) && (v as number) >= 1),
  PrintTitleRows: (v) => typeof v === "string" && /^(\$\d+:\$\d+)?$/.test(v),
  PrintTitleColumns: (v) => typeof v === "string" && /^(\$[A-Z]{1,3}:\$[A-Z]{1,3})?$/.test(v),
  LeftHeader: (v) => typeof v === "string" && v.length <= 255,
  CenterHeader: (v) => typeof v === "string" && v.length <= 255,
  RightHeader: (v) => typeof v === "string" && v.length <= 255,
  CenterFooter: (v) => typeof v === "string" && v.length <= 255,
  LeftMargin: (v) => typeof v === "number" && v >= 0,
  RightMargin: (v) => typeof v === "number" && v >= 0,
  TopMargin: (v) => typeof v === "number" && v >= 0,
  BottomMargin: (v) => typeof v === "number" && v >= 0,
  HeaderMargin: (v) => typeof v === "number" && v >= 0,
  FooterMargin: (v) => typeof v === "number" && v >= 0,
};

/** A sheet's PageSetup: every property set is counted, checked against PAGE_RULES and recorded in `page`. */
function pageSetupOf(sheet: FakeSheet): EtPageSetup {
  const setup = {} as EtPageSetup;
  for (const name of Object.keys(PAGE_RULES) as (keyof EtPageSetup)[]) {
    Object.defineProperty(setup, name, {
      enumerable: true,
      get: () => {
        sheet.app.tick();
        return sheet.page[name];
      },
      set: (value: PageValue) => {
        sheet.app.tick();
        sheet.assertEditable();
        if (!PAGE_RULES[name](value)) throw new Error(`PageSetup.${name}: 无效的值 ${JSON.stringify(value)}`);
        (sheet.page as Record<string, PageValue>)[name] = value;
      },
    });
  }
  return setup;
}

/** Characters a sheet name may not hold, and its maximum length (as in Excel and WPS). */
const BAD_NAME = /[[\]:*?/\\]/;

export class FakeSheet implements EtWorksheet {
  readonly cells = new Map<string, FakeCell>();
  merges: Area[] = [];
  readonly conditions: FakeCondition[] = [];
  readonly links = new Map<string, FakeLink>();
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly page: Partial<EtPageSetup> = {};
  /** Heights in points by 0-based row, for rows given one. */
  readonly rowHeights = new Map<number, number>();
  /** 1-based rows a manual page break goes above. */
  readonly pageBreaks: number[] = [];
  visible = -1;
  protectContents = false;

  constructor(
    readonly app: FakeEt,
    public name: string,
  ) {}

  /** Every write passes here: refused on a protected sheet, and counted when the screen is updating. */
  assertEditable(): void {
    if (this.app.ScreenUpdating) this.app.writesWhileUpdating++;
    if (this.protectContents) throw new Error(`工作表「${this.name}」受保护`);
  }

  cellAt(row: number, col: number): FakeCell {
    const k = key(row, col);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = emptyCell();
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** The last row holding anything (whole-column ranges stop there). */
  lastRow(): number {
    let last = 0;
    for (const k of this.cells.keys()) last = Math.max(last, Number(k.split(":")[0]));
    return last;
  }

  get Name(): string {
    this.app.tick();
    return this.name;
  }

  set Name(name: string) {
    this.app.tick();
    if (name === "" || name.length > 31 || BAD_NAME.test(name)) throw new Error(`工作表名称「${name}」无效`);
    if (this.app.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase())) throw new Error(`工作表名称「${name}」已被占用`);
    this.name = name;
  }

  get Visible(): number {
    this.app.tick();
    return this.visible;
  }

  set Visible(visible: number) {
    this.app.tick();
    if (visible !== -1 && this.app.sheets.filter((s) => s.visible === -1 && s !== this).length === 0) throw new Error("不能隐藏唯一可见的工作表");
    if (visible !== -1 && this.app.activeSheet === this) this.app.activeSheet = this.app.sheets.find((s) => s.visible === -1 && s !== this) ?? null;
    this.visible = visible;
  }

  get ProtectContents(): boolean {
    this.app.tick();
    return this.protectContents;
  }

  Activate(): void {
    this.app.tick();
    if (this.visible !== -1) throw new Error(`Activate: 工作表「${this.name}」已隐藏`);
    this.app.activeSheet = this;
  }

  Delete(): void {
    this.app.tick();
    // A real delete asks the user to confirm; the fake cannot click, so it refuses.
    if (this.app.DisplayAlerts) throw new Error("Delete: 等待用户确认（DisplayAlerts 为 true）");
    if (this.app.structureProtected) throw new Error("工作簿结构受保护");
    const rest = this.app.sheets.filter((s) => s !== this);
    if (!rest.some((s) => s.visible === -1)) throw new Error("不能删除唯一可见的工作表");
    this.app.sheets.splice(this.app.sheets.indexOf(this), 1);
    if (this.app.activeSheet === this) this.app.activeSheet = rest.find((s) => s.visible === -1) ?? null;
  }

  Range(address: string): FakeRange {
    this.app.tick();
    return new FakeRange(this, parseAddress(address));
  }

  get Cells(): FakeRange {
    this.app.tick();
    return new FakeRange(this, [WHOLE_SHEET]);
  }

  /** Every cell holding a value or a format, as in VBA; A1 on an empty sheet. */
  get UsedRange(): FakeRange {
    this.app.tick();
    if (this.cells.size === 0) return new FakeRange(this, [{ top: 0, left: 0, bottom: 0, right: 0 }]);
    const bounds = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(":").map(Number);
      bounds.top = Math.min(bounds.top, r);
      bounds.left = Math.min(bounds.left, c);
      bounds.bottom = Math.max(bounds.bottom, r);
      bounds.right = Math.max(bounds.right, c);
    }
    return new FakeRange(this, [bounds]);
  }

  get Hyperlinks(): EtHyperlinks {
    this.app.tick();
    return {
      Add: (anchor: unknown, address: string, subAddress = "", _tip?: string, textToDisplay?: string) => {
        this.app.tick();
        this.assertEditable();
        const range = anchor as FakeRange;
        if (range.areas.length !== 1) throw new Error("Hyperlinks.Add: 锚点须为单个区域");
        const cell = range.Address(false, false).split(":")[0];
        this.links.set(cell, { address, subAddress, text: textToDisplay ?? "" });
        if (textToDisplay !== undefined) {
          const { top, left } = range.areas[0];
          this.cellAt(top, left).value = textToDisplay;
        }
        return {};
      },
    };
  }

  get PageSetup(): EtPageSetup {
    this.app.tick();
    return pageSetupOf(this);
  }

  get HPageBreaks(): EtHPageBreaks {
    this.app.tick();
    return {
      Count: this.pageBreaks.length,
      Add: (before: unknown) => {
        this.app.tick();
        this.assertEditable();
        const range = before as FakeRange;
        if (!(range instanceof FakeRange) || range.areas.length !== 1) throw new Error("HPageBreaks.Add: 需要一个单区域的 Range");
        const row = range.areas[0].top + 1;
        if (row < 2) throw new Error("HPageBreaks.Add: 第 1 行上方不能分页");
        if (!this.pageBreaks.includes(row)) this.pageBreaks.push(row);
        return {};
      },
    };
  }
}
