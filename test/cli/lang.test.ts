/** `junheng check --lang en-US` (issue 13): an English summary and English messages, the same findings as zh-CN. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
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
