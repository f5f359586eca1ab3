/**
 * A calendar that follows the year (docs/method.md §1): deadlines in 整改清单 and the 工作进度 sheet are dated in the
 * statistical year, and dates users set in 工作进度 carry into the deadlines of the next check.
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ResultJsonSchema } from "../../src/domain/result";
import { runCli, tempDir } from "../helpers/cli";

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Every cell of a sheet as text. */
function texts(sheet: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => out.push(cell.value instanceof Date ? cell.value.toISOString() : String(cell.value ?? ""))));
  return out;
}

describe("check --year 2017", () => {
  const dir = tempDir();
  const input = path.join(dir, "登记表.xlsx");
  const checked = path.join(dir, "登记表.审核.xlsx");
  const json = path.join(dir, "result.json");

  beforeAll(async () => {
    expect((await runCli(["sample", "--out", input])).code).toBe(0);
    // Checked once for its own year (2016), then again as 2017: the 2016 deadlines written the first time must go.
    expect((await runCli(["check", input, "--quiet"])).code).toBe(1);
    expect((await runCli(["check", checked, "--year", "2017", "--out", path.join(dir, "2017.xlsx"), "--json", json, "--quiet"])).code).toBe(1);
  });

  it("has no 2016 deadline anywhere in 整改清单, and the data and green-area deadlines in 2017", async () => {
    const sheet = (await load(path.join(dir, "2017.xlsx"))).getWorksheet("整改清单")!;
    const deadlineColumn = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(11).value === "完成时限")!;
    expect(deadlineColumn).toBeDefined();
    // Merged cells (the note across the page) read as their master's text in every column: only unmerged cells count.
    const deadlines: string[] = [];
    sheet.getColumn(11).eachCell((cell) => {
      if (!cell.isMerged) deadlines.push(cell.value instanceof Date ? cell.value.toISOString() : String(cell.value ?? ""));
    });
    expect(deadlines.filter((t) => t.includes("2016"))).toEqual([]);
    expect(deadlines).toContain("2017-07-25");
    // Only the register's own facts (数据日期, the pack's name) may still say 2016.
    expect(texts(sheet).filter((t) => t.includes("2016") && !t.includes("数据日期 2016-09-01"))).toEqual([]);
    const result = ResultJsonSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    expect(result.rectification.filter((r) => r.deadline.includes("2016"))).toEqual([]);
    expect(new Set(result.rectification.map((r) => r.deadline))).toEqual(new Set(["2017-07-25", "2017-08-10", "县级复评前"].filter((d) => result.rectification.some((r) => r.deadline === d))));
  });

  it("writes 工作进度 with the plan's milestones dated in 2017, responsible units and status", async () => {
    const sheet = (await load(path.join(dir, "2017.xlsx"))).getWorksheet("工作进度")!;
    const rows = sheet.getSheetValues().filter((r): r is ExcelJS.CellValue[] => Array.isArray(r) && typeof r[1] === "number");
    expect(rows.map((r) => r[3])).toEqual(["2017-07-10", "2017-07-20", "2017-07-20", "2017-07-25", "2017-08-05", "2017-08-10", "2017-09-30", "2017-09-30"]);
    const works = rows.map((r) => String(r[2]));
    for (const word of ["统计员培训", "10项指标、23项考核指标和四项一票否决", "统计报表", "自评报告", "县级复评", "归档"]) expect(works.some((w) => w.includes(word))).toBe(true);
    expect(rows.every((r) => String(r[4]).length > 0 && r[5] === "未开始")).toBe(true);
  });

  it("takes a date and a status the user set in 工作进度 into the next check's 整改清单", async () => {
    const workbook = await load(path.join(dir, "2017.xlsx"));
    const progress = workbook.getWorksheet("工作进度")!;
    progress.eachRow((row) => {
      if (String(row.getCell(7).value).endsWith("|compile")) {
        row.getCell(3).value = "2017-07-28";
        row.getCell(5).value = "进行中";
      }
    });
    const edited = path.join(dir, "2017（改了日期）.xlsx");
    writeFileSync(edited, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const again = path.join(dir, "again.json");
    const out = path.join(dir, "again.xlsx");
    expect((await runCli(["check", edited, "--year", "2017", "--out", out, "--json", again, "--quiet"])).code).toBe(1);
    const result = ResultJsonSchema.parse(JSON.parse(readFileSync(again, "utf8")));
    const data = result.rectification.filter((r) => r.responsible === "学校统计员");
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((r) => r.deadline === "2017-07-28")).toBe(true);
    const kept = (await load(out)).getWorksheet("工作进度")!.getSheetValues().find((r) => Array.isArray(r) && String(r[7]).endsWith("|compile")) as ExcelJS.CellValue[];
    expect([kept[3], kept[5]]).toEqual(["2017-07-28", "进行中"]);
  });
});
