/**
 * `junheng merge` end to end: three school-group files cut from a generated township, written and merged from their
 * folder, give back the township's register and check results; conflicts block the output with exit 2.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runCheck } from "../../src/domain/check";
import type { WorkbookGrid } from "../../src/domain/grid";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { recogniseRegister } from "../../src/domain/recognise/register";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { runCli, tempDir, writeRecords } from "../helpers/cli";
import { contentOf, cut, township } from "../domain/merge/cutTownship";

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const readGrid = async (file: string): Promise<WorkbookGrid> => (await ExcelJsWorkbook.load(readFileSync(file))).read();

describe("junheng merge: three files back into their township", () => {
  const dir = tempDir();
  const folder = path.join(dir, "各校");
  const out = path.join(dir, "全乡登记表.xlsx");
  const original = township();
  let hashes: string[] = [];
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    mkdirSync(folder);
    const files = await Promise.all(cut(original, 3).map((records, i) => writeRecords(path.join(folder, `第${i + 1}组.xlsx`), records)));
    writeFileSync(path.join(folder, "说明.txt"), "各校上报");
    hashes = files.map(sha256);
    run = await runCli(["merge", folder, "--out", out]);
  });

  it("exits 0, names the files and what each gave, and notes the file it passed over", () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`已合并 3 个文件（学校 18 所，村委会 ${original.sheets.villages!.length} 个）：${out}`);
    expect(run.stdout).toContain(`${path.join(folder, "第2组.xlsx")}：学校 6 所`);
    expect(run.stderr).toContain(`提示：已跳过「${path.join(folder, "说明.txt")}」：不是 .xlsx 工作簿`);
  });

  it("never changes the inputs", () => {
    expect([1, 2, 3].map((i) => sha256(path.join(folder, `第${i}组.xlsx`)))).toEqual(hashes);
  });

  it("writes a register that reads and checks like the township it was cut from", async () => {
    const merged = await readGrid(out);
    const source = await readGrid(await writeRecords(path.join(dir, "原表.xlsx"), original));
    expect(contentOf(recogniseRegister(merged))).toEqual(contentOf(recogniseRegister(source)));
    const [a, b] = [runCheck(source), runCheck(merged)];
    expect(b.findings).toEqual(a.findings);
    expect(b.summary).toEqual(a.summary);
    expect(b.evaluation.balance).toEqual(a.evaluation.balance);
  });

  it("puts the merged register in the canonical layout", async () => {
    const merged = await readGrid(out);
    const canonical = layoutRegister(original);
    expect(merged.sheets.map((s) => s.name)).toEqual(canonical.grid.sheets.map((s) => s.name));
    const layouts = Object.values(canonical.layouts);
    expect(layouts.length).toBeGreaterThan(0);
    for (const layout of layouts) {
      const sheet = merged.sheets.find((s) => s.name === layout.grid.name)!;
      const header = (rows: WorkbookGrid["sheets"][number]["rows"]) => rows.slice(0, layout.firstDataRow);
      expect(header(sheet.rows)).toEqual(header(layout.grid.rows));
      // In reading order: the workbook lists merges in its own order.
      const headerMerges = (g: WorkbookGrid["sheets"][number]) => g.merges.filter((m) => m.top < layout.firstDataRow).sort((a, b) => a.top - b.top || a.left - b.left);
      expect(headerMerges(sheet)).toEqual(headerMerges(layout.grid));
    }
  });
});

describe("junheng merge: conflicts", () => {
  it("lists every conflict with file, sheet and cell, writes nothing and exits 2", async () => {
    const dir = tempDir();
    const [a, b] = cut(township(3, 6), 2);
    const first = await writeRecords(path.join(dir, "甲.xlsx"), a);
    const again = await writeRecords(path.join(dir, "甲的副本.xlsx"), { ...a, meta: { 乡镇: "示例乡", 统计年度: "2015" } });
    const second = await writeRecords(path.join(dir, "乙.xlsx"), b);
    const bogus = path.join(dir, "丙.xlsx");
    writeFileSync(bogus, "这不是工作簿");
    const out = path.join(dir, "合并.xlsx");
    const run = await runCli(["merge", first, again, second, bogus, "--out", out]);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    const conflicts = run.stderr.split("\n").filter((l) => l.startsWith("冲突："));
    expect(conflicts).toContain(`冲突：无法合并「${bogus}」：文件「${bogus}」不是 Excel 工作簿（.xlsx）。请选择统计登记表的 .xlsx 文件。`);
    expect(conflicts).toContain(`冲突：统计年度不一致：「${again}」填报说明!B3 为「2015」，而「${first}」填报说明!B3 为「2016」`);
    const code = a.sheets.schools![0].code as string;
    expect(conflicts).toContain(`冲突：学校标识码 ${code} 在两个文件中都有：「${again}」学校基本情况!A2 与 「${first}」学校基本情况!A2；同一所学校只能来自一个文件`);
    // One line per school, not one per sheet it appears on.
    expect(conflicts.filter((l) => l.includes("学校标识码"))).toHaveLength(a.sheets.schools!.length);
    expect(run.stderr).toContain(`错误：有 ${conflicts.length} 处冲突，没有写出合并结果。`);
  });

  it("refuses to write over one of its inputs", async () => {
    const dir = tempDir();
    const file = await writeRecords(path.join(dir, "甲.xlsx"), township(3, 4));
    const before = sha256(file);
    const run = await runCli(["merge", file, "--out", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("输出文件不能与输入相同");
    expect(sha256(file)).toBe(before);
  });
});
