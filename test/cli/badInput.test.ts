/** Bad input never crashes: a Chinese message and exit 2, or a finding that names the sheet and cell. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runCli, tempDir, writeGrid, writeRecords } from "../helpers/cli";
import { CODE_A, CODE_B, primarySchool, records, withCells } from "../helpers/register";

interface JsonFinding {
  rule: string;
  severity: string;
  schoolId: string | null;
  sheet: string | null;
  cells: string[];
  message: string;
}

async function checkJson(file: string): Promise<{ code: number; findings: JsonFinding[]; stderr: string }> {
  const json = `${file}.json`;
  const run = await runCli(["check", file, "--json", json, "--quiet"]);
  const findings = existsSync(json) ? (JSON.parse(readFileSync(json, "utf8")).findings as JsonFinding[]) : [];
  return { code: run.code, findings, stderr: run.stderr };
}

describe("input the command line refuses, with exit 2 and no output file", () => {
  const dir = tempDir();

  it.each([
    ["a text file named .xlsx", "note.xlsx", Buffer.from("学校名称,学生数\n糯东小学,120\n"), "不是 Excel 工作簿"],
    ["a zero-byte file", "empty-bytes.xlsx", Buffer.alloc(0), "是空的（0 字节）"],
    ["an old .xls or password-protected file", "old.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "旧版 .xls"],
    ["a zip that is not a workbook", "fake.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), "无法读取工作簿"],
  ])("%s", async (_label, name, bytes, message) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const run = await runCli(["check", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/at .+\(.+:\d+:\d+\)/);
    expect(existsSync(path.join(dir, name.replace(/\.xlsx?$/, ".审核.xlsx")))).toBe(false);
  });

  it("a missing file", async () => {
    const run = await runCli(["check", path.join(dir, "nope.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("找不到文件");
  });

  it("an empty workbook", async () => {
    const file = await writeGrid(path.join(dir, "blank.xlsx"), { ownedSheets: [], sheets: [{ name: "Sheet1", rows: [], merges: [], visibility: "visible" }] });
    const run = await runCli(["check", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("工作簿是空的");
  });

  it("a workbook without a register sheet", async () => {
    const file = await writeGrid(path.join(dir, "other.xlsx"), {
      ownedSheets: [],
      sheets: [{ name: "工资表", rows: [["姓名", "工资"], ["张三", 3000]], merges: [], visibility: "visible" }],
    });
    const run = await runCli(["check", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("没有找到统计登记表");
    expect(run.stderr).toContain("「工资表」");
  });

  it("an output path equal to the input", async () => {
    const file = await writeRecords(path.join(dir, "same.xlsx"), records(primarySchool()));
    const before = readFileSync(file);
    const run = await runCli(["check", file, "--out", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不能与输入文件相同");
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("an unknown option", async () => {
    const run = await runCli(["check", "x.xlsx", "--frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("错误：不认识的选项「--frobnicate」。（用法见 junheng check --help）\n");
  });
});

describe("messy registers become findings that name sheet and cell", () => {
  const dir = tempDir();

  it("a sheet missing a required column", async () => {
    const file = await writeRecords(path.join(dir, "missing-column.xlsx"), { ...records(primarySchool()), omit: { students: ["primary.total"] } });
    const { code, findings } = await checkJson(file);
    expect(code).toBe(1);
    const d07 = findings.filter((f) => f.rule === "D07" && f.sheet === "学生与班级");
    expect(d07).toHaveLength(1);
    expect(d07[0].message).toContain("小学在校生合计");
  });

  it("text in a numeric cell", async () => {
    const file = await writeRecords(path.join(dir, "text.xlsx"), records(withCells(primarySchool(), { facilities: { computers: "约50" } })));
    const { code, findings } = await checkJson(file);
    expect(code).toBe(1);
    const d01 = findings.find((f) => f.rule === "D01")!;
    expect(d01).toMatchObject({ severity: "error", sheet: "场地与装备", schoolId: CODE_A });
    expect(d01.cells).toHaveLength(1);
    expect(d01.message).toContain("约50");
  });

  it("duplicated school codes", async () => {
    const file = await writeRecords(path.join(dir, "dup.xlsx"), records(primarySchool(CODE_A, "甲小学"), primarySchool(CODE_A, "乙小学")));
    const { findings } = await checkJson(file);
    const d08 = findings.filter((f) => f.rule === "D08" && f.sheet === "学校基本情况");
    expect(d08).toHaveLength(1);
    // 学校基本情况 has a one-row header, so the two schools are on rows 2 and 3.
    expect(d08[0]).toMatchObject({ severity: "error", cells: ["A2", "A3"] });
  });

  it("formula error values", async () => {
    const file = await writeRecords(path.join(dir, "formula-error.xlsx"), records(withCells(primarySchool(), { buildings: { admin: { error: "#REF!" } } })));
    const { code, findings } = await checkJson(file);
    expect(code).toBe(1);
    const d06 = findings.find((f) => f.rule === "D06")!;
    expect(d06).toMatchObject({ severity: "error", sheet: "校舍" });
    expect(d06.message).toContain("#REF!");
  });

  it("a school code stored as a number is read back as the same 10-digit text", async () => {
    const numeric = withCells(primarySchool(CODE_B), { schools: { code: Number(CODE_B) }, students: { code: Number(CODE_B), "primary.grade1": 31 } });
    const file = await writeRecords(path.join(dir, "numeric-code.xlsx"), records(numeric));
    const { findings } = await checkJson(file);
    expect(findings.filter((f) => f.rule === "D08" || f.rule === "X-01")).toEqual([]);
    expect(findings.find((f) => f.rule === "312-01")?.schoolId).toBe(CODE_B);
  });
});
