/** Every corpus workbook through the command line: a clear Chinese refusal, or findings that name sheet and cell. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ResultJsonSchema } from "../../src/domain/result";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { runCli, tempDir } from "../helpers/cli";
import { CORPUS, type CorpusCase } from "./cases";

const root = tempDir();

async function place(c: CorpusCase): Promise<{ dir: string; input: string; output: string; json: string }> {
  const dir = path.join(root, String(CORPUS.indexOf(c)));
  mkdirSync(dir, { recursive: true });
  const input = path.join(dir, c.fileName);
  writeFileSync(input, await c.bytes());
  return { dir, input, output: path.join(dir, "结果.xlsx"), json: path.join(dir, "结果.json") };
}

describe("the corpus of bad workbooks", () => {
  it.each(CORPUS.filter((c) => c.refused !== undefined).map((c) => [c.id, c] as const))("refuses %s with one Chinese line and writes nothing", async (_id, c) => {
    const { dir, input, output, json } = await place(c);
    const run = await runCli(["check", input, "--out", output, "--json", json, "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`错误：${c.refused}\n`);
    expect(readdirSync(dir)).toEqual([c.fileName]);
  });

  it.each(CORPUS.filter((c) => c.findings !== undefined).map((c) => [c.id, c] as const))("reads %s and names sheet and cells in its findings", async (_id, c) => {
    const { input, output, json } = await place(c);
    const run = await runCli(["check", input, "--out", output, "--json", json, "--quiet"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(c.exit);
    const result = ResultJsonSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    for (const expected of c.findings ?? []) {
      const found = result.findings.find((f) => f.rule === expected.rule && f.message === expected.message);
      expect(found).toMatchObject({ rule: expected.rule, severity: expected.severity, sheet: expected.sheet, message: expected.message });
      // W-01 lists hundreds of header cells; the others name exactly theirs.
      if (expected.cells.length > 0) expect(found!.cells).toEqual(expected.cells);
    }
    expect(result.findings.filter((f) => c.quiet?.includes(f.rule))).toEqual([]);
    expect(existsSync(output)).toBe(true);
  });
});

describe("what some corpus cases need beyond their findings", () => {
  const byId = (id: string) => CORPUS.find((c) => c.id === id)!;

  it("reads a sheet with a stray value in row 1 048 576 without a row array per empty row", async () => {
    const bytes = await byId("第 1 048 576 行有一个误填的数").bytes();
    const started = Date.now();
    const grid = await (await ExcelJsWorkbook.load(bytes)).read();
    const students = grid.sheets.find((s) => s.name === "学生与班级")!;
    expect(students.rows).toHaveLength(1_048_576);
    expect(students.rows[1_048_575][2]).toBe(7);
    // Three header rows, two schools, the stray row, and one shared empty row for everything between.
    expect(new Set(students.rows).size).toBeLessThanOrEqual(8);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("keeps the user's own 审核结果 sheet as it was and writes its results to 审核结果(2)", async () => {
    const c = byId("用户自己建的“审核结果”工作表");
    const { input, output } = await place(c);
    expect((await runCli(["check", input, "--out", output, "--quiet"])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(output) as unknown as ExcelJS.Buffer);
    const own = workbook.getWorksheet("审核结果")!;
    expect(own.getCell("A1").value).toBe("我自己的审核记录");
    expect(own.getCell("B2").value).toEqual({ formula: "1+1", result: 2 });
    expect(own.rowCount).toBe(2);
    expect(workbook.getWorksheet("审核结果(2)")?.getCell("A1").value).toEqual(expect.stringContaining("审核结果"));
    const grid = await (await ExcelJsWorkbook.load(readFileSync(output))).read();
    expect(grid.ownedSheets).toContain("审核结果(2)");
    expect(grid.ownedSheets).not.toContain("审核结果");
  });
});
