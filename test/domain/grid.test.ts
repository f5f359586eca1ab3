import { parseRangeAddress } from "../../src/domain/grid";

describe("parseRangeAddress", () => {
  it("reads a range in either corner order, with $ and in any case, and a single cell as a range of one", () => {
    expect(parseRangeAddress("C8:I8")).toEqual({ top: 7, left: 2, bottom: 7, right: 8 });
    expect(parseRangeAddress("$i$9:c8")).toEqual({ top: 7, left: 2, bottom: 8, right: 8 });
    expect(parseRangeAddress("F10")).toEqual({ top: 9, left: 5, bottom: 9, right: 5 });
  });

  it("is null for what is no reference: row 0, four letters, a third corner, text", () => {
    for (const ref of ["A0", "ABCD1", "A1:B2:C3", "C8:", "见附件", ""]) expect([ref, parseRangeAddress(ref)]).toEqual([ref, null]);
  });
});
