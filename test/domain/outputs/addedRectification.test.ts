/**
 * County findings in the 整改清单 (docs/method.md §8): a row a user adds to a school's list, with 来源 县级复评, is kept
 * with its status on every later check; 已完成 on a problem the check still finds is flagged. This is the domain
 * path every front end takes (the task pane writes the same plan): check → write → user edits → check again.
 */
import { runCheck } from "../../../src/domain/check";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/domain/grid";
import { layoutRegister } from "../../../src/domain/layout/registerLayout";
import { checkWritePlan } from "../../../src/domain/outputs/checkPlan";
import { RECTIFICATION_SHEET } from "../../../src/domain/outputs/rectificationSheet";
import { sampleRegister } from "../../../src/domain/sample/sample";
import { outputToGrid } from "../../helpers/outputToGrid";

const register = layoutRegister(sampleRegister()).grid;

/** The workbook after a check wrote its 整改清单 (the one sheet this test reads back), as an adapter reads it. */
function checked(workbook: WorkbookGrid): WorkbookGrid {
  const list = checkWritePlan(runCheck(workbook), workbook).sheets.find((s) => s.name === RECTIFICATION_SHEET);
  if (!list) throw new Error("no 整改清单 in the plan");
  return { sheets: [...register.sheets, outputToGrid(list)], ownedSheets: [RECTIFICATION_SHEET] };
}

const listOf = (workbook: WorkbookGrid): SheetGrid => workbook.sheets.find((s) => s.name === RECTIFICATION_SHEET) as SheetGrid;

/** The workbook with a row inserted into a sheet's rows after `after` (0-based), as a user inserts one in Excel. */
function withRowInserted(workbook: WorkbookGrid, after: number, row: CellValue[]): WorkbookGrid {
  const list = listOf(workbook);
  const rows = [...list.rows.slice(0, after + 1), row, ...list.rows.slice(after + 1)];
  return { ...workbook, sheets: workbook.sheets.map((s) => (s === list ? { ...list, rows } : s)) };
}

const header = (list: SheetGrid) => list.rows.find((r) => r[0] === "序号")?.map(String) ?? [];

describe("a row the user adds to a school's 整改清单", () => {
  const first = checked(register);
  const list = listOf(first);
  const cols = header(list);
  // 坝散小学's group: its title row, then the header, then its items.
  const title = list.rows.findIndex((r) => String(r[0]).startsWith("坝散小学（"));
  const lastItem = list.rows.findIndex((r, i) => i > title + 1 && typeof r[0] !== "number") - 1;
  const row: CellValue[] = Array(cols.length).fill(null);
  row[cols.indexOf("问题")] = "县级复评发现：围墙破损";
  row[cols.indexOf("整改措施")] = "修缮围墙";
  row[cols.indexOf("责任单位")] = "学校";
  row[cols.indexOf("完成时限")] = "2016-09-30";
  row[cols.indexOf("状态")] = "整改中";
  row[cols.indexOf("来源")] = "县级复评";

  it("survives two re-checks in its school's group, with its status and 来源", () => {
    const second = checked(withRowInserted(first, lastItem, row));
    const third = checked(second);
    for (const workbook of [second, third]) {
      const again = listOf(workbook);
      const at = again.rows.findIndex((r) => r[cols.indexOf("问题")] === "县级复评发现：围墙破损");
      expect(at).toBeGreaterThan(0);
      const kept = again.rows[at];
      expect([kept[cols.indexOf("整改措施")], kept[cols.indexOf("完成时限")], kept[cols.indexOf("状态")], kept[cols.indexOf("来源")]]).toEqual([
        "修缮围墙", "2016-09-30", "整改中", "县级复评",
      ]);
      // Still under 坝散小学: the nearest group title above it is that school's.
      const titleAbove = [...again.rows.slice(0, at)].reverse().find((r) => /（\d{10}）整改清单$/.test(String(r[0])));
      expect(String(titleAbove?.[0])).toMatch(/^坝散小学（/);
      expect(again.rows.filter((r) => r[cols.indexOf("问题")] === "县级复评发现：围墙破损")).toHaveLength(1);
    }
  });

  it("flags 已完成 on a problem the check still finds, and keeps the user's status", () => {
    const keyCol = cols.indexOf("整改项标识");
    const s5 = list.rows.findIndex((r) => String(r[keyCol]).endsWith("|primary|S5"));
    const rows = list.rows.map((r, i) => (i === s5 ? r.map((v, c) => (c === cols.indexOf("状态") ? "已完成" : v)) : r));
    const edited = { ...first, sheets: first.sheets.map((s) => (s === list ? { ...list, rows } : s)) };
    const run = runCheck(edited);
    const item = run.rectification.find((i) => i.key === list.rows[s5][keyCol]);
    expect(item).toMatchObject({ status: "已完成", doneButDetected: true });
    const written = checkWritePlan(run, edited).sheets.find((s) => s.name === RECTIFICATION_SHEET);
    const shown = written?.rows.find((r) => r[keyCol]?.value === item?.key);
    expect(shown?.[cols.indexOf("问题")].value).toMatch(/^【标为已完成，但本次审核仍发现此问题，请核实】/);
    expect(shown?.[cols.indexOf("状态")]).toMatchObject({ value: "已完成", style: "error" });
  });
});

describe("a row added under a school whose own items are all gone", () => {
  it("keeps the school's group, titled with its name", () => {
    const list = {
      name: RECTIFICATION_SHEET,
      rows: [
        ["勐往乡 整改清单"],
        ["某某小学（5328229999）整改清单"],
        ["序号", "学校", "学段", "问题", "指标", "现状值", "标准值", "差距", "整改措施", "责任单位", "完成时限", "状态", "整改项标识", "来源"],
        [1, null, null, "县级复评发现：厕所漏水", null, null, null, null, "维修厕所", "学校", "2016-09-30", "已完成", null, "县级复评"],
      ],
      merges: [],
      visibility: "visible" as const,
    };
    const workbook = { sheets: [...register.sheets, list], ownedSheets: [RECTIFICATION_SHEET] };
    const written = listOf(checked(workbook));
    const at = written.rows.findIndex((r) => r[3] === "县级复评发现：厕所漏水");
    expect(written.rows[at - 2][0]).toBe("某某小学（5328229999）整改清单");
    expect([written.rows[at][11], written.rows[at][14]]).toEqual(["已完成", "县级复评"]);
  });
});
