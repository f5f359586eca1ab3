/** 整改清单 across runs: the statistician's 状态 survives when the list is regenerated. */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ResultJsonSchema } from "../../src/domain/result";
import { runCli, tempDir } from "../helpers/cli";

describe("整改清单", () => {
  it("keeps a status the user set when the next run regenerates the list", async () => {
    const dir = tempDir();
    const input = path.join(dir, "登记表.xlsx");
    expect((await runCli(["sample", "--out", input])).code).toBe(0);
    const checked = path.join(dir, "登记表.审核.xlsx");
    expect((await runCli(["check", input, "--quiet"])).code).toBe(1);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(checked) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("整改清单")!;
    const header = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(12).value === "状态")!;
    expect(header.getCell(13).value).toBe("整改项标识");
    let key = "";
    sheet.eachRow((row) => {
      if (key === "" && String(row.getCell(13).value ?? "").includes("|S6")) {
        key = String(row.getCell(13).value);
        row.getCell(12).value = "整改中";
      }
    });
    expect(key).toMatch(/^5328221007\|primary\|S6$/);
    const edited = path.join(dir, "登记表（已填整改状态）.xlsx");
    writeFileSync(edited, new Uint8Array(await workbook.xlsx.writeBuffer()));

    const json = path.join(dir, "again.json");
    expect((await runCli(["check", edited, "--json", json, "--quiet"])).code).toBe(1);
    const result = ResultJsonSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    const item = result.rectification.find((r) => r.key === key)!;
    expect(item.status).toBe("整改中");
    expect(result.rectification.filter((r) => r.key !== key).every((r) => r.status === "未整改")).toBe(true);
  });
});
