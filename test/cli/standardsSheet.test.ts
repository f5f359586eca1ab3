/** The 标准参数 sheet round trip: written on request, edited by the user, applied on the next run. */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ResultJsonSchema, type ResultJson } from "../../src/domain/result";
import { runCli, tempDir } from "../helpers/cli";

async function check(file: string, ...extra: string[]): Promise<ResultJson> {
  const json = `${file}.json`;
  const run = await runCli(["check", file, "--json", json, "--quiet", ...extra]);
  expect(run.code).toBeLessThan(2);
  return ResultJsonSchema.parse(JSON.parse(readFileSync(json, "utf8")));
}

const below = (result: ResultJson, name: string) => result.units.find((u) => u.name === name && u.stage === "primary")!.below;

describe("标准参数", () => {
  const dir = tempDir();
  const input = path.join(dir, "登记表.xlsx");
  const first = path.join(dir, "登记表.审核.xlsx");

  beforeAll(async () => {
    expect((await runCli(["sample", "--out", input])).code).toBe(0);
  });

  it("is written from the active pack on request, and a changed number changes the verdict of the next run", async () => {
    const before = await check(input, "--standards");
    expect(below(before, "南果河小学")).toEqual([]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(first) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("标准参数")!;
    let edited = "";
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "S6" && row.getCell(3).value === "小学") {
        expect(row.getCell(5).value).toBe(25);
        row.getCell(5).value = 40;
        edited = row.getCell(5).address;
      }
    });
    expect(edited).not.toBe("");
    const changed = path.join(dir, "改过标准.xlsx");
    writeFileSync(changed, new Uint8Array(await workbook.xlsx.writeBuffer()));

    const after = await check(changed);
    // 南果河小学 has 37.4 books per student: enough for 25, short of 40.
    expect(below(after, "南果河小学")).toEqual(["S6"]);
    expect(after.units.find((u) => u.name === "南果河小学")!.thresholds.S6).toBe(40);
  });

  it("points at the cell when a number cannot be read", async () => {
    await check(input, "--standards");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(first) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("标准参数")!;
    let cell = "";
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "S5" && row.getCell(3).value === "初中") {
        row.getCell(5).value = "约700元";
        cell = row.getCell(5).address;
      }
    });
    const broken = path.join(dir, "坏标准.xlsx");
    writeFileSync(broken, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const result = await check(broken);
    const p01 = result.findings.filter((f) => f.rule === "P-01");
    expect(p01).toHaveLength(1);
    expect(p01[0]).toMatchObject({ severity: "error", sheet: "标准参数", cells: [cell] });
    expect(p01[0].message).toContain("约700元");
    expect(result.units.find((u) => u.name === "勐往乡中学")!.thresholds.S5).toBe(695);
  });
});
