import { sheetSchema, columnNumber, columnWidths, findColumns, headerCells, hiddenColumns, readRow, rowCells } from "../../src/domain/sheetSchema";

const SCHEMA = sheetSchema("表", [
  { key: "id", header: "标识", width: 10, hidden: true },
  { key: "status", header: "状态", width: 8, edited: true, aliases: ["进度"] },
  { key: "score", header: "得分", width: 6, kind: "value" },
  { key: "note", header: "备注", width: 20 },
]);

describe("sheetSchema", () => {
  it("gives the writer its header row, widths, hidden columns and cells in order", () => {
    expect(headerCells(SCHEMA)).toEqual([
      { value: "标识", style: "header" },
      { value: "状态", style: "header" },
      { value: "得分", style: "header" },
      { value: "备注", style: "header" },
    ]);
    expect(columnWidths(SCHEMA)).toEqual([10, 8, 6, 20]);
    expect(hiddenColumns(SCHEMA)).toEqual([1]);
    expect(columnNumber(SCHEMA, "score")).toBe(3);
    expect(rowCells(SCHEMA, { note: "d", score: "c", status: "b", id: "a" })).toEqual(["a", "b", "c", "d"]);
  });

  it("finds columns by header text wherever users moved them, and -1 for a deleted one", () => {
    expect(findColumns(SCHEMA, [" 得分 ", "进度", null, "标识"], ["id", "status"])).toEqual({ id: 3, status: 1, score: 0, note: -1 });
    expect(findColumns(SCHEMA, ["得分", "标识"], ["id", "status"])).toBeNull();
  });

  it("reads text columns as trimmed text (dates as days, errors empty) and value columns as the cell holds them", () => {
    const places = findColumns(SCHEMA, ["标识", "状态", "得分"], ["id"]);
    if (!places) throw new Error("no header");
    expect(readRow(SCHEMA, [" k1 ", new Date(Date.UTC(2026, 2, 5)), 8], places)).toEqual({ id: "k1", status: "2026-03-05", score: 8, note: "" });
    expect(readRow(SCHEMA, [{ error: "#N/A" }, 12, "8分"], places)).toEqual({ id: "", status: "12", score: "8分", note: "" });
  });
});
