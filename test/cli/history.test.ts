/**
 * `check --previous` and `--carry-over` on a pair of generated years: the year-on-year findings reach the JSON, and
 * last year's 整改清单 状态 and 考核自查 entries carry over when asked — and only then.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ResultJsonSchema, type ResultJson } from "../../src/domain/result";
import { runCli, tempDir, writeGrid, writeRecords } from "../helpers/cli";
import { firstYear, numberAt, withSchoolCells } from "../helpers/yearPair";

const year1 = firstYear();
const booksSchool = (year1.sheets.schools ?? []).filter((s) => s.type === "小学" && !String(s.name).includes("中心")).map((s) => String(s.code))[0];
const year2 = withSchoolCells({ ...year1, meta: { ...year1.meta, 统计年度: "2016" } }, booksSchool, "facilities", {
  books: numberAt(year1, booksSchool, "facilities", "books") - 300,
});

/** Rows of a sheet as plain arrays (1-based columns dropped). */
function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  return sheet.getRows(1, sheet.rowCount) ?? [];
}

function column(sheet: ExcelJS.Worksheet, header: string): number {
  for (const row of rowsOf(sheet)) for (let c = 1; c <= row.cellCount; c++) if (row.getCell(c).value === header) return c;
  throw new Error(`no column ${header} on ${sheet.name}`);
}

interface Edited {
  readonly file: string;
  readonly inProgress: string;
  readonly done: string;
  readonly manualItem: string;
}

/** Last year's checked workbook as the township left it: one item 整改中 (with its own 责任单位 and 完成时限), one 已完成, one manual entry. */
async function editLastYear(checked: string, out: string): Promise<Edited> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(checked) as unknown as ExcelJS.Buffer);
  const list = workbook.getWorksheet("整改清单")!;
  const [key, status, responsible, deadline] = ["整改项标识", "状态", "责任单位", "完成时限"].map((h) => column(list, h));
  const standardRows = rowsOf(list).filter((r) => /\|(primary|junior|-)\|S\d+$/.test(String(r.getCell(key).value ?? "")));
  expect(standardRows.length).toBeGreaterThanOrEqual(2);
  const [first, second] = standardRows;
  first.getCell(status).value = "整改中";
  first.getCell(responsible).value = "学校、县图书馆";
  first.getCell(deadline).value = "2015-12-31";
  second.getCell(status).value = "已完成";

  const checklist = workbook.getWorksheet("考核自查")!;
  const [id, type, state, evidence, score] = ["项目标识", "类型", "状态", "依据", "得分"].map((h) => column(checklist, h));
  const manual = rowsOf(checklist).find((r) => String(r.getCell(type).value ?? "").startsWith("手填") && r.getCell(7).value !== null)!;
  manual.getCell(state).value = "达标";
  manual.getCell(evidence).value = "乡政府已建立问责制度";
  manual.getCell(score).value = 8;
  writeFileSync(out, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return { file: out, inProgress: String(first.getCell(key).value), done: String(second.getCell(key).value), manualItem: String(manual.getCell(id).value) };
}

async function checkJson(args: string[], json: string): Promise<{ code: number; stderr: string; result: ResultJson }> {
  const run = await runCli([...args, "--json", json, "--quiet"]);
  return { code: run.code, stderr: run.stderr, result: ResultJsonSchema.parse(JSON.parse(readFileSync(json, "utf8"))) };
}

