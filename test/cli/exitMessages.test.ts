/** Every exit 2 says what went wrong in one Chinese line, never with a library's English words or a schema dump. */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { messageOf } from "../../src/cli/main";
import { ResultJsonSchema } from "../../src/domain/result";
import { runCli, tempDir } from "../helpers/cli";

/** Words of JavaScript's and the libraries' messages that must never reach a user. */
const ENGLISH_INTERNALS = /Cannot|Unexpected|Invalid|expected|received|undefined|properties|TypeError|SyntaxError|ZodError|Error:|token|position/;

function expectOneChineseLine(stderr: string): void {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^错误：[\u4e00-\u9fff「]/);
  expect(lines[0]).not.toMatch(ENGLISH_INTERNALS);
}

describe("exit 2 is one Chinese line", () => {
  const dir = tempDir();

  it.each([
    ["an unknown option", ["check", "x.xlsx", "--frobnicate"], "不认识的选项「--frobnicate」"],
    ["an option without its value", ["check", "x.xlsx", "--out"], "选项「--out」后面缺少取值"],
    ["a positional argument too many", ["handbook", "extra"], "多余的参数「extra」"],
    ["a missing file", ["check", "nope.xlsx", "--quiet"], "找不到文件"],
    ["an unknown command", ["frobnicate"], "不认识的命令"],
  ])("%s", async (_label, args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expectOneChineseLine(run.stderr);
  });

  it("a rule pack file that is not JSON names the line and column, not the parser's words", async () => {
    const pack = path.join(dir, "pack.json");
    writeFileSync(pack, '{\n  "id": "x",\n  oops\n}');
    const run = await runCli(["check", path.join(dir, "x.xlsx"), "--pack", pack]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`规则包文件「${pack}」不是有效的 JSON（第 3 行第 3 列附近）`);
    expectOneChineseLine(run.stderr);
  });

  it("a zip that exceljs cannot parse", async () => {
    const file = path.join(dir, "broken.xlsx");
    // A zip whose workbook part is not XML at all.
    const { zipSync, strToU8 } = await import("fflate");
    writeFileSync(file, zipSync({ "[Content_Types].xml": strToU8("<"), "xl/workbook.xml": strToU8("\u0000\u0001") }));
    const run = await runCli(["check", file, "--quiet"]);
    expect(run.code).toBe(2);
    expectOneChineseLine(run.stderr);
  });

  it.each([
    ["a library's TypeError", new TypeError("Cannot read properties of null (reading 'theme')"), /^处理时出现意外问题/],
    ["a schema's complaint", Object.assign(new Error('[\n  { "expected": "number" }\n]'), { name: "ZodError" }), /^处理时出现意外问题/],
    ["a full disk", Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", path: "/tmp/x" }), /^磁盘空间不足（\/tmp\/x）/],
    ["a read-only disk", Object.assign(new Error("EROFS: read-only file system"), { code: "EROFS" }), /^磁盘是只读的，/],
    ["a thrown string", "boom", /^处理时出现意外问题/],
    ["a code that is a prototype key", Object.assign(new Error("x"), { code: "toString" }), /^处理时出现意外问题/],
  ])("%s becomes one Chinese line", (_label, error, expected) => {
    const message = messageOf(error);
    expect(message).toMatch(expected);
    expect(message).not.toContain("\n");
    expect(message).not.toMatch(ENGLISH_INTERNALS);
  });
});

describe("numbers at the edge of what a double holds", () => {
  const dir = tempDir();
  const sample = path.join(dir, "sample.xlsx");

  beforeAll(async () => {
    expect((await runCli(["sample", "--out", sample])).code).toBe(0);
  });

  it.each(["学生与班级", "教职工", "校舍", "场地与装备"])("1e308 in every number of 「%s」 is checked, with valid JSON, not exit 2", async (sheetName) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sample);
    workbook.getWorksheet(sheetName)!.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === "number") cell.value = 1e308;
      });
    });
    const file = path.join(dir, `${sheetName}.xlsx`);
    await workbook.xlsx.writeFile(file);
    const json = path.join(dir, `${sheetName}.json`);
    const run = await runCli(["check", file, "--json", json, "--quiet"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const result = ResultJsonSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    const values = result.units.flatMap((u) => Object.values(u.indicators));
    expect(values).toContain(null);
    expect(values.every((v) => v === null || Number.isFinite(v))).toBe(true);
  });
});
