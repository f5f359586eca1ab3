/** The adapter's pure helpers: addresses, cell values, the highlight marker and the request budget. */
import { chunkAddresses, compressCells, parseArea, sheetOf, splitAreas, topLeftCell } from "../../../src/workbook/office/addresses";
import { cellValue, isDateFormat, serialToDate, toSheetGrid } from "../../../src/workbook/office/cellValues";
import { markedKind, markerFormula } from "../../../src/workbook/office/highlightRules";
import { ACTION_OVERHEAD_BYTES, RequestBudget, utf8Bytes } from "../../../src/workbook/office/payload";
import { rowBlocks } from "../../../src/workbook/office/outputSheet";

describe("addresses", () => {
  it("splits multi-area addresses, keeping commas inside quoted sheet names", () => {
    expect(splitAreas("'a,b'!A1:B2, Sheet1!D4;E5")).toEqual(["'a,b'!A1:B2", "Sheet1!D4", "E5"]);
    expect(sheetOf("'it''s'!A1")).toBe("it's");
    expect(sheetOf("学生与班级!C1:D1")).toBe("学生与班级");
    expect(parseArea("'学生与班级'!$C$1:$D$2")).toEqual({ top: 0, left: 2, bottom: 1, right: 3 });
    expect(topLeftCell("'填报说明'!B7:C9, D1")).toBe("B7");
  });

  it("groups cells into rectangles: runs along rows, then equal runs down", () => {
    expect(compressCells(["D3", "D4", "D5", "E3", "E4", "E5", "A1", "C1", "B1", "H9"])).toEqual(["A1:C1", "D3:E5", "H9"]);
    expect(compressCells(["A1", "A1", "B2"])).toEqual(["A1", "B2"]);
  });

  it("chunks address lists under a length limit", () => {
    const chunks = chunkAddresses(Array.from({ length: 3000 }, (_, i) => `AB${i + 1000}`));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= 8000)).toBe(true);
    expect(chunks.join(",").split(",")).toHaveLength(3000);
  });
});

describe("cell values", () => {
  it("tells errors, booleans, dates and text apart by valueTypes and number format", () => {
    expect(cellValue("#DIV/0!", "Error", "General")).toEqual({ error: "#DIV/0!" });
    expect(cellValue("#DIV/0!", "String", "@")).toBe("#DIV/0!");
    expect(cellValue(true, "Boolean", "General")).toBe(true);
    expect(cellValue(42614, "Double", 'yyyy"年"m"月"d"日"')).toEqual(new Date(Date.UTC(2016, 8, 1)));
    expect(cellValue(42614, "Double", "#,##0")).toBe(42614);
    expect(cellValue("", "Empty", "General")).toBeNull();
  });

  it("recognises date formats but not numbers, text or General", () => {
    for (const f of ["yyyy-mm-dd", "[$-804]yyyy/m/d", "m/d/yy h:mm", "[DBNum1]yyyy\"年\"m\"月\""]) expect([f, isDateFormat(f)]).toEqual([f, true]);
    for (const f of ["General", "0.00", "0.0%", "@", '#,##0 "元"', "[Red]0.00", "0.00E+00"]) expect([f, isDateFormat(f)]).toEqual([f, false]);
    expect(serialToDate(1)).toEqual(new Date(Date.UTC(1900, 0, 1)));
    expect(serialToDate(61)).toEqual(new Date(Date.UTC(1900, 2, 1)));
  });

  it("turns a date serial no Date can hold into Excel's #NUM! error, never an invalid Date", () => {
    for (const serial of [1e20, -1e20, Infinity, Number.NaN]) {
      expect([serial, serialToDate(serial)]).toEqual([serial, { error: "#NUM!" }]);
      expect([serial, cellValue(serial, "Double", "yyyy-mm-dd")]).toEqual([serial, { error: "#NUM!" }]);
    }
    const used = { rowIndex: 0, columnIndex: 0, values: [["数据日期", 1e20]], valueTypes: [["String", "Double"]], numberFormat: [["General", "yyyy-mm-dd"]] };
    expect(toSheetGrid({ name: "填报说明", visibility: "Visible", used, merges: null }).rows).toEqual([["数据日期", { error: "#NUM!" }]]);
  });

  it("places a used range that starts below and right of A1", () => {
    const used = { rowIndex: 1, columnIndex: 2, values: [["合计"]], valueTypes: [["String"]], numberFormat: [["General"]] };
    expect(toSheetGrid({ name: "校舍", visibility: "Hidden", used, merges: "校舍!C2:D2" })).toEqual({
      name: "校舍",
      visibility: "hidden",
      rows: [[], [null, null, "合计"]],
      merges: [{ top: 1, left: 2, bottom: 1, right: 3 }],
    });
  });
});

describe("highlight marker", () => {
  it("recognises Junheng's own rule formulas and nothing else", () => {
    for (const kind of ["error", "warning", "below"] as const) expect(markedKind(markerFormula(kind))).toBe(kind);
    expect(markedKind('=A1="junheng"')).toBeNull();
    expect(markedKind('=AND(TRUE,"junheng:other"<>"")')).toBeNull();
    expect(markedKind(null)).toBeNull();
  });
});

describe("request budget", () => {
  it("counts UTF-8 bytes", () => {
    expect(utf8Bytes("a学😀")).toBe(1 + 3 + 4);
  });

  it("syncs early only when the next action would not fit", async () => {
    let syncs = 0;
    let renewed = 0;
    const budget = new RequestBudget(async () => void syncs++, 10 * ACTION_OVERHEAD_BYTES, () => void renewed++);
    for (let i = 0; i < 10; i++) await budget.spend(0);
    expect(syncs).toBe(0);
    await budget.spend(0);
    expect([syncs, renewed, budget.extraSyncs]).toEqual([1, 1, 1]);
    await budget.spend(100 * ACTION_OVERHEAD_BYTES);
    expect(syncs).toBe(2);
  });

  it("groups rows into blocks under a size", () => {
    expect(rowBlocks([5, 5, 5, 5, 5], 10)).toEqual([
      [0, 1],
      [2, 3],
      [4, 4],
    ]);
    expect(rowBlocks([50], 10)).toEqual([[0, 0]]);
  });
});
