import type { WorkbookGrid } from "../../src/domain/grid";
import { cellText, cellTextAt, columnCount, highlightsOf, visibleSheets } from "../../src/web/gridModel";

describe("grid model", () => {
  const grid: WorkbookGrid = {
    ownedSheets: [],
    sheets: [
      { name: "学校基本情况", rows: [["学校标识码", "学校名称"], ["5328220001", "勐往乡中心小学", 3]], merges: [], visibility: "visible" },
      { name: "_junheng", rows: [["marker"]], merges: [], visibility: "veryHidden" },
      { name: "草稿", rows: [], merges: [], visibility: "hidden" },
    ],
  };

  it("shows only the sheets Excel shows", () => {
    expect(visibleSheets(grid).map((s) => s.name)).toEqual(["学校基本情况"]);
  });

  it("counts columns over ragged rows", () => {
    expect(columnCount(grid.sheets[0])).toBe(3);
    expect(columnCount(grid.sheets[2])).toBe(0);
  });

  it("maps a sheet's highlighted cells to their kind, ignoring other sheets", () => {
    const kinds = highlightsOf(
      [
        { sheet: "学校基本情况", kind: "error", cells: ["C2"] },
        { sheet: "学校基本情况", kind: "warning", cells: ["B2"] },
        { sheet: "校舍", kind: "below", cells: ["C2"] },
      ],
      "学校基本情况",
    );
    expect([...kinds]).toEqual([
      ["C2", "error"],
      ["B2", "warning"],
    ]);
  });

  it("writes cells as Excel shows them", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(412)).toBe("412");
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText(new Date(Date.UTC(2016, 8, 1)))).toBe("2016-09-01");
    expect(cellText({ error: "#REF!" })).toBe("#REF!");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText("约50")).toBe("约50");
    expect(cellTextAt(grid.sheets[0], 1, 1)).toBe("勐往乡中心小学");
    expect(cellTextAt(grid.sheets[0], 9, 9)).toBe("");
  });
});
