/**
 * Cells merged down across data rows: every row of the merge reads the value shown in it, and W-06 names the
 * whole merge — its real range and row count, even when only its first cells are listed for highlighting.
 */
import type { CellValue, SheetGrid } from "../../../src/domain/grid";
import { MAX_MERGE_CELLS } from "../../../src/domain/recognise/mergedRows";
import { recogniseRegister } from "../../../src/domain/recognise/register";
import { buildContext } from "../../../src/domain/rules/context";
import { STRUCTURE_RULES } from "../../../src/domain/rules/structure";
import { ruleOf } from "../../helpers/rules";

const HEADER: CellValue[] = ["学校标识码", "学校名称", "办学类型", "举办者", "城乡分类", "所属村委会"];

/** 学校基本情况 with one school per row below the header, and 所属村委会 (F) merged from row 2 down `merged` rows. */
function schools(count: number, merged: number): SheetGrid {
  const rows: CellValue[][] = [HEADER];
  for (let i = 0; i < count; i++) rows.push([String(5328220000 + i), `第${i + 1}小学`, "小学", null, null, i === 0 ? "勐往" : null]);
  return { name: "学校基本情况", rows, merges: [{ top: 1, left: 5, bottom: merged, right: 5 }], visibility: "visible" };
}

describe("cells merged down data rows", () => {
  it("reads the merge's value on every row it covers, each with its own cell", () => {
    const register = recogniseRegister({ sheets: [schools(3, 2)], ownedSheets: [] });
    const rows = register.sheets.schools!.rows;
    expect(rows.map((r) => r.fields.village)).toEqual([
      { value: "勐往", cell: "F2" },
      { value: "勐往", cell: "F3" },
      { value: null, cell: "F4" },
    ]);
    expect(rows[1].fields.village).toEqual({ value: "勐往", cell: "F3" });
  });

  it("reports a merge longer than the cells it lists by its real range and row count", () => {
    const count = 5000;
    const register = recogniseRegister({ sheets: [schools(count, count)], ownedSheets: [] });
    expect(register.sheets.schools!.rows.map((r) => r.fields.village?.value)).toEqual(Array<string>(count).fill("勐往"));
    const issue = register.issues.find((i) => i.kind === "mergedData")!;
    expect(issue.cells).toHaveLength(MAX_MERGE_CELLS);
    expect([issue.cells[0], issue.cells[MAX_MERGE_CELLS - 1]]).toEqual(["F2", `F${MAX_MERGE_CELLS + 1}`]);
    expect(issue.span).toEqual({ first: "F2", last: `F${count + 1}`, rows: count });

    const findings = ruleOf(STRUCTURE_RULES, "W-06").check(buildContext(register));
    expect(findings.map((f) => [f.cells.length, f.message])).toEqual([
      [MAX_MERGE_CELLS, `工作表「学校基本情况」的 F2:F${count + 1} 是合并单元格，跨 ${count} 行数据，每一行都按「勐往」读取；请取消合并，逐行填写`],
    ]);
  });
});
