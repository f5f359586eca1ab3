/** `junheng check --docx`: the Word report from the same run, written atomically and never over the input. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { runCheck } from "../../src/domain/check";
import { buildReport } from "../../src/domain/report/buildReport";
import { MEASURES_HINT } from "../../src/domain/report/templateNames";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { runCli, tempDir } from "../helpers/cli";

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("junheng check --docx", () => {
  const dir = tempDir();
  const input = path.join(dir, "示例登记表.xlsx");
  const report = path.join(dir, "报告", "自评报告.docx");

  beforeAll(async () => {
    expect((await runCli(["sample", "--out", input])).code).toBe(0);
  });

  it("writes the Word report of the same run beside the checked workbook, and leaves the input alone", async () => {
    const before = sha256(input);
    const run = await runCli(["check", input, "--docx", report]);
    expect(run.code).toBe(1); // the sample has errors; the report is written all the same
    expect(run.stderr).toContain("正在写出 自评报告.docx");
    expect(sha256(input)).toBe(before);
    expect(existsSync(path.join(dir, "示例登记表.审核.xlsx"))).toBe(true);
    // Atomic: no temporary file is left beside the report.
    expect(readdirSync(path.dirname(report))).toEqual(["自评报告.docx"]);

    const document = strFromU8(unzipSync(readFileSync(report))["word/document.xml"]);
    const checked = runCheck(await (await ExcelJsWorkbook.load(readFileSync(input), "示例登记表.xlsx")).read());
    const model = buildReport(checked, checked.checklist);
    expect(document).toContain(`>${model.title}<`);
    for (const s of model.sections) expect(document).toContain(`>${s.number}、${s.heading}<`);
    // The sample's primary composite coefficient, in the model and in the document.
    expect(model.tables["表Ⅲ"].rows.flat().map((c) => c.text)).toContain("0.229");
    expect(document).toContain(">0.229<");
  });

  it("refuses a report path that is the input, with exit 2 and nothing written", async () => {
    const before = sha256(input);
    const run = await runCli(["check", input, "--docx", input, "--out", path.join(dir, "另存.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("输出文件不能与输入文件相同");
    expect(sha256(input)).toBe(before);
    expect(existsSync(path.join(dir, "另存.xlsx"))).toBe(false);
  });

  it("asks for a file name when --docx has none", async () => {
    const run = await runCli(["check", input, "--docx"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("错误：选项「--docx」后面缺少取值，或不该有取值。（用法见 junheng check --help）\n");
  });
});

describe("the township's own text in the Word report", () => {
  it("carries what was typed under 二、主要做法 in the 自评报告模板 sheet into the .docx", async () => {
    const dir = tempDir();
    const input = path.join(dir, "登记表.xlsx");
    expect((await runCli(["sample", "--out", input])).code).toBe(0);
    expect((await runCli(["check", input, "--quiet"])).code).toBe(1);

    // The first run wrote the default template; the township types its practice text under the hint.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path.join(dir, "登记表.审核.xlsx")) as unknown as ExcelJS.Buffer);
    const template = workbook.getWorksheet("自评报告模板")!;
    let typed = false;
    template.eachRow((row) => {
      if (!typed && row.getCell(1).value === MEASURES_HINT) {
        row.getCell(1).value = "我乡成立了均衡发展工作领导小组，统筹推进薄弱学校改造。";
        typed = true;
      }
    });
    expect(typed).toBe(true);
    const edited = path.join(dir, "登记表（已写做法）.xlsx");
    writeFileSync(edited, new Uint8Array(await workbook.xlsx.writeBuffer()));

    const docx = path.join(dir, "自评报告.docx");
    expect((await runCli(["check", edited, "--docx", docx, "--quiet"])).code).toBe(1);
    const document = strFromU8(unzipSync(readFileSync(docx))["word/document.xml"]);
    expect(document).toContain("我乡成立了均衡发展工作领导小组，统筹推进薄弱学校改造。");
  });
});
