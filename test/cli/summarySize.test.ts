/** The printed summary stays readable however large the register: lists are capped, with the count of the rest. */
import { checkSummaryText } from "../../src/cli/summary";
import { runCheck } from "../../src/domain/check";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { generateTownship } from "../../src/domain/sample/generator";

describe("the summary of a province-sized register", () => {
  it("names at most 20 schools below standard and says how many more there are", () => {
    const run = runCheck(layoutRegister(generateTownship({ seed: 2016, schoolCount: 1500 })).grid);
    const below = run.evaluation.units.filter((u) => u.below.length > 0).length;
    expect(below).toBeGreaterThan(20);
    const text = checkSummaryText(run, "登记表.xlsx", "登记表.审核.xlsx");
    const line = text.split("\n").find((l) => l.includes("低于办学标准"))!;
    expect(line).toContain(`低于办学标准 ${below} 个`);
    expect(line).toContain(`…… 另有 ${below - 20} 个，见“指标计算”工作表`);
    expect(line.split("；")).toHaveLength(21);
    expect(Math.max(...text.split("\n").map((l) => l.length))).toBeLessThan(3000);
  });
});
