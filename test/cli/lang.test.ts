/** `junheng check --lang en-US` (issue 13): an English summary and English messages, the same findings as zh-CN. */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { languageOf } from "../../src/cli/main";
import { OUTPUT_SHEET_NAMES, REGISTER_SHEETS } from "../../src/domain/fields/dictionary";
import { ResultJsonSchema, type ResultJson } from "../../src/domain/result";
import { runCli, tempDir } from "../helpers/cli";

const CJK = /[\u3400-\u9fff]/;
const SHEET_NAMES = [...REGISTER_SHEETS.map((d) => d.name), ...OUTPUT_SHEET_NAMES];

async function checked(dir: string, input: string, lang: string[]): Promise<{ stdout: string; json: ResultJson }> {
  const tag = lang.length > 0 ? lang[1] : "default";
  const json = path.join(dir, `${tag}.json`);
  const run = await runCli(["check", input, "--out", path.join(dir, `${tag}.xlsx`), "--json", json, "--quiet", ...lang]);
  expect(run.code).toBe(1);
  return { stdout: run.stdout, json: ResultJsonSchema.parse(JSON.parse(readFileSync(json, "utf8"))) };
}

describe("check --lang", () => {
  const dir = tempDir();
  const input = path.join(dir, "示例登记表.xlsx");
  let zh: { stdout: string; json: ResultJson };
  let en: { stdout: string; json: ResultJson };

  beforeAll(async () => {
    await runCli(["sample", "--out", input]);
    zh = await checked(dir, input, []);
    en = await checked(dir, input, ["--lang", "en-US"]);
  });

  it("reports the same findings in English as in Chinese, each with its params", () => {
    const where = (j: ResultJson) => j.findings.map(({ rule, severity, schoolId, sheet, cells, params }) => ({ rule, severity, schoolId, sheet, cells, params }));
    expect(where(en.json)).toEqual(where(zh.json));
    expect(en.json.summary).toEqual(zh.json.summary);
    for (const f of en.json.findings) expect(f.params).toEqual(expect.any(Object));
  });

  it("writes every message in English, with the user's names and sheet names as written", () => {
    // Every finding of the sample (errors, warnings and the evaluation's notes) has an English sentence.
    const templated = en.json.findings.filter((f, i) => f.message !== zh.json.findings[i].message);
    expect(templated).toHaveLength(zh.json.findings.length);
    expect(templated.length).toBeGreaterThan(10);
    for (const f of templated) {
      // The user's text (names, typed values) and the workbook's sheet names stay as written.
      const userText = [...Object.values(f.params).filter((v) => typeof v === "string" && CJK.test(v)), ...SHEET_NAMES].map(String);
      const withoutUserText = userText.reduce((text, v) => text.split(v).join(""), f.message);
      expect(withoutUserText).not.toMatch(CJK);
    }
    // 111-01: the teaching point's parent code, in English; 512-02: areas in m².
    expect(en.json.findings.find((f) => f.rule === "512-02")?.message).toMatch(/^Teaching, office, living and other rooms add up to [\d.]+ m², not to the total building area [\d.]+ m²$/);
    expect(zh.json.findings.find((f) => f.rule === "512-02")?.message).toMatch(/^教学及辅助用房、行政办公用房、生活用房、其他用房之和 [\d.]+ ㎡ 与校舍建筑面积合计 [\d.]+ ㎡ 不相等$/);
  });

  it("prints an English summary", () => {
    expect(en.stdout).toMatch(/^Junheng · register check\nFile: 示例登记表\.xlsx/);
    expect(en.stdout).toMatch(/^\d+ errors · \d+ warnings · \d+ notes$/m);
    expect(en.stdout).toMatch(/^Errors:$/m);
    expect(en.stdout).toContain("There are errors to correct");
    expect(zh.stdout).toMatch(/^均衡 Junheng · 统计登记表审核$/m);
  });

  it("takes the language from --lang, else from the locale", () => {
    expect(languageOf("en-US", {})).toBe("en-US");
    expect(languageOf("zh-CN", { LANG: "en_US.UTF-8" })).toBe("zh-CN");
    expect(languageOf(undefined, { LANG: "en_GB.UTF-8" })).toBe("en-US");
    expect(languageOf(undefined, { LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(languageOf(undefined, { LANG: "C.UTF-8" })).toBe("zh-CN");
    expect(languageOf(undefined, {})).toBe("zh-CN");
    expect(() => languageOf("fr", {})).toThrow("--lang 只能是 zh-CN 或 en-US");
  });
});

describe("check --lang en-US of a workbook whose 标准参数 cannot all be used", () => {
  const dir = tempDir();
  const input = path.join(dir, "登记表.xlsx");
  const broken = path.join(dir, "坏标准.xlsx");
  let valueCell = "";
  let stageCell = "";

  beforeAll(async () => {
    await runCli(["sample", "--out", input]);
    expect((await runCli(["check", input, "--standards", "--out", path.join(dir, "登记表.审核.xlsx"), "--quiet"])).code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path.join(dir, "登记表.审核.xlsx")) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("标准参数")!;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "S5" && row.getCell(3).value === "初中") {
        row.getCell(5).value = "约700元";
        valueCell = row.getCell(5).address;
      }
    });
    const added = sheet.addRow(["S6", null, "小学一年级", null, 30]);
    stageCell = added.getCell(3).address;
    writeFileSync(broken, new Uint8Array(await workbook.xlsx.writeBuffer()));
  });

  it("writes the P-01 messages in English, with their params, and the same P-01 findings as zh-CN", async () => {
    const zh = (await checked(dir, broken, [])).json;
    const en = (await checked(dir, broken, ["--lang", "en-US"])).json;
    const p01 = (j: ResultJson) => j.findings.filter((f) => f.rule === "P-01");
    expect(p01(zh).map((f) => f.cells[0]).sort()).toEqual([valueCell, stageCell].sort());
    expect(p01(en).map(({ cells, params }) => ({ cells, params }))).toEqual(p01(zh).map(({ cells, params }) => ({ cells, params })));
    const value = p01(en).find((f) => f.cells[0] === valueCell)!;
    const stage = p01(en).find((f) => f.cells[0] === stageCell)!;
    expect(value.params).toMatchObject({ sheetName: "标准参数", cell: valueCell, code: "S5", stage: "junior", problem: "notNumber", shown: "约700元" });
    expect(value.message).toMatch(new RegExp(`^「标准参数」${valueCell}: the value of “S5 junior secondary”: “约700元” is not a number; the pack's [\\d.]+ still applies\\.$`));
    expect(stage.message).toBe(`「标准参数」${stageCell}: the stage (学段) “小学一年级” is not known; it should be 小学 or 初中 (or 高中 for the split weights); the row is not used.`);
    expect(p01(zh).find((f) => f.cells[0] === valueCell)!.message).toMatch(new RegExp(`^「标准参数」${valueCell}：「S5 初中」的标准值填了「约700元」，不是数字；仍按规则包的 [\\d.]+ 审核。$`));
  });
});
