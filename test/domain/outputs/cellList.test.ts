/** The 单元格 column of 审核结果: a link, so one printed line — neighbouring cells as ranges, a long list capped. */
import { fitsOneLine } from "../../../src/domain/layout/printLayout";
import { cellList } from "../../../src/domain/outputs/cellList";

describe("cellList", () => {
  it("writes three or more neighbouring cells of a row as a range, and leaves two as they are", () => {
    expect(cellList(["C8", "D8", "E8", "F8", "G8", "H8", "I8"], 20)).toBe("C8:I8");
    expect(cellList(["C10", "E10", "L10", "M10", "N10"], 20)).toBe("C10、E10、L10:N10");
    expect(cellList(["D4", "E4"], 20)).toBe("D4、E4");
    // Cells of different rows, or not side by side, are never joined.
    expect(cellList(["C4", "C5", "C6"], 20)).toBe("C4、C5、C6");
  });

  it("keeps the leading cells that fit one line of the column and counts them all", () => {
    const cells = ["B3", "D5", "F7", "H9", "K12", "M14", "P17"];
    const text = cellList(cells, 20);
    expect(text).toBe("B3、D5、F7 等 7 处");
    expect(fitsOneLine(text, 20)).toBe(true);
    expect(fitsOneLine(`B3、D5、F7、H9 等 7 处`, 20)).toBe(false);
    // However narrow the column, the first cell stays (it is the one the link opens).
    expect(cellList(cells, 4)).toBe("B3 等 7 处");
  });
});
