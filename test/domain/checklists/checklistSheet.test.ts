/** The 考核自查 sheet: vetoes first, the hidden id column, and what users type carried over to the next run. */
import { runCheck } from "../../../src/domain/check";
import { checklistResults } from "../../../src/domain/checklists/evaluateChecklist";
import { CHECKLIST_HEADER, KEY_HEADER } from "../../../src/domain/checklists/checklistColumns";
import { CHECKLIST_SHEET, checklistSheet, readChecklistSheet } from "../../../src/domain/outputs/checklistSheet";
import { cellAddress, type CellValue, type SheetGrid, type WorkbookGrid } from "../../../src/domain/grid";
import { layoutRegister } from "../../../src/domain/layout/registerLayout";
import { checkWritePlan } from "../../../src/domain/outputs/checkPlan";
import type { OutputSheet } from "../../../src/domain/outputs/writePlan";
import { ruleById } from "../../../src/domain/rules/registry";
import { sampleGrid } from "../../taskpane/gridHost";
import { outputToGrid, withCell } from "../../helpers/outputToGrid";
import { primarySchool, records, withCells } from "../../helpers/register";

const grid = sampleGrid();
const run = runCheck(grid);
const written = (workbook: WorkbookGrid, r = runCheck(workbook)): OutputSheet => checkWritePlan(r, workbook).sheets.find((s) => s.name === CHECKLIST_SHEET)!;

/** A1 address of an item's cell under a header of the sheet. */
function cellOf(sheet: SheetGrid, id: string, header: string): string {
  const row = sheet.rows.findIndex((r) => r[CHECKLIST_HEADER.length - 1] === id);
  if (row < 0) throw new Error(`no item ${id}`);
  return cellAddress(row, CHECKLIST_HEADER.indexOf(header));
}

function typed(edits: readonly [string, string, CellValue][]): SheetGrid {
  let sheet = outputToGrid(written(grid, run));
  for (const [id, header, value] of edits) sheet = withCell(sheet, cellOf(sheet, id, header), value);
  return sheet;
}

/** The workbook of the next run: the register plus the edited 考核自查, which Junheng wrote (or not). */
const nextRun = (sheet: SheetGrid, owned = true) => runCheck({ sheets: [...grid.sheets, sheet], ownedSheets: owned ? [CHECKLIST_SHEET] : [] });

describe("考核自查 sheet", () => {
  const sheet = written(grid, run);
  const values = sheet.rows.map((r) => r.map((c) => c.value));

  it("is written with the other result sheets, naming the pack and saying the list is a reference one", () => {
    expect(values[0][0]).toBe("勐往乡（示例） 2016年度 考核自查");
    expect(values[1][0]).toMatch(/^规则包：.*（yunnan-2016-basic）；数据日期 2016-09-01。$/);
    expect(values[2][0]).toBe("一票否决：未触发。考核指标：已得 50 分，满分 120 分；待填 8 项。");
    expect(values.some((r) => String(r[0]).includes("正式清单未公开"))).toBe(true);
  });

  it("puts the 一票否决 block before the 考核指标 block, with the id in a hidden last column", () => {
    const blocks = values.flatMap((r, i) => (r[0] === "一票否决" || r[0] === "考核指标" ? [[r[0], i]] : []));
    expect(blocks.map(([title]) => title)).toEqual(["一票否决", "考核指标"]);
    expect(values[sheet.headerRow - 1]).toEqual(CHECKLIST_HEADER);
    expect(CHECKLIST_HEADER.at(-1)).toBe(KEY_HEADER);
    expect(sheet.hiddenColumns).toEqual([CHECKLIST_HEADER.length]);
    expect(values[sheet.headerRow]).toEqual([1, "存在超大班额（66人及以上）", "自动", "未否决", expect.stringContaining("212-05"), null, null, "V1"]);
    const a04 = values.find((r) => r[7] === "A04")!;
    expect(a04.slice(2, 7)).toEqual(["自动", "达标", expect.stringMatching(/^乡 99/), 10, 10]);
    expect(values.find((r) => r[7] === "A01")!.slice(2, 7)).toEqual(["手填", "待填", "", null, 10]);
  });

  it("shows a fired veto first, marked as an error", () => {
    const huge = layoutRegister(records(withCells(primarySchool(), { students: { "primary.band26": 5, "primary.band66": 1 } }))).grid;
    const fired = written(huge);
    const first = fired.rows[fired.headerRow];
    expect(first.map((c) => c.value).slice(1, 4)).toEqual(["存在超大班额（66人及以上）", "自动", "否决"]);
    expect(first[3].style).toBe("error");
    // A long note: merged across the printed width and wrapped there (layout/printLayout.ts).
    expect(fired.rows[2][0]).toEqual({ value: expect.stringMatching(/^一票否决：已触发 1 项（存在超大班额（66人及以上）：测试小学）/), style: "error", wrap: true });
  });

  it("moves a fired veto ahead of the vetoes listed before it in the pack", () => {
    const def = run.pack.targets.find((t) => t.id === "T4")!;
    const t4 = { id: "T4" as const, scope: "乡", schoolId: null, value: 0.008, target: def.value, controlLine: def.controlLine, passed: true, level: "warning" as const, cells: [] };
    const results = checklistResults({ pack: run.pack, findings: [], targets: [t4] });
    const sheet = checklistSheet(results, run.meta, run.pack);
    expect(sheet.rows.slice(sheet.headerRow, sheet.headerRow + 4).map((r) => [r[0].value, r[7].value, r[3].value])).toEqual([
      [1, "V3", "否决"],
      [2, "V1", "未否决"],
      [3, "V2", "未否决"],
      [4, "V4", "待填"],
    ]);
  });

  it("writes a header row even when the pack has no checklist", () => {
    const empty = checklistSheet([], run.meta, { ...run.pack, checklist: [] });
    expect(empty.rows[empty.headerRow - 1].map((c) => c.value)).toEqual(CHECKLIST_HEADER);
  });
});

