/**
 * The fake workbook's state as plain data (structured-cloneable, so a batch can run on a copy and be dropped
 * whole when it fails). Cells absent from a sheet's map are blank with default formatting.
 */
import { isCellError, type CellValue, type WorkbookGrid } from "../../../../src/domain/grid";
import { MARKER_SHEET } from "../../../../src/workbook/port";
import { OWNED_SHEETS_SETTING } from "../../../../src/workbook/office/owner";
import { MAX_COLUMNS, type Area } from "./a1";
import { fakeError } from "./errors";

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface FontState {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
  name: string;
  underline: string;
}

export interface HyperlinkState {
  documentReference?: string;
  address?: string;
  textToDisplay?: string;
}

export interface CellState {
  /** For errors, the error text ("#DIV/0!"), as Range.values returns it. */
  value: string | number | boolean | null;
  type: ValueType;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  font: FontState;
  /** Opaque: the fake never changes borders; tests set one to see that nothing else does either. */
  border: string | null;
  wrapText: boolean;
  verticalAlignment: string;
  hyperlink: HyperlinkState | null;
  /** Range.dataValidation's list rule on this cell (ExcelApi 1.8); absent without one. */
  validation?: ValidationState;
}

/** A list data validation: the values a cell's drop-down offers. */
export interface ValidationState {
  list: string[];
  inCellDropDown: boolean;
}

/** A data bar's lower or upper bound as Office.js reports it: a type, and a formula for Number, Percent … */
export interface DataBarRuleState {
  type: string;
  formula?: string;
}

export interface DataBarState {
  lowerBoundRule: DataBarRuleState;
  upperBoundRule: DataBarRuleState;
  barDirection: string;
  fillColor: string;
  gradientFill: boolean;
}

export interface ConditionalFormatState {
  id: string;
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  ranges: Area[];
  /** Only on formats of type DataBar. */
  dataBar?: DataBarState;
}

export interface ChartSeriesState {
  name: string;
  /** null: drawn as the chart's own type. */
  chartType: string | null;
  /** The series' values on the chart's source sheet (header excluded). */
  values: Area;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  /** The source range given to charts.add, and on which sheet. */
  source: { sheetId: string; area: Area };
  seriesBy: string;
  title: string | null;
  /** The cells the chart covers after setPosition (0-based), or null while it floats where Excel put it. */
  position: Area | null;
  series: ChartSeriesState[];
}

export interface SheetState {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  cells: Map<number, CellState>;
  merges: Area[];
  /** In priority order: index 0 is evaluated first. */
  formats: ConditionalFormatState[];
  charts: ChartState[];
  frozenRows: number;
  columnWidths: Map<number, number>;
  /** Row heights in points by 0-based row, where set. */
  rowHeights: Map<number, number>;
  hiddenColumns: number[];
  /** 0-based rows a manual page break sits above. */
  pageBreaks: number[];
  pageLayout: Record<string, unknown>;
  /** Worksheet.autoFilter's range (ExcelApi 1.9), or null without filter buttons. */
  autoFilter: Area | null;
}

export interface WorkbookState {
  sheets: SheetState[];
  structureProtected: boolean;
  /** Workbook.settings: per file and add-in, each value kept as the JSON Office.js stores. */
  settings: Record<string, string>;
  activeSheetId: string | null;
  selection: { sheetId: string; areas: Area[] } | null;
  nextId: number;
}

export const cellKey = (row: number, col: number): number => row * MAX_COLUMNS + col;
export const keyRow = (key: number): number => Math.floor(key / MAX_COLUMNS);
export const keyCol = (key: number): number => key % MAX_COLUMNS;

export function blankCell(): CellState {
  return {
    value: null,
    type: "Empty",
    formula: null,
    numberFormat: "General",
    fill: null,
    font: { bold: false, italic: false, color: "#000000", size: 11, name: "Calibri", underline: "None" },
    border: null,
    wrapText: false,
    verticalAlignment: "Bottom",
    hyperlink: null,
  };
}

export function isBlank(cell: CellState): boolean {
  return JSON.stringify(cell) === JSON.stringify(blankCell());
}

/** The cell for writing: created blank on first touch. */
export function cellFor(sheet: SheetState, row: number, col: number): CellState {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) sheet.cells.set(key, (cell = blankCell()));
  return cell;
}

export function newSheet(state: WorkbookState, name: string, visibility: Visibility = "Visible"): SheetState {
  const sheet: SheetState = {
    id: `{sheet-${state.nextId++}}`,
    name,
    visibility,
    protected: false,
    cells: new Map(),
    merges: [],
    formats: [],
    charts: [],
    frozenRows: 0,
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenColumns: [],
    pageBreaks: [],
    pageLayout: {},
    autoFilter: null,
  };
  state.sheets.push(sheet);
  return sheet;
}

const DAY_MS = 86_400_000;

function toSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / DAY_MS;
}

/** Puts a grid value into a cell as a user would have typed it: errors as formulas that fail, dates as serials. */
function seed(cell: CellState, value: CellValue): void {
  if (value === null) return;
  if (value instanceof Date) {
    Object.assign(cell, { value: toSerial(value), type: "Double", numberFormat: "yyyy-mm-dd" });
  } else if (isCellError(value)) {
    Object.assign(cell, { value: value.error, type: "Error", formula: "=1/0" });
  } else if (typeof value === "number") Object.assign(cell, { value, type: "Double" });
  else if (typeof value === "boolean") Object.assign(cell, { value, type: "Boolean" });
  else Object.assign(cell, { value, type: "String" });
}

export function stateFromGrid(grid: WorkbookGrid): WorkbookState {
  const state: WorkbookState = { sheets: [], structureProtected: false, settings: {}, activeSheetId: null, selection: null, nextId: 1 };
  for (const sheet of grid.sheets) {
    const visibility: Visibility = sheet.visibility === "veryHidden" ? "VeryHidden" : sheet.visibility === "hidden" ? "Hidden" : "Visible";
    const s = newSheet(state, sheet.name, visibility);
    sheet.rows.forEach((row, r) => row.forEach((value, c) => value !== null && seed(cellFor(s, r, c), value)));
    s.merges = sheet.merges.map((m) => ({ ...m }));
  }
  if (grid.ownedSheets.length > 0) state.settings[OWNED_SHEETS_SETTING] = JSON.stringify(grid.ownedSheets);
  const first = state.sheets.find((s) => s.visibility === "Visible");
  state.activeSheetId = first?.id ?? null;
  if (first) state.selection = { sheetId: first.id, areas: [{ top: 0, left: 0, bottom: 0, right: 0 }] };
  return state;
}

export function sheetById(state: WorkbookState, id: string): SheetState | undefined {
  return state.sheets.find((s) => s.id === id);
}

/** Excel sheet names are case-insensitive. */
export function sheetByName(state: WorkbookState, name: string): SheetState | undefined {
  const wanted = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === wanted);
}

/** The VeryHidden `_junheng` sheet earlier versions of the add-in left in a workbook, listing the sheets they made. */
export function addLegacyMarker(state: WorkbookState, owned: readonly string[]): void {
  const marker = newSheet(state, MARKER_SHEET, "VeryHidden");
  owned.forEach((name, r) => seed(cellFor(marker, r, 0), name));
}

/** Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw fakeError("InvalidArgument", `The sheet name '${name}' is not valid.`);
  }
}
