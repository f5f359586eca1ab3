/**
 * The fake ET Range. It keeps the rules the documentation and VBA give and the adapter must meet: `Address` is a
 * method; Value2 is a scalar for one cell and an array of rows for a block, dates as serial numbers and (as
 * assumed, UNCONFIRMED) errors as XlCVError codes; a block's NumberFormat is null and its MergeCells null when its
 * cells differ; colours are BGR integers; a write to a protected sheet throws; Select needs the sheet active; a
 * Value2 write must have the range's shape (VBA would pad with #N/A — the fake refuses, to catch it). A string
 * written into a cell not formatted as text "@" is parsed as typed input: "=…" becomes a formula, "001" a number,
 * "2016-08-10" a date — which is why the adapter sets "@" before writing text.
 */
import type { EtFont, EtFormatConditions, EtInterior, EtRange } from "../../../../src/workbook/wps/etApi";
import { cellCount, covers, emptyCell, MAX_ROWS, errorCode, formatArea, intersects, key, type Area, type FakeCell, type FakeFont } from "./cells";
import { FakeCondition, type FakeSheet } from "./sheet";

const NO_FILL_INDEX = -4142;
const WHITE = 0xffffff;

function dateSerial(text: string): number {
  const [y, m, d] = text.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/** What ET stores when `input` is written into `cell`. */
export function typedInput(cell: FakeCell, input: unknown): void {
  delete cell.formula;
  if (input === null || input === undefined || input === "") cell.value = null;
  else if (typeof input === "number" || typeof input === "boolean") cell.value = input;
  else if (typeof input !== "string") throw new Error(`Value2: 不支持的值 ${String(input)}`);
  else if (cell.numberFormat === "@") cell.value = input;
  else if (input.startsWith("=")) {
    cell.formula = input;
    cell.value = { error: "#NAME?" };
  } else if (/^[+-]?\d+(\.\d+)?$/.test(input)) cell.value = Number(input);
  else if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(input)) {
    cell.value = dateSerial(input);
    cell.numberFormat = "yyyy-m-d";
  } else cell.value = input;
}

function value2Of(cell: FakeCell | undefined): unknown {
  const value = cell?.value ?? null;
  if (value === null) return undefined;
  return typeof value === "object" ? errorCode(value.error) : value;
}