describe("manual entries across runs", () => {
  it("keeps what the user typed for a manual item, and only in the sheet Junheng wrote", () => {
    const sheet = typed([
      ["A01", "状态", "达标"],
      ["A01", "依据", "随迁子女 12 人全部就近入学"],
      ["A01", "得分", 8],
      ["V4", "状态", "未否决"],
      ["A09", "得分", "９分"],
    ]);
    const next = nextRun(sheet);
    expect(next.checklist.find((r) => r.id === "A01")).toMatchObject({ computed: false, status: "达标", evidence: "随迁子女 12 人全部就近入学", score: 8 });
    expect(next.checklist.find((r) => r.id === "V4")).toMatchObject({ status: "未否决", score: null });
    expect(next.checklist.find((r) => r.id === "A09")).toMatchObject({ status: "待填", score: 9 });
    expect(next.findings.filter((f) => f.rule === "C-01")).toEqual([]);
    // Regenerated with the entries in it, so they survive one more run.
    const again = outputToGrid(written({ sheets: [...grid.sheets, sheet], ownedSheets: [CHECKLIST_SHEET] }, next));
    expect(readChecklistSheet(again, run.pack).entries.get("A01")).toEqual({ status: "达标", evidence: "随迁子女 12 人全部就近入学", score: 8 });

    expect(nextRun(sheet, false).checklist.find((r) => r.id === "A01")).toMatchObject({ status: "待填", score: null });
  });

  it("recomputes 自动 items whatever was typed over them", () => {
    const next = nextRun(typed([["A04", "状态", "未达标"], ["A04", "得分", "十"]]));
    expect(next.checklist.find((r) => r.id === "A04")).toMatchObject({ computed: true, status: "达标", score: 10 });
    expect(next.findings.filter((f) => f.rule === "C-01")).toEqual([]);
  });

  it("reports a score that is not a number as C-01 at its cell, and leaves the score out", () => {
    const sheet = typed([["A01", "状态", "达标"], ["A01", "得分", "八分"]]);
    const next = nextRun(sheet);
    expect(next.findings.filter((f) => f.rule === "C-01")).toEqual([
      {
        rule: "C-01",
        severity: "warning",
        schoolId: null,
        schoolName: null,
        sheet: CHECKLIST_SHEET,
        cells: [cellOf(sheet, "A01", "得分")],
        message: "「随迁子女平等接受义务教育」的得分填了「八分」，不是数字；本次不计分。",
        explained: false,
        // The sentence as data (issue 13): the JSON carries these, and English renders them.
        params: { title: "随迁子女平等接受义务教育", problem: "scoreNaN", text: "八分", kind: "", allowed: "", max: "" },
        text: "C-01",
      },
    ]);
    expect(next.summary.warning).toBe(run.summary.warning + 1);
    expect(next.checklist.find((r) => r.id === "A01")).toMatchObject({ status: "达标", score: null });
  });

  it("reports a status of the wrong kind and a score above full marks", () => {
    const sheet = typed([["V4", "状态", "达标"], ["A02", "得分", 12]]);
    const messages = nextRun(sheet).findings.filter((f) => f.rule === "C-01").map((f) => [f.cells[0], f.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        [cellOf(sheet, "V4", "状态"), "「群众满意度低于 85%」的状态填了「达标」，一票否决项只能填 否决、未否决、待填、不适用；本次按待填处理。"],
        [cellOf(sheet, "A02", "得分"), "「农村留守儿童关爱体系」的得分 12 不在 0 到满分 10 之间；本次不计分。"],
      ]),
    );
    expect(messages).toHaveLength(2);
  });

  it("has C-01 in the rule handbook", () => {
    expect(ruleById("C-01")).toMatchObject({ table: "考核自查", severity: "warning" });
  });
});
