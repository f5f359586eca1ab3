/** `junheng sample --practice` and `junheng practice-score`: the round trip a trainer and trainee make. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { parsePracticeKeyFile } from "../../src/domain/practice/keyJson";
import { cleanPracticeRegister, PRACTICE_MAX_ERRORS, practiceRegister } from "../../src/domain/practice/practiceRegister";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { runCli, tempDir, writeRecords } from "../helpers/cli";
import { restoreEntries } from "../helpers/practice";

const valuesOf = async (file: string) => (await (await ExcelJsWorkbook.load(readFileSync(file))).read()).sheets.map((s) => [s.name, s.rows]);

describe("junheng sample --practice + junheng practice-score", () => {
  const dir = tempDir();
  const file = path.join(dir, "练习.xlsx");
  const keyFile = path.join(dir, "练习.答案.json");

  it("writes the practice workbook and its answer key beside it", async () => {
    const run = await runCli(["sample", "--practice", "--seed", "42", "--errors", "6", "--out", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(file);
    expect(run.stdout).toContain(keyFile);
    expect(run.stdout).toContain("请勿发给学员");
    const json = JSON.parse(readFileSync(keyFile, "utf8"));
    expect(json).toMatchObject({ 种子: 42, 错误数: 6 });
    expect(json.错误[0]).toEqual(expect.objectContaining({ 规则: expect.any(String), 级别: expect.any(String), 工作表: expect.any(String), 单元格: expect.any(Array), 改动说明: expect.any(String) }));
    expect(parsePracticeKeyFile(readFileSync(keyFile, "utf8"))).toEqual(practiceRegister({ seed: 42, errors: 6 }).key);
    const text = JSON.stringify(await valuesOf(file));
    for (const e of json.错误) expect(text).not.toContain(e.改动说明);
  });

  it("writes the same values for the same seed and other values for another", async () => {
    const again = path.join(dir, "again.xlsx");
    const other = path.join(dir, "other.xlsx");
    expect((await runCli(["sample", "--practice", "--seed", "42", "--errors", "6", "--out", again])).code).toBe(0);
    expect((await runCli(["sample", "--practice", "--seed", "43", "--errors", "6", "--out", other])).code).toBe(0);
    expect(await valuesOf(again)).toEqual(await valuesOf(file));
    expect(readFileSync(path.join(dir, "again.答案.json"), "utf8")).toBe(readFileSync(keyFile, "utf8"));
    expect(await valuesOf(other)).not.toEqual(await valuesOf(file));
  });

  it("scores the untouched file and a file with three errors fixed", async () => {
    const untouched = await runCli(["practice-score", file, "--key", keyFile]);
    expect(untouched.code).toBe(0);
    expect(untouched.stdout).toContain("已改正 0/6 处，改错位置 0 处，未改正 6 处，新引入问题 0 处");

    const { records, key } = practiceRegister({ seed: 42, errors: 6 });
    const fixedFile = await writeRecords(path.join(dir, "改好.xlsx"), restoreEntries(records, cleanPracticeRegister(42), key.errors.slice(0, 3)));
    const run = await runCli(["practice-score", fixedFile, "--key", keyFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("已改正 3/6 处，改错位置 0 处，未改正 3 处，新引入问题 0 处");
    for (const e of key.errors.slice(0, 3)) expect(run.stdout).toContain(e.description);
  });

  it("reads every kind of seeded error back from the xlsx as the key says", async () => {
    const all = path.join(dir, "全部.xlsx");
    const written = await runCli(["sample", "--practice", "--seed", "7", "--errors", "999", "--out", all]);
    expect(written.stdout).toContain(`埋入 ${PRACTICE_MAX_ERRORS} 处错误（最多 ${PRACTICE_MAX_ERRORS} 处）`);
    const run = await runCli(["practice-score", all, "--key", path.join(dir, "全部.答案.json")]);
    expect(run.stdout).toContain(`已改正 0/${PRACTICE_MAX_ERRORS} 处，改错位置 0 处，未改正 ${PRACTICE_MAX_ERRORS} 处，新引入问题 0 处`);
  });

  it("rejects a bad key file and options that need --practice", async () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, "{}");
    const run = await runCli(["practice-score", file, "--key", bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("练习答案文件");
    expect((await runCli(["sample", "--seed", "3", "--out", path.join(dir, "x.xlsx")])).code).toBe(2);
    expect((await runCli(["sample", "--practice", "--seed", "abc", "--out", path.join(dir, "y.xlsx")])).code).toBe(2);
    expect(existsSync(path.join(dir, "y.xlsx"))).toBe(false);
  });
});

describe("junheng handbook", () => {
  it("writes the printable rule handbook", async () => {
    const out = path.join(tempDir(), "规则说明.html");
    const run = await runCli(["handbook", "--out", out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("均衡 · 审核规则说明");
    expect(html).toContain('id="rule-312-01"');
  });
});
