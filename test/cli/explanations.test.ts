/** 说明 typed into 审核说明 by hand: the next `check` reports the warning 已说明 and its output keeps the sheet as typed. */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ResultJsonSchema } from "../../src/domain/result";
import { runCli, tempDir, writeRecords } from "../helpers/cli";
import { firstYear, numberAt, withSchoolCells } from "../helpers/yearPair";

const year1 = firstYear();
const school = (year1.sheets.schools ?? []).filter((s) => s.type === "小学" && !String(s.name).includes("中心")).map((s) => String(s.code))[0];
const year2 = withSchoolCells(year1, school, "facilities", { books: numberAt(year1, school, "facilities", "books") - 300 });

describe("审核说明 on the command line", () => {
  it("explains the warning on the next run and keeps the user's sheet in the output", async () => {
    const dir = tempDir();
    const lastYear = await writeRecords(path.join(dir, "2015.xlsx"), year1);
    const input = await writeRecords(path.join(dir, "2016.xlsx"), year2);
    const firstJson = path.join(dir, "first.json");
    await runCli(["check", input, "--previous", lastYear, "--json", firstJson, "--quiet"]);
    const warning = ResultJsonSchema.parse(JSON.parse(readFileSync(firstJson, "utf8"))).findings.find((f) => f.rule === "H-02")!;
    expect(warning.explained).toBe(false);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path.join(dir, "2016.审核.xlsx")) as unknown as ExcelJS.Buffer);
    const sheet = workbook.addWorksheet("审核说明");
    sheet.addRow(["规则", "学校标识码", "单元格", "说明", "填写人", "日期"]);
    sheet.addRow(["H-02", school, warning.cells.join("、"), "报废旧图书 300 册", "玉香", "2016-09-21"]);
    const typed = path.join(dir, "2016（已填说明）.xlsx");
    writeFileSync(typed, new Uint8Array(await workbook.xlsx.writeBuffer()));

    const json = path.join(dir, "again.json");
    const out = path.join(dir, "again.xlsx");
    const run = await runCli(["check", typed, "--previous", lastYear, "--json", json, "--out", out, "--quiet"]);
    expect(run.stdout).toMatch(/\[H-02\] .*（已说明）$/m);
    const again = ResultJsonSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    expect(again.findings.find((f) => f.rule === "H-02")).toMatchObject({ schoolId: school, explained: true });

    const written = new ExcelJS.Workbook();
    await written.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(written.getWorksheet("审核说明(2)")).toBeUndefined();
    expect(written.getWorksheet("审核说明")!.getRow(2).values).toEqual([undefined, "H-02", school, warning.cells.join("、"), "报废旧图书 300 册", "玉香", "2016-09-21"]);
    const results = written.getWorksheet("审核结果")!;
    const row = (results.getRows(1, results.rowCount) ?? []).find((r) => String(r.getCell(2).value).startsWith("H-02"))!;
    expect(row.getCell(7).value).toBe("已说明");
  });
});
