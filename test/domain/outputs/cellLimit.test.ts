/** No output cell is longer than Excel allows (32 767 characters), whatever the register holds. */
import { runCheck } from "../../../src/domain/check";
import { layoutRegister } from "../../../src/domain/layout/registerLayout";
import { checkWritePlan } from "../../../src/domain/outputs/checkPlan";
import { MAX_CELL_TEXT, withinCellLimit, type OutputSheet } from "../../../src/domain/outputs/writePlan";
import { CODE_A, CODE_B, primarySchool, records, withCells } from "../../helpers/register";

const sheetOf = (...values: (string | number | null)[]): OutputSheet => ({
  name: "审核结果",
  rows: [values.map((value) => ({ value }))],
  columnWidths: [],
  headerRow: 1,
  printHeader: { left: "", right: "" },
});

describe("withinCellLimit", () => {
  it("cuts a longer text to the limit, saying how many characters were left out", () => {
    const text = "甲".repeat(65_574);
    const [cell] = withinCellLimit(sheetOf(text)).rows[0];
    const cut = cell.value as string;
    expect(cut).toHaveLength(MAX_CELL_TEXT);
    expect(cut.startsWith("甲".repeat(32_000))).toBe(true);
    const left = Number(/以下 (\d+) 字从略/.exec(cut)![1]);
    expect(cut.indexOf("……") + left).toBe(65_574);
  });

  it("never splits a character outside the BMP", () => {
    const text = "𠀀".repeat(20_000);
    const cut = withinCellLimit(sheetOf(text)).rows[0][0].value as string;
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(cut.slice(0, cut.indexOf("……"))).toMatch(/^(𠀀)+$/u);
  });

  it("leaves a sheet within the limit as it is, the same object", () => {
    const sheet = sheetOf("甲".repeat(MAX_CELL_TEXT), 5, null);
    expect(withinCellLimit(sheet)).toBe(sheet);
  });
});

describe("a register with a 65 574-character school name", () => {
  it("gives a plan whose every cell is within the limit", () => {
    const name = "很长的学校名称".repeat(9_368);
    const grid = layoutRegister(records(withCells(primarySchool(CODE_A, name), { students: { "primary.total": 999 } }), primarySchool(CODE_B))).grid;
    const plan = checkWritePlan(runCheck(grid), grid);
    const texts = plan.sheets.flatMap((s) => s.rows.flat().map((c) => c.value)).filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => t.includes("以下") && t.includes("字从略"))).toBe(true);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(MAX_CELL_TEXT);
  });
});