function textOf(cell: FakeCell | undefined): string {
  const value = cell?.value ?? null;
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function checkColour(colour: unknown): number {
  if (typeof colour !== "number" || !Number.isInteger(colour) || colour < 0 || colour > WHITE) throw new Error(`Color: 需要 0–16777215 的 BGR 整数，得到 ${String(colour)}`);
  return colour;
}

/** The same answer from every cell, or null. */
function uniform<T>(answers: readonly T[]): T | null {
  return answers.every((a) => a === answers[0]) ? answers[0] : null;
}

export class FakeRange implements EtRange {
  constructor(
    private readonly sheet: FakeSheet,
    readonly areas: readonly Area[],
  ) {}

  private get first(): Area {
    return this.areas[0];
  }

  /** Every cell position of every area; whole columns stop at the last row the sheet holds. */
  private positions(): [number, number][] {
    const out: [number, number][] = [];
    for (const area of this.areas) {
      const bottom = area.bottom === MAX_ROWS - 1 ? Math.min(area.bottom, this.sheet.lastRow()) : area.bottom;
      for (let r = area.top; r <= bottom; r++) for (let c = area.left; c <= area.right; c++) out.push([r, c]);
    }
    return out;
  }

  /** The cells the sheet stores inside the areas, and whether they are all of the areas' cells (the rest are empty). */
  stored(): { cells: FakeCell[]; full: boolean } {
    const cells: FakeCell[] = [];
    let size = 0;
    for (const area of this.areas) {
      const areaSize = cellCount(area);
      size += areaSize;
      // Whichever is smaller: the area's positions, or the cells the sheet stores.
      if (areaSize <= this.sheet.cells.size) {
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const cell = this.sheet.cells.get(key(r, c));
            if (cell) cells.push(cell);
          }
        }
        continue;
      }
      for (const [k, cell] of this.sheet.cells) {
        const [r, c] = k.split(":").map(Number);
        if (covers(area, r, c)) cells.push(cell);
      }
    }
    return { cells, full: cells.length === size };
  }

  private topLeft(): FakeCell {
    return this.sheet.cells.get(key(this.first.top, this.first.left)) ?? emptyCell();
  }

  private touch(): void {
    this.sheet.app.tick();
  }

  /** The cells a write changes (created as needed); throws on a protected sheet. */
  private editable(): FakeCell[] {
    this.sheet.assertEditable();
    return this.positions().map(([r, c]) => this.sheet.cellAt(r, c));
  }

  get Row(): number {
    this.touch();
    return this.first.top + 1;
  }

  get Column(): number {
    this.touch();
    return this.first.left + 1;
  }

  get Rows() {
    this.touch();
    return { Count: this.first.bottom - this.first.top + 1 };
  }

  get Columns() {
    this.touch();
    return { Count: this.first.right - this.first.left + 1 };
  }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    this.touch();
    return this.areas.map((a) => formatArea(a, rowAbsolute && columnAbsolute)).join(",");
  }

  get Value2(): unknown {
    this.touch();
    const { top, left, bottom, right } = this.first;
    if (top === bottom && left === right) return value2Of(this.sheet.cells.get(key(top, left)));
    const rows: unknown[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: unknown[] = [];
      for (let c = left; c <= right; c++) row.push(value2Of(this.sheet.cells.get(key(r, c))));
      rows.push(row);
    }
    return rows;
  }

  set Value2(input: unknown) {
    this.touch();
    this.sheet.assertEditable();
    if (this.areas.length !== 1) throw new Error("Value2: 不能写入多区域");
    const { top, left, bottom, right } = this.first;
    const height = bottom - top + 1;
    const width = right - left + 1;
    if (!Array.isArray(input)) {
      for (const [r, c] of this.positions()) typedInput(this.sheet.cellAt(r, c), input);
      this.sheet.app.changed(this.sheet, this);
      return;
    }
    if (input.length !== height || !input.every((row) => Array.isArray(row) && row.length === width)) {
      throw new Error(`Value2: 数组为 ${input.length} 行，区域为 ${height}×${width}`);
    }
    input.forEach((row: unknown[], r) => row.forEach((v, c) => typedInput(this.sheet.cellAt(top + r, left + c), v)));
    this.sheet.app.changed(this.sheet, this);
  }

  get Text(): string | null {
    this.touch();
    const { cells, full } = this.stored();
    return uniform([...cells.map(textOf), ...(full ? [] : [""])]);
  }

  get NumberFormat(): string {
    this.touch();
    const { cells, full } = this.stored();
    // Declared string; null when the cells differ, as in VBA.
    return uniform([...cells.map((c) => c.numberFormat), ...(full ? [] : ["General"])]) as string;
  }

  set NumberFormat(format: string) {
    this.touch();
    if (typeof format !== "string") throw new Error("NumberFormat: 一个区域只能设一个格式（字符串）");
    for (const cell of this.editable()) cell.numberFormat = format;
  }

  get MergeCells(): boolean {
    this.touch();
    let size = 0;
    let merged = 0;
    for (const a of this.areas) {
      size += cellCount(a);
      for (const m of this.sheet.merges) {
        if (!intersects(a, m)) continue;
        merged += (Math.min(a.bottom, m.bottom) - Math.max(a.top, m.top) + 1) * (Math.min(a.right, m.right) - Math.max(a.left, m.left) + 1);
      }
    }
    // Declared boolean; null when some cells are merged and some not, as in VBA.
    return (merged === 0 ? false : merged === size ? true : null) as boolean;
  }

  /** Read/write (VBA, and Range.MergeCells in the declarations): true merges each area as Merge() does, false unmerges. */
  set MergeCells(merge: boolean) {
    this.touch();
    if (merge === true) this.Merge();
    else if (merge === false) {
      this.sheet.assertEditable();
      this.sheet.merges = this.sheet.merges.filter((m) => !this.areas.some((a) => intersects(a, m)));
    } else throw new Error(`MergeCells: 需要 true 或 false，得到 ${String(merge)}`);
  }

  /**
   * Merges each area into one cell (with `across`, each row of it), as VBA's Range.Merge: the upper-left value is
   * kept and the others are cleared — after asking the user, so with DisplayAlerts on and another cell holding a
   * value the fake refuses (it cannot click). A merge overlapping an existing one is refused too (Excel would
   * join them into a larger merge the adapter did not ask for).
   */
  Merge(across?: boolean): void {
    this.touch();
    this.sheet.assertEditable();
    const merges = this.areas.flatMap((a) => (across ? Array.from({ length: a.bottom - a.top + 1 }, (_, i) => ({ ...a, top: a.top + i, bottom: a.top + i })) : [a]));
    for (const m of merges) {
      if (cellCount(m) < 2) continue;
      if (this.sheet.merges.some((old) => intersects(old, m))) throw new Error(`Merge: ${formatArea(m, false)} 与已合并的单元格重叠`);
      const others = new FakeRange(this.sheet, [m]).stored().cells.filter((cell) => cell !== this.sheet.cells.get(key(m.top, m.left)) && cell.value !== null);
      if (others.length > 0 && this.sheet.app.DisplayAlerts) throw new Error("Merge: 等待用户确认（合并后只保留左上角的值，DisplayAlerts 为 true）");
      for (const cell of others) cell.value = null;
      this.sheet.merges.push(m);
    }
  }

  get MergeArea(): FakeRange {
    this.touch();
    const { top, left } = this.first;
    const merge = this.sheet.merges.find((m) => covers(m, top, left));
    return new FakeRange(this.sheet, [merge ?? { top, left, bottom: top, right: left }]);
  }

  get EntireColumn(): FakeRange {
    this.touch();
    return new FakeRange(
      this.sheet,
      this.areas.map((a) => ({ ...a, top: 0, bottom: MAX_ROWS - 1 })),
    );
  }

  get Hidden(): boolean {
    this.touch();
    return this.areas.every((a) => a.top === 0 && this.sheet.hiddenColumns.has(a.left));
  }

  set Hidden(hidden: boolean) {
    this.touch();
    this.sheet.assertEditable();
    for (const a of this.areas) {
      for (let c = a.left; c <= a.right; c++) {
        if (hidden) this.sheet.hiddenColumns.add(c);
        else this.sheet.hiddenColumns.delete(c);
      }
    }
  }

  get ColumnWidth(): number {
    this.touch();
    return this.sheet.columnWidths.get(this.first.left) ?? 8.38;
  }

  set ColumnWidth(width: number) {
    this.touch();
    this.sheet.assertEditable();
    for (const a of this.areas) for (let c = a.left; c <= a.right; c++) this.sheet.columnWidths.set(c, width);
  }

  /** Points, 0 to 409 (Excel's and VBA's limit); one height for a range of rows of different heights is null. */
  get RowHeight(): number {
    this.touch();
    const heights = new Set<number>();
    for (const a of this.areas) for (let r = a.top; r <= Math.min(a.bottom, a.top + 10_000); r++) heights.add(this.sheet.rowHeights.get(r) ?? 15);
    return (heights.size === 1 ? [...heights][0] : null) as number;
  }

  set RowHeight(height: number) {
    this.touch();
    this.sheet.assertEditable();
    if (typeof height !== "number" || !(height >= 0 && height <= 409)) throw new Error(`RowHeight: 需要 0–409 磅，得到 ${String(height)}`);
    for (const a of this.areas) for (let r = a.top; r <= a.bottom; r++) this.sheet.rowHeights.set(r, height);
  }

  /** Range.Validation: Add of a list (xlValidateList = 3) only; a second Add on a cell with a rule fails, as in VBA. */
  get Validation(): EtRange["Validation"] {
    this.touch();
    return {
      Add: (type: number, _alertStyle?: number, _operator?: number, formula1?: string) => {
        this.touch();
        if (type !== 3 || typeof formula1 !== "string") throw new Error("fake ET: Validation.Add models lists with a formula only");
        const cells = this.editable();
        if (cells.some((cell) => cell.validation)) throw new Error("应用程序定义或对象定义错误 (Validation.Add on a cell that has one: Delete first)");
        for (const cell of cells) cell.validation = formula1.split(",");
      },
    };
  }

  get WrapText(): boolean {
    return this.topLeft().wrapText === true;
  }

  set WrapText(wrap: boolean) {
    this.touch();
    for (const cell of this.editable()) cell.wrapText = wrap;
  }

  get VerticalAlignment(): number | boolean {
    return this.topLeft().verticalAlignment ?? -4107;
  }

  set VerticalAlignment(alignment: number | boolean) {
    this.touch();
    for (const cell of this.editable()) cell.verticalAlignment = alignment;
  }

  get Font(): EtFont {
    this.touch();
    const prop = <K extends keyof FakeFont>(name: K) => ({
      get: () => this.topLeft().font[name],
      set: (v: FakeFont[K]) => {
        this.touch();
        for (const cell of this.editable()) cell.font = { ...cell.font, [name]: name === "color" ? checkColour(v) : v };
      },
      enumerable: true,
    });
    return Object.defineProperties({} as EtFont, { Bold: prop("bold"), Size: prop("size"), Color: prop("color"), Underline: prop("underline") });
  }

  get Interior(): EtInterior {
    this.touch();
    return Object.defineProperties({} as EtInterior, {
      Color: {
        get: () => this.topLeft().fill ?? WHITE,
        set: (colour: unknown) => {
          this.touch();
          const bgr = checkColour(colour);
          for (const cell of this.editable()) cell.fill = bgr;
        },
      },
      ColorIndex: {
        // Any real fill has some palette index; only "no fill" matters here.
        get: () => (this.topLeft().fill === null ? NO_FILL_INDEX : 1),
        set: (index: unknown) => {
          this.touch();
          if (index !== NO_FILL_INDEX) throw new Error("the fake only takes ColorIndex = xlColorIndexNone (-4142)");
          for (const cell of this.editable()) cell.fill = null;
        },
      },
    });
  }

  get FormatConditions(): EtFormatConditions {
    this.touch();
    const sheet = this.sheet;
    const mine = () => sheet.conditions.filter((f) => f.ranges.some((r) => this.areas.some((a) => intersects(a, r))));
    return {
      get Count() {
        sheet.app.tick();
        return mine().length;
      },
      Item: (index: number) => {
        this.touch();
        const list = mine();
        if (!Number.isInteger(index) || index < 1 || index > list.length) throw new Error(`FormatConditions.Item(${index}): 下标越界（从 1 开始，共 ${list.length} 个）`);
        return list[index - 1];
      },
      Add: (type: number, _operator?: number, formula1?: string) => {
        this.touch();
        sheet.assertEditable();
        if (sheet.app.refuseConditionalFormats) throw new Error("FormatConditions.Add: 不支持");
        if (type !== 2 || typeof formula1 !== "string" || !formula1.startsWith("=")) throw new Error(`FormatConditions.Add(${type}, …, ${String(formula1)}): 需要 xlExpression 和以 = 开头的公式`);
        const condition = new FakeCondition(sheet, type, formula1, [...this.areas]);
        sheet.conditions.push(condition);
        return condition;
      },
    };
  }

  Select(): boolean {
    this.touch();
    if (this.sheet.app.activeSheet !== this.sheet) throw new Error("Range.Select: 只能选择活动工作表中的单元格");
    this.sheet.app.selection = { sheet: this.sheet.name, address: this.Address(false, false) };
    return true;
  }
}
