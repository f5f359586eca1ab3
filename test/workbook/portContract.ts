/**
 * The contract every workbook adapter meets. Each adapter's test file calls `describePortContract` with a
 * factory that opens a workbook holding the given sheets and can look at what was written.
 */
import type { CellValue, WorkbookGrid } from "../../src/domain/grid";
import type { OutputSheet, WritePlan } from "../../src/domain/outputs/writePlan";
import type { WorkbookPort } from "../../src/workbook/port";

export interface PortUnderTest {
  readonly port: WorkbookPort;
  /** RGB hex of a cell's solid fill, or null. */
  fillOf(sheet: string, address: string): Promise<string | null>;
  /** A fresh read of the workbook as it is after the writes (for exceljs: saved and reopened). */
  reread(): Promise<WorkbookGrid>;
  /** The hyperlink target of a cell, e.g. `#'学生与班级'!D7`, or null. */
  linkOf(sheet: string, address: string): Promise<string | null>;
}

export type PortFactory = (grid: WorkbookGrid) => Promise<PortUnderTest>;

const input: WorkbookGrid = {
  ownedSheets: [],
  sheets: [
    {
      name: "学生与班级",
      visibility: "visible",
      merges: [{ top: 0, left: 2, bottom: 0, right: 3 }],
      rows: [
        ["学校标识码", "学校名称", "小学", null],
        [null, null, "合计", "班数"],
        [5328220001, "糯东小学", 120, 6],
        ["5328220002", "=坝散小学", "约50", { error: "#DIV/0!" }],
      ],
    },
    { name: "备注", visibility: "hidden", merges: [], rows: [["用户自己的内容"]] },
  ],
};

function sheet(name: string, rows: OutputSheet["rows"]): OutputSheet {
  return { name, rows, columnWidths: [10, 10], headerRow: 1, printHeader: { left: "勐往乡", right: "2016-09-01" } };
}

const plan: WritePlan = {
  highlights: [
    { sheet: "学生与班级", kind: "error", cells: ["C4", "D4"] },
    { sheet: "学生与班级", kind: "warning", cells: ["C3"] },
  ],
  sheets: [
    sheet("审核结果", [
      [{ value: "级别", style: "header" }, { value: "单元格", style: "header" }],
      [{ value: "错误", style: "error" }, { value: "C4", link: { sheet: "学生与班级", cell: "C4" } }],
      [{ value: "=SUM(A1:A2)" }, { value: 3 }],
    ]),
  ],
};

function valuesOf(grid: WorkbookGrid, name: string): ReadonlyArray<ReadonlyArray<CellValue>> | undefined {
  return grid.sheets.find((s) => s.name === name)?.rows;
}

export function describePortContract(adapter: string, open: PortFactory): void {
  describe(`workbook port contract: ${adapter}`, () => {
    it("reads values, cached errors, merges and visibility", async () => {
      const { port } = await open(input);
      const grid = await port.read();
      const students = grid.sheets.find((s) => s.name === "学生与班级")!;
      expect(students.rows[2]).toEqual([5328220001, "糯东小学", 120, 6]);
      expect(students.rows[3]).toEqual(["5328220002", "=坝散小学", "约50", { error: "#DIV/0!" }]);
      expect(students.rows[0][3]).toBeNull();
      expect(students.merges).toEqual([{ top: 0, left: 2, bottom: 0, right: 3 }]);
      expect(grid.sheets.find((s) => s.name === "备注")!.visibility).toBe("hidden");
      expect(grid.ownedSheets).toEqual([]);
    });

    it("highlights exactly the planned cells and changes no value", async () => {
      const subject = await open(input);
      await subject.port.write(plan);
      expect(await subject.fillOf("学生与班级", "C4")).toBe("FFC7CE");
      expect(await subject.fillOf("学生与班级", "D4")).toBe("FFC7CE");
      expect(await subject.fillOf("学生与班级", "C3")).toBe("FFEB9C");
      for (const untouched of ["A3", "B3", "D3", "A4", "B4", "C2"]) expect(await subject.fillOf("学生与班级", untouched)).toBeNull();
      const after = await subject.reread();
      expect(valuesOf(after, "学生与班级")).toEqual(input.sheets[0].rows);
      expect(valuesOf(after, "备注")).toEqual([["用户自己的内容"]]);
    });

    it("writes output sheets with links, text kept as text, and records them as its own", async () => {
      const subject = await open(input);
      await subject.port.write(plan);
      const after = await subject.reread();
      expect(valuesOf(after, "审核结果")).toEqual([
        ["级别", "单元格"],
        ["错误", "C4"],
        ["=SUM(A1:A2)", 3],
      ]);
      expect(await subject.linkOf("审核结果", "B2")).toBe("#'学生与班级'!C4");
      expect(after.ownedSheets).toEqual(["审核结果"]);
      expect(after.sheets.map((s) => s.name)).not.toContain("_junheng");
    });

    it("replaces its own sheet on the next run instead of adding another", async () => {
      const subject = await open(input);
      await subject.port.write(plan);
      await subject.port.write({ highlights: [], sheets: [sheet("审核结果", [[{ value: "第二次" }]])] });
      const after = await subject.reread();
      expect(after.sheets.filter((s) => s.name.startsWith("审核结果")).map((s) => s.name)).toEqual(["审核结果"]);
      expect(valuesOf(after, "审核结果")).toEqual([["第二次"]]);
    });
  });
}
