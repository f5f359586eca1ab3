/** The whole command-line job on the embedded sample: what it reports, what it writes, what it leaves alone. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ResultJsonSchema } from "../../src/domain/result";
import { SAMPLE_ANSWER_KEY } from "../../src/domain/sample/seededErrors";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { HIGHLIGHT_COLOURS } from "../../src/domain/outputs/palette";
import { cellAddress } from "../../src/domain/grid";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { sampleRegister } from "../../src/domain/sample/sample";
import { sampleSchoolIndex } from "../../src/domain/sample/sampleSchools";
import { junhengHighlights, partsOf, sheetParts, textOfPart } from "../helpers/checkedCopy";
import { runCli, tempDir, type CliRun } from "../helpers/cli";

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("junheng sample + junheng check", () => {
  const dir = tempDir();
  const input = path.join(dir, "示例登记表.xlsx");
  const output = path.join(dir, "示例登记表.审核.xlsx");
  const json = path.join(dir, "结果.json");
  let inputHash = "";
  let run: CliRun;

  beforeAll(async () => {
    expect((await runCli(["sample", "--out", input])).code).toBe(0);
    inputHash = sha256(input);
    run = await runCli(["check", input, "--json", json]);
  });

  it("exits 1 because the sample has errors, and prints a Chinese summary", () => {
    const errors = SAMPLE_ANSWER_KEY.filter((k) => k.severity === "error").length;
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`错误 ${errors} 条`);
    expect(run.stdout).toContain("结果已写入");
    expect(run.stderr).toContain("正在读取");
  });

  it("writes a JSON result that matches the contract and the answer key", () => {
    const result = ResultJsonSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    expect(result.input).toBe("示例登记表.xlsx");
    const signature = (f: { rule: string; schoolId: string | null; sheet: string | null; cells: readonly string[] }) =>
      `${f.rule}|${f.schoolId ?? "-"}|${f.sheet}|${[...f.cells].sort().join(",")}`;
    const actual = result.findings.filter((f) => f.severity !== "info").map(signature).sort();
    expect(actual).toEqual(SAMPLE_ANSWER_KEY.filter((k) => k.severity !== "info").map(signature).sort());
    expect(result.summary.error).toBe(result.findings.filter((f) => f.severity === "error").length);
  });

  it("never changes the input file", () => {
    expect(sha256(input)).toBe(inputHash);
  });

  it("keeps every input value, marks finding cells red or yellow and the sample's shortfalls orange", async () => {
    const before = await (await ExcelJsWorkbook.load(readFileSync(input))).read();
    const after = await (await ExcelJsWorkbook.load(readFileSync(output))).read();
    for (const sheet of before.sheets) expect(after.sheets.find((s) => s.name === sheet.name)?.rows).toEqual(sheet.rows);

    const byColour = new Map<string, string[]>();
    for (const [sheet, cells] of junhengHighlights(new Uint8Array(readFileSync(output)))) {
      for (const [cell, colour] of cells) byColour.set(colour, [...(byColour.get(colour) ?? []), `${sheet}!${cell}`]);
    }
    const result = ResultJsonSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    const findingCells = (severity: string) =>
      [...new Set(result.findings.filter((f) => f.severity === severity && f.sheet).flatMap((f) => f.cells.map((c) => `${f.sheet}!${c}`)))].sort();
    expect((byColour.get(HIGHLIGHT_COLOURS.error) ?? []).sort()).toEqual(findingCells("error"));
    expect((byColour.get(HIGHLIGHT_COLOURS.warning) ?? []).sort()).toEqual(findingCells("warning"));

    // The sample's designed shortfalls: 灰塘小学 books (S6) and computers (S7), 坝散小学 equipment (S5), 勐往村小学
    // building area (S2). The orange cells are the resources feeding those indicators.
    const { layouts } = layoutRegister(sampleRegister());
    const cellOf = (sheet: "facilities" | "buildings", field: string, school: string) =>
      `${layouts[sheet]!.grid.name}!${cellAddress(layouts[sheet]!.firstDataRow + sampleSchoolIndex(school), layouts[sheet]!.columnOf.get(field)!)}`;
    expect((byColour.get(HIGHLIGHT_COLOURS.below) ?? []).sort()).toEqual(
      [
        cellOf("facilities", "books", "灰塘小学"),
        cellOf("facilities", "computers", "灰塘小学"),
        cellOf("facilities", "equipmentValue", "坝散小学"),
        cellOf("buildings", "totalArea", "勐往村小学"),
      ].sort(),
    );
  });

  it("adds the 审核结果 sheet with one row per finding, linked to its cell", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(output) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("审核结果")!;
    const result = ResultJsonSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    expect(sheet.getRow(5).values).toEqual([undefined, "级别", "规则", "学校", "工作表", "单元格", "说明", "处理情况"]);
    expect(sheet.rowCount).toBe(5 + result.findings.length);
    const first = result.findings[0];
    const parts = partsOf(new Uint8Array(readFileSync(output)));
    const location = /<hyperlink ref="E6" location="([^"]+)"/.exec(textOfPart(parts, sheetParts(parts).get("审核结果")!))?.[1];
    expect(location?.replace(/&apos;/g, "'")).toBe(`'${first.sheet}'!${first.cells[0]}`);
    expect(sheet.getCell("F6").value).toBe(first.message);
  });
});
