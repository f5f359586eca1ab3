/** 整改清单 across runs: the statistician's 状态 survives when the list is regenerated. */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ResultJsonSchema } from "../../src/domain/result";
import { RECTIFICATION_STATUSES } from "../../src/domain/evaluation/rectification";
import { partsOf, sheetParts, textOfPart } from "../helpers/checkedCopy";
import { runCli, tempDir } from "../helpers/cli";

/** The sample register written and checked once in a new folder: the folder and the checked copy, opened. */
async function checkedSample(): Promise<{ dir: string; workbook: ExcelJS.Workbook }> {
  const dir = tempDir();
  const input = path.join(dir, "登记表.xlsx");
  expect((await runCli(["sample", "--out", input])).code).toBe(0);
  expect((await runCli(["check", input, "--quiet"])).code).toBe(1);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path.join(dir, "登记表.审核.xlsx")) as unknown as ExcelJS.Buffer);
  return { dir, workbook };
}

describe("整改清单", () => {
  it("keeps a status the user set when the next run regenerates the list", async () => {
    const { dir, workbook } = await checkedSample();
    const sheet = workbook.getWorksheet("整改清单")!;
    const header = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(12).value === "状态")!;
    expect([header.getCell(13).value, header.getCell(14).value]).toEqual(["备注", "整改项标识"]);
    let key = "";
    sheet.eachRow((row) => {
      if (key === "" && String(row.getCell(14).value ?? "").includes("|S6")) {
        key = String(row.getCell(14).value);
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

describe("整改清单 状态 drop-down in the checked copy", () => {
  it("gives each school's 状态 cells the same list as in Excel, in the sheet part's <dataValidations>", async () => {
    const { dir, workbook } = await checkedSample();
    const parts = partsOf(new Uint8Array(readFileSync(path.join(dir, "登记表.审核.xlsx"))));
    const xml = textOfPart(parts, sheetParts(parts).get("整改清单")!);
    const rules = [...xml.matchAll(/<dataValidation type="list"[^>]*sqref="([^"]+)"><formula1>([^<]*)<\/formula1><\/dataValidation>/g)];
    expect(rules.length).toBeGreaterThan(0);
    for (const [, , formula] of rules) expect(formula).toBe(`&quot;${RECTIFICATION_STATUSES.join(",")}&quot;`);
    // Every item's 状态 cell (column L, beside the key in M) is covered, and no header.
    const sheet = workbook.getWorksheet("整改清单")!;
    const covered = (row: number) =>
      rules.some(([, ref]) => {
        const [, top, bottom] = /^L(\d+):L(\d+)$/.exec(ref) ?? [];
        return top !== undefined && row >= Number(top) && row <= Number(bottom);
      });
    let items = 0;
    sheet.eachRow((row, n) => {
      if (!String(row.getCell(14).value ?? "").includes("|")) return;
      items++;
      expect(covered(n)).toBe(true);
    });
    expect(items).toBeGreaterThan(0);
    // The rules sit where CT_Worksheet wants them: after the merges, before the links and the page margins.
    expect(xml.indexOf("<dataValidations")).toBeLessThan(xml.indexOf("<pageMargins"));
    // ExcelJS (another reader) sees the same list.
    const first = rules[0][1].split(":")[0];
    expect(sheet.getCell(first).dataValidation).toMatchObject({ type: "list", formulae: [`"${RECTIFICATION_STATUSES.join(",")}"`] });
  });
});

describe("filter buttons in the checked copy", () => {
  it("puts an AutoFilter on 审核结果's header row, and a re-check of the copy reads every row", async () => {
    const { dir, workbook } = await checkedSample();
    const copy = path.join(dir, "登记表.审核.xlsx");
    const parts = partsOf(new Uint8Array(readFileSync(copy)));
    const xml = textOfPart(parts, sheetParts(parts).get("审核结果")!);
    const sheet = workbook.getWorksheet("审核结果")!;
    const header = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === "级别")!.number;
    expect(xml).toMatch(new RegExp(`</sheetData><autoFilter ref="A${header}:[A-Z]+${sheet.rowCount}"/>`));
    expect(textOfPart(parts, sheetParts(parts).get("整改清单")!)).not.toContain("<autoFilter");
    const first = path.join(dir, "first.json");
    const again = path.join(dir, "again.json");
    expect((await runCli(["check", path.join(dir, "登记表.xlsx"), "--json", first, "--quiet"])).code).toBe(1);
    expect((await runCli(["check", copy, "--json", again, "--quiet"])).code).toBe(1);
    const summary = (file: string) => ResultJsonSchema.parse(JSON.parse(readFileSync(file, "utf8"))).summary;
    expect(summary(again)).toEqual(summary(first));
  });
});

describe("a row the user adds to 整改清单 (来源 县级复评)", () => {
  it("survives two re-checks on the command line, with its status", async () => {
    const { dir, workbook } = await checkedSample();
    const sheet = workbook.getWorksheet("整改清单")!;
    let title = 0;
    sheet.eachRow((row, n) => {
      if (title === 0 && String(row.getCell(1).value ?? "").startsWith("坝散小学（")) title = n;
    });
    expect(title).toBeGreaterThan(0);
    // Under the school's header and first item: 问题 (D), 整改措施 (I), 责任单位, 完成时限, 状态 (L), 备注 (M), 来源 (O).
    sheet.spliceRows(title + 3, 0, [null, null, null, "县级复评发现：围墙破损", null, null, null, null, "修缮围墙", "学校", "2016-09-30", "整改中", "已报县局", null, "县级复评"]);
    const edited = path.join(dir, "复评后.xlsx");
    writeFileSync(edited, new Uint8Array(await workbook.xlsx.writeBuffer()));

    const once = path.join(dir, "复评后.审核.xlsx");
    expect((await runCli(["check", edited, "--quiet"])).code).toBe(1);
    const twice = path.join(dir, "再次.xlsx");
    const json = path.join(dir, "再次.json");
    expect((await runCli(["check", once, "--out", twice, "--json", json, "--quiet"])).code).toBe(1);

    // The JSON lists it too, after the school's own items, marked as the user's.
    const result = ResultJsonSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    const school = result.rectification.filter((r) => r.schoolId === "5328221006");
    expect(school.map((r) => r.source)).toEqual([...school.slice(0, -1).map(() => "check"), "user"]);
    expect(school[school.length - 1]).toEqual({
      key: "5328221006|-|user-1", schoolId: "5328221006", stage: null, indicator: "", current: null, standard: null, gap: null, unit: "",
      action: "修缮围墙", responsible: "学校", deadline: "2016-09-30", status: "整改中", note: "已报县局",
      source: "user", origin: "县级复评", problem: "县级复评发现：围墙破损",
    });

    for (const file of [once, twice]) {
      const again = new ExcelJS.Workbook();
      await again.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
      const rows: ExcelJS.CellValue[][] = [];
      again.getWorksheet("整改清单")!.eachRow((row) => rows.push(row.values as ExcelJS.CellValue[]));
      const kept = rows.filter((r) => r[4] === "县级复评发现：围墙破损");
      expect(kept).toHaveLength(1);
      expect([kept[0][9], kept[0][12], kept[0][13], kept[0][15]]).toEqual(["修缮围墙", "整改中", "已报县局", "县级复评"]);
    }
  });
});
