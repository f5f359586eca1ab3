/**
 * The slice of WPS 表格's (ET's) JavaScript object model the adapter uses, typed from Kingsoft's published
 * declarations (npm et-jsapi-declare, a dev dependency: consumed, never copied). Only `lib.et.d.ts` is referenced:
 * the package's `index.d.ts` declares globals (`Application`, `confirm`) that would leak into every file.
 *
 * Members are picked from the declared interfaces; a member is redeclared here only where the declaration
 * returns a whole interface (the fake implements slices, not all of ET) or is wrong for what WPS returns: the
 * declarations say "类型可能有遗漏，或者不够准确", and `Value2` is typed `string | Array` although a number cell
 * returns a number. Redeclared members keep the declared name and calling shape.
 *
 * Everything here is synchronous: each property read or call is one round trip to WPS (about 0.2 ms).
 */
/// <reference types="et-jsapi-declare/lib.et" />

/** Some members of T, with some redeclared (nested objects narrowed to their slices). */
type Slice<T, K extends keyof T, Redeclared = object> = Pick<T, Exclude<K, keyof Redeclared>> & Redeclared;

export type EtFont = Pick<Et.Font, "Bold" | "Size" | "Color" | "Underline">;
export type EtInterior = Pick<Et.Interior, "Color" | "ColorIndex">;

/** A conditional format as `FormatConditions.Item` returns it (declared `any`). */
export type EtFormatCondition = Slice<Et.FormatCondition, "Formula1" | "Delete" | "SetFirstPriority", { readonly Interior: EtInterior }>;

export type EtFormatConditions = Slice<
  Et.FormatConditions,
  "Count",
  {
    Item(index: number): EtFormatCondition;
    Add(type: number, operator?: number, formula1?: string): EtFormatCondition;
  }
>;

export type EtRange = Slice<
  Et.Range,
  "Row" | "Column" | "Address" | "NumberFormat" | "MergeCells" | "Merge" | "Text" | "Select" | "ColumnWidth" | "RowHeight" | "WrapText" | "VerticalAlignment",
  {
    /** Declared `string | Array<any>`; a single cell gives its number, boolean or text, a block an array of rows. */
    Value2: unknown;
    /** Declared on Range as `any`; true hides the whole columns of an EntireColumn range. */
    Hidden: boolean;
    readonly Rows: Pick<Et.Range, "Count">;
    readonly Columns: Pick<Et.Range, "Count">;
    readonly MergeArea: EtRange;
    readonly EntireColumn: EtRange;
    readonly Font: EtFont;
    readonly Interior: EtInterior;
    readonly FormatConditions: EtFormatConditions;
    /** Declared with enum-typed parameters; ET takes the XlDVType / XlDVAlertStyle numbers (ET above). */
    readonly Validation: { Add(type: number, alertStyle?: number, operator?: number, formula1?: string): void };
  }
>;

export type EtHyperlinks = Slice<Et.Hyperlinks, never, { Add(anchor: EtRange, address: string, subAddress?: string, screenTip?: string, textToDisplay?: string): unknown }>;

export type EtPageSetup = Pick<
  Et.PageSetup,
  | "Orientation"
  | "PaperSize"
  | "Zoom"
  | "FitToPagesWide"
  | "FitToPagesTall"
  | "PrintTitleRows"
  | "PrintTitleColumns"
  | "LeftHeader"
  | "CenterHeader"
  | "RightHeader"
  | "CenterFooter"
  | "LeftMargin"
  | "RightMargin"
  | "TopMargin"
  | "BottomMargin"
  | "HeaderMargin"
  | "FooterMargin"
>;

/** Manual page breaks above a row: `Add(Before)` takes the range the break goes above (declared `any`). */
export type EtHPageBreaks = Slice<Et.HPageBreaks, "Count", { Add(before: EtRange): unknown }>;

export type EtWorksheet = Slice<
  Et.Worksheet,
  "Name" | "Visible" | "ProtectContents" | "Activate" | "Delete",
  {
    Range(address: string): EtRange;
    readonly Cells: EtRange;
    readonly UsedRange: EtRange;
    readonly Hyperlinks: EtHyperlinks;
    readonly PageSetup: EtPageSetup;
    readonly HPageBreaks: EtHPageBreaks;
  }
>;

export type EtSheets = Slice<
  Et.Sheets,
  "Count",
  {
    /** 1-based index or name. Declared `Worksheet | Sheets`: with one index or name it is one sheet. */
    Item(index: number | string): EtWorksheet;
    /** Declared `Add(Before?, After?, Count?, Type?)`; the adapter always adds after a given sheet. */
    Add(before: undefined, after: EtWorksheet): EtWorksheet;
  }
>;

export type EtWorkbook = Slice<Et.Workbook, "ProtectStructure", { readonly Worksheets: EtSheets }>;

/**
 * Application-level events (WPS.EtApiEvent in the package's addon.et.d.ts, which needs index.d.ts and so is not
 * referenced). Two are used, both with the sheet and the range: SheetSelectionChange (the user's clicks) and
 * SheetChange (a cell's value changed, by the user or by code, VBA's Workbook_SheetChange).
 */
export type EtSheetEvent = "SheetSelectionChange" | "SheetChange";

export interface EtApiEvent {
  AddApiEventListener(eventName: EtSheetEvent, callback: (sheet: EtWorksheet, target: EtRange) => void): void;
  RemoveApiEventListener(eventName: EtSheetEvent, callback?: (sheet: EtWorksheet, target: EtRange) => void): void;
}

export type EtApplication = Slice<
  Et.Application,
  "ScreenUpdating" | "DisplayAlerts",
  {
    /** Only COUNTA, to skip empty stretches of a used range that formatting stretched to the last row. */
    readonly WorksheetFunction: Pick<Et.WorksheetFunction, "CountA">;
    /** null when no workbook is open. */
    readonly ActiveWorkbook: EtWorkbook | null;
    /** Declared `TypedIDispatch<Worksheet>`; null without an open workbook. */
    readonly ActiveSheet: EtWorksheet | null;
    /** Absent on builds without add-in events (UNCONFIRMED which). */
    readonly ApiEvent?: EtApiEvent;
  }
>;

/** ET constants as numbers: whether WPS defines the `Et` enums at run time is unconfirmed, so none is referenced. */
export const ET = {
  xlExpression: 2,
  xlSheetVisible: -1,
  xlSheetHidden: 0,
  xlSheetVeryHidden: 2,
  xlColorIndexNone: -4142,
  xlCenter: -4108,
  xlUnderlineStyleSingle: 2,
  xlTop: -4160,
  xlPortrait: 1,
  xlLandscape: 2,
  xlPaperA4: 9,
  xlValidateList: 3,
  xlValidAlertStop: 1,
  xlBetween: 1,
} as const;

/** WPS colours are VBA BGR integers: red + green·256 + blue·65536. */
export function bgr(rgbHex: string): number {
  const rgb = parseInt(rgbHex.replace(/^#/, ""), 16);
  return ((rgb >> 16) & 0xff) + (rgb & 0xff00) + (rgb & 0xff) * 0x10000;
}

/** The RGB hex ("FFC7CE") of a BGR integer. */
export function rgbHex(colour: number): string {
  const red = colour & 0xff;
  const green = (colour >> 8) & 0xff;
  const blue = (colour >> 16) & 0xff;
  return [red, green, blue].map((v) => v.toString(16).padStart(2, "0")).join("").toUpperCase();
}