describe("check --previous", () => {
  const dir = tempDir();
  const lastYear = path.join(dir, "2015登记表.xlsx");
  const thisYear = path.join(dir, "2016登记表.xlsx");
  let edited: Edited;

  beforeAll(async () => {
    await writeRecords(lastYear, year1);
    await writeRecords(thisYear, year2);
    expect((await runCli(["check", lastYear, "--quiet"])).code).toBeLessThanOrEqual(1);
    edited = await editLastYear(path.join(dir, "2015登记表.审核.xlsx"), path.join(dir, "2015登记表（已填整改）.xlsx"));
  });

  it("reports the year-on-year findings and carries nothing without --carry-over", async () => {
    const { result } = await checkJson(["check", thisYear, "--previous", edited.file], path.join(dir, "plain.json"));
    expect(result.findings.filter((f) => f.rule.startsWith("H-")).map((f) => [f.rule, f.schoolId])).toEqual([["H-02", booksSchool]]);
    expect(result.rectification.every((r) => r.status === "未整改")).toBe(true);
    expect(result.checklist.find((c) => c.id === edited.manualItem)!.status).toBe("待填");
  });

  it("carries 整改中 and the responsible unit, not 已完成 or last year's deadline, and the manual entries", async () => {
    const { result } = await checkJson(["check", thisYear, "--previous", edited.file, "--carry-over"], path.join(dir, "carried.json"));
    const item = (key: string) => result.rectification.find((r) => r.key === key)!;
    expect(item(edited.inProgress)).toMatchObject({ status: "整改中", responsible: "学校、县图书馆" });
    expect(item(edited.inProgress).deadline).not.toBe("2015-12-31");
    expect(item(edited.done).status).toBe("未整改");
    expect(result.rectification.filter((r) => r.key !== edited.inProgress).every((r) => r.status === "未整改")).toBe(true);
    expect(result.checklist.find((c) => c.id === edited.manualItem)).toMatchObject({ status: "达标", evidence: "乡政府已建立问责制度", score: 8 });
    expect(result.findings.filter((f) => f.rule === "H-05").map((f) => [f.severity, f.message])).toEqual([
      ["info", "从上年工作簿沿用了 1 项整改事项的状态或责任单位、1 项考核自查的手填内容，请逐项核对"],
    ]);

    // The carried state is now this year's: written into this year's 整改清单, it stays on the next run without last year.
    const again = await checkJson(["check", path.join(dir, "2016登记表.审核.xlsx")], path.join(dir, "again.json"));
    expect(again.result.rectification.find((r) => r.key === edited.inProgress)!.status).toBe("整改中");
  });

  it("says so when last year's workbook has nothing to carry", async () => {
    const { result } = await checkJson(["check", thisYear, "--previous", lastYear, "--carry-over"], path.join(dir, "nothing.json"));
    expect(result.findings.filter((f) => f.rule === "H-05").map((f) => f.message)).toEqual(["上年工作簿中没有均衡写出的「整改清单」或「考核自查」，没有可沿用的内容"]);
  });

  it("stops with exit 2 and names last year's file when it cannot be used, writing nothing", async () => {
    const out = path.join(dir, "不应写出.xlsx");
    const notWorkbook = path.join(dir, "2015.xlsx");
    writeFileSync(notWorkbook, "不是工作簿");
    const noRegister = await writeGrid(path.join(dir, "空白.xlsx"), { sheets: [{ name: "Sheet1", rows: [["你好"]], merges: [], visibility: "visible" }], ownedSheets: [] });
    for (const [file, reason] of [
      [notWorkbook, /^错误：上年数据「2015\.xlsx」无法使用：文件「2015\.xlsx」不是 Excel 工作簿/m],
      [path.join(dir, "没有这个文件.xlsx"), /^错误：上年数据「没有这个文件\.xlsx」无法使用：找不到文件/m],
      [noRegister, /^错误：上年数据「空白\.xlsx」无法使用：没有找到统计登记表/m],
    ] as const) {
      const run = await runCli(["check", thisYear, "--previous", file, "--out", out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(reason);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("refuses --carry-over without --previous, and last year's file as input or output", async () => {
    const alone = await runCli(["check", thisYear, "--carry-over"]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--carry-over 需要与 --previous");
    const same = await runCli(["check", thisYear, "--previous", thisYear]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/^错误：上年数据「.*2016登记表\.xlsx」就是本次审核的文件，请给出上一年度的登记表。/m);
    const overwrite = await runCli(["check", thisYear, "--previous", edited.file, "--out", edited.file]);
    expect(overwrite.code).toBe(2);
    expect(overwrite.stderr).toContain("上年数据文件");
  });
});
