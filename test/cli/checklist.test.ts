/** The checklist from the command line: a fired veto leads the summary, and 考核自查 is in the output workbook. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ResultJsonSchema } from "../../src/domain/result";
import { primarySchool, records, withCells } from "../helpers/register";
import { runCli, tempDir, writeRecords } from "../helpers/cli";

describe("一票否决 on the command line", () => {
  it("prints a fired veto before the findings and writes it first in 考核自查", async () => {
    const dir = tempDir();
    const input = await writeRecords(path.join(dir, "超大班额.xlsx"), records(withCells(primarySchool(), { students: { "primary.band26": 5, "primary.band66": 1 } })));
    const json = path.join(dir, "结果.json");
    const run = await runCli(["check", input, "--json", json]);
    expect(run.code).toBe(1);

    const lines = run.stdout.split("\n");
    const veto = lines.findIndex((l) => l.startsWith("一票否决："));
    expect(veto).toBe(1);
    expect(lines[veto]).toBe("一票否决：存在超大班额（66人及以上） — 测试小学（详见“考核自查”工作表）");
    expect(veto).toBeLessThan(lines.findIndex((l) => l.includes("[212-05]")));
    expect(run.stdout).toContain("考核自查：考核指标已得");

    const result = ResultJsonSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    expect(result.checklist.find((c) => c.id === "V1")).toMatchObject({ status: "否决", where: ["测试小学"] });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path.join(dir, "超大班额.审核.xlsx")) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("考核自查")!;
    const rows = Array.from(sheet.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
    const header = rows.findIndex((r) => r[0] === "序号");
    expect(rows[header + 1].slice(1, 4)).toEqual(["存在超大班额（66人及以上）", "自动", "否决"]);
    expect(sheet.getColumn(8).hidden).toBe(true);
  });
});
