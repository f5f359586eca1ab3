/** Consolidation in the domain: a township cut into three registers merges back into the register it came from. */
import { runCheck } from "../../../src/domain/check";
import type { SheetId } from "../../../src/domain/fields/types";
import type { WorkbookGrid } from "../../../src/domain/grid";
import { layoutRegister } from "../../../src/domain/layout/registerLayout";
import { mergeRegisters } from "../../../src/domain/merge/mergeRegisters";
import { recogniseRegister } from "../../../src/domain/recognise/register";
import { contentOf, cut, township } from "./cutTownship";

describe("mergeRegisters: three school-group registers", () => {
  const original = township();
  const originalGrid: WorkbookGrid = layoutRegister(original).grid;
  const parts = cut(original, 3).map((records, i) => ({ file: `第${i + 1}组.xlsx`, grid: layoutRegister(records).grid }));
  const result = mergeRegisters(parts);
  const mergedGrid = layoutRegister(result.records).grid;

  it("has no conflicts and says which file gave how many schools", () => {
    expect(result.conflicts).toEqual([]);
    expect(result.files.map((f) => f.schools)).toEqual([6, 6, 6]);
    expect(result.files.reduce((n, f) => n + f.villages, 0)).toBe(original.sheets.villages!.length);
  });

  it("recognises to the same register as the township it was cut from", () => {
    const merged = recogniseRegister(mergedGrid);
    const before = recogniseRegister(originalGrid);
    expect(contentOf(merged)).toEqual(contentOf(before));
    expect(merged.meta).toEqual(before.meta);
    for (const id of Object.keys(before.sheets) as SheetId[]) {
      expect(merged.sheets[id]!.columns.map((c) => c.fieldId)).toEqual(before.sheets[id]!.columns.map((c) => c.fieldId));
    }
  });

  it("checks to the same findings and coefficients", () => {
    const a = runCheck(originalGrid);
    const b = runCheck(mergedGrid);
    expect(b.findings).toEqual(a.findings);
    expect(b.evaluation.balance.primary.cv).toEqual(a.evaluation.balance.primary.cv);
    expect(b.evaluation.balance.junior.composite).toEqual(a.evaluation.balance.junior.composite);
    expect(b.summary).toEqual(a.summary);
  });
});
