import { runCheck } from "../../../src/domain/check";
import { layoutRegister } from "../../../src/domain/layout/registerLayout";
import { checkWritePlan } from "../../../src/domain/outputs/checkPlan";
import { isOutputSheet } from "../../../src/domain/recognise/sheetNames";
import { sampleRegister } from "../../../src/domain/sample/sample";

describe("isOutputSheet", () => {
  it("knows every sheet a check writes, so a re-check or a merge never reads one as the user's", () => {
    const grid = layoutRegister(sampleRegister()).grid;
    const written = checkWritePlan(runCheck(grid), grid).sheets.map((s) => s.name);
    expect(written).toContain("工作进度");
    expect(written.filter((name) => !isOutputSheet(name))).toEqual([]);
  });

  it("knows the copies written beside a user's sheet of the same name, and no register sheet", () => {
    expect(isOutputSheet("整改清单(2)")).toBe(true);
    expect(isOutputSheet("学校基本情况")).toBe(false);
  });
});
