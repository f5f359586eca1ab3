/**
 * `junheng archive` end to end: three generated years written as files (one without 统计年度, given by --year), the
 * archive workbook reopened with exceljs and held against runCheck of each year's file.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCheck, type CheckRun } from "../../src/domain/check";
import { TREND_LABEL, trendOf } from "../../src/domain/archive/trend";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { runCli, tempDir, writeRecords, type CliRun } from "../helpers/cli";
import { townshipYear, YEARS } from "../domain/archive/threeYears";

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** exceljs keeps a sheet's rules in `conditionalFormattings`, which its typings leave out. */
type WithRules = ExcelJS.Worksheet & { readonly conditionalFormattings: readonly ExcelJS.ConditionalFormattingOptions[] };

function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

describe("junheng archive: three years", () => {
  const dir = tempDir();
  const files = YEARS.map((y) => path.join(dir, `${y}年登记表.xlsx`));
  const out = path.join(dir, "档案汇总.xlsx");
  let hashes: string[] = [];
  let run: CliRun;
  let runs: CheckRun[] = [];
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    // 2014's register has no 统计年度: its year comes from --year.
    await writeRecords(files[0], townshipYear(2014, { 乡镇: "示例乡" }));
    await writeRecords(files[1], townshipYear(2015));
    await writeRecords(files[2], townshipYear(2016));
    hashes = files.map(sha256);
    // Given newest first: the tables still run from 2014 to 2016.
    run = await runCli(["archive", files[2], files[0], files[1], "--year", `2014=${files[0]}`, "--out", out]);
    runs = await Promise.all(
      files.map(async (f, i) => runCheck(await (await ExcelJsWorkbook.load(readFileSync(f))).read(), { meta: { 统计年度: String(YEARS[i]) } })),
    );
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
  });

  it("exits 0, prints a line per year and leaves the registers as they were", () => {
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines.map((l) => l.slice(0, 6))).toEqual(["2014年度", "2015年度", "2016年度", "档案汇总已写入"].map((s) => s.slice(0, 6)));
    expect(lines[1]).toContain(`错误 ${runs[1].summary.error} 条`);
    expect(files.map(sha256)).toEqual(hashes);
  });

  it("has the three archive sheets, print-ready: A4 landscape at a legible scale, title, page numbers, repeated header", () => {
    expect(workbook.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name)).toEqual(["历年差异系数", "历年学校指标", "历年审核与整改"]);
    for (const ws of workbook.worksheets.filter((w) => w.state === "visible")) {
      // Never shrunk to one page width (历年学校指标 printed at ~30 % that way): wide sheets split into column groups.
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", scale: 80 });
      expect(ws.pageSetup.fitToPage).toBeFalsy();
      expect(ws.pageSetup.printTitlesRow).toMatch(/^(\d+):\1$/);
      expect(ws.headerFooter.oddFooter).toContain("&P");
      if (ws.name === "历年学校指标") expect(ws.pageSetup.printTitlesColumn).toBe("A:D");
      expect(String(ws.getCell("A1").value)).toContain("示例乡");
      expect(String(ws.getCell("A1").value)).toContain("2014—2016年度");
    }
  });

  it("holds each year's coefficients exactly as runCheck computes them for that year's file, with the trend's sign", () => {
    const rows = rowsOf(workbook.getWorksheet("历年差异系数")!);
    const composite = rows.filter((r) => r?.[0] === "小学" && r[1] === "综合差异系数");
    expect(composite.map((r) => r[2])).toEqual(["2014", "2015", "2016"]);
    expect(composite.map((r) => r[5])).toEqual(runs.map((r) => r.evaluation.balance.primary.composite));
    const b5 = rows.filter((r) => r?.[0] === "小学" && String(r[1]).startsWith("B5 "));
    expect(b5.map((r) => r[5])).toEqual(runs.map((r) => r.evaluation.balance.primary.cv.B5));
    for (const group of [composite, b5]) {
      for (let i = 1; i < 3; i++) {
        const trend = trendOf(group[i - 1][5] as number, group[i][5] as number);
        // The change between the coefficients as printed, at three decimals.
        expect(group[i][6]).toBeCloseTo((group[i][5] as number) - (group[i - 1][5] as number), 2);
        expect(group[i][6]).toBe(trend.change);
        expect(group[i][7]).toBe(TREND_LABEL[trend.direction!]);
      }
    }
    // Half the schools bought books each year: the books coefficient moved.
    expect(b5.slice(1).map((r) => r[7])).not.toContain("持平");
  });

  it("counts findings by severity and 整改清单 items per year", () => {
    const rows = rowsOf(workbook.getWorksheet("历年审核与整改")!);
    const header = rows.findIndex((r) => r?.[0] === "年度");
    runs.forEach((r, i) => {
      expect(rows[header + 1 + i].slice(0, 9)).toEqual([String(YEARS[i]), path.basename(files[i]), r.summary.schools, r.summary.units, r.summary.error, r.summary.warning, 0, r.summary.info, r.rectification.length]);
    });
    expect(runs[1].summary.error).toBeGreaterThan(runs[0].summary.error);
  });

  it("has a row per unit and year on 历年学校指标", () => {
    const ws = workbook.getWorksheet("历年学校指标")!;
    const rows = rowsOf(ws);
    const header = Number(ws.pageSetup.printTitlesRow!.split(":")[0]);
    expect(rows[header - 1].slice(0, 4)).toEqual(["学校", "标识码", "学段", "年度"]);
    expect(rows.length - header).toBe(runs.reduce((n, r) => n + r.evaluation.units.length, 0));
  });

  it("carries data bars on the coefficient and indicator columns", () => {
    for (const name of ["历年差异系数", "历年学校指标", "历年审核与整改"]) {
      const rules = (workbook.getWorksheet(name) as WithRules).conditionalFormattings.flatMap((cf) => cf.rules);
      expect(rules.length).toBeGreaterThan(0);
      expect(rules.every((r) => r.type === "dataBar")).toBe(true);
    }
  });
});

describe("junheng archive: years it cannot place", () => {
  it("refuses two registers of one year and a register without a year, writing nothing (exit 2)", async () => {
    const dir = tempDir();
    const a = await writeRecords(path.join(dir, "甲.xlsx"), townshipYear(2016));
    const b = await writeRecords(path.join(dir, "乙.xlsx"), townshipYear(2016, { 乡镇: "示例乡", 统计年度: "2016年度" }));
    const c = await writeRecords(path.join(dir, "丙.xlsx"), townshipYear(2015, { 乡镇: "示例乡" }));
    const out = path.join(dir, "档案汇总.xlsx");

    const same = await runCli(["archive", a, b, "--out", out]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("「甲.xlsx」与「乙.xlsx」都是 2016 年度的登记表");

    const none = await runCli(["archive", a, c, "--out", out]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("无法确定「丙.xlsx」的统计年度：请在填报说明中填写统计年度，或用 --year 年度=文件 指定。");

    const stray = await runCli(["archive", a, c, "--year", `2015=${path.join(dir, "丁.xlsx")}`, "--out", out]);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain("不在要汇总的文件中");
    expect(existsSync(out)).toBe(false);
  });
});
