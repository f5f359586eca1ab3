/**
 * Issue 13's guard for a behaviour-preserving refactor: `junheng check` over the sample and the test registers,
 * every checked workbook, JSON and .docx hashed into a manifest. Opt-in (it takes a minute and changes whenever an
 * output legitimately does): `JUNHENG_OUTPUTS=record npx jest test/refactor` writes the manifest,
 * `JUNHENG_OUTPUTS=compare npx jest test/refactor` compares with it. The outputs stay in out/outputs-snapshot/.
 *
 * Normalised, because inherently variable: the zip container (entries are hashed one by one, uncompressed, so zip
 * timestamps and compression do not count) and today's date (the clock is fixed at 2026-12-02 12:00 UTC, so dates
 * of "today" in the report are the same in every run), and the created/modified times in docProps/core.xml (the
 * fixed clock still runs on during a run), and the `params` of each finding in the JSON (the change issue 13 makes:
 * the JSON is compared as it was without them). Nothing else is normalised.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { runCli, writeRecords } from "../helpers/cli";
import { fullRegister } from "../helpers/fullRegister";
import { firstYear, numberAt, withSchoolCells } from "../helpers/yearPair";
import { CORPUS } from "../corpus/cases";

const MODE = process.env.JUNHENG_OUTPUTS;
const ROOT = path.resolve(__dirname, "../../out/outputs-snapshot");
const MANIFEST = path.join(__dirname, "outputs.manifest.json");
const NOW = new Date("2026-12-02T12:00:00Z");

const sha = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

/** The document properties' created and modified times: the clock runs on during a run, so their seconds differ. */
function withoutTimes(xml: Uint8Array): string {
  return new TextDecoder().decode(xml).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*</g, "$1…<");
}

/**
 * The JSON result as it was before issue 13 added `params` to every finding (the one change the issue makes to the
 * outputs): the text written the same way (2-space JSON and a newline), each finding's `params` left out.
 */
function withoutParams(text: string): string {
  const json = JSON.parse(text) as { findings?: Record<string, unknown>[] };
  for (const f of json.findings ?? []) delete f.params;
  return JSON.stringify(json, null, 2) + "\n";
}

/** A zip's entries hashed one by one (sorted by name); any other file hashed whole. */
function fingerprint(file: string): string | Record<string, string> {
  const bytes = new Uint8Array(readFileSync(file));
  if (file.endsWith(".json")) return sha(withoutParams(readFileSync(file, "utf8")));
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return sha(bytes);
  const entries = unzipSync(bytes);
  return Object.fromEntries(Object.keys(entries).sort().map((name) => [name, sha(name === "docProps/core.xml" ? withoutTimes(entries[name]) : entries[name])]));
}

interface Scenario {
  readonly id: string;
  /** Writes its inputs into `dir` and runs the commands; the outputs are every file whose name has 结果. */
  readonly run: (dir: string) => Promise<void>;
}

async function check(dir: string, input: string, tag: string, extra: string[] = []): Promise<void> {
  const run = await runCli(["check", input, "--out", path.join(dir, `${tag}.结果.xlsx`), "--json", path.join(dir, `${tag}.结果.json`), "--docx", path.join(dir, `${tag}.结果.docx`), "--quiet", ...extra]);
  writeFileSync(path.join(dir, `${tag}.结果.txt`), `exit ${run.code}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`);
}

const year1 = firstYear();
const someSchool = (year1.sheets.schools ?? []).filter((s) => s.type === "小学" && !String(s.name).includes("中心")).map((s) => String(s.code))[0];
const year2 = withSchoolCells(year1, someSchool, "facilities", { books: numberAt(year1, someSchool, "facilities", "books") - 300 });

const SCENARIOS: Scenario[] = [
  {
    id: "sample",
    run: async (dir) => {
      const input = path.join(dir, "示例登记表.xlsx");
      await runCli(["sample", "--out", input]);
      await check(dir, input, "1", ["--standards"]);
      // The second run reads back what the first wrote: 整改清单, 考核自查, 标准参数, 工作进度, the report.
      await check(dir, path.join(dir, "1.结果.xlsx"), "2");
    },
  },
  {
    id: "national-pack",
    run: async (dir) => {
      const input = path.join(dir, "示例登记表.xlsx");
      await runCli(["sample", "--out", input]);
      await check(dir, input, "1", ["--pack", "national-2017-quality"]);
    },
  },
  {
    id: "year-pair",
    run: async (dir) => {
      const lastYear = await writeRecords(path.join(dir, "2015.xlsx"), year1);
      const input = await writeRecords(path.join(dir, "2016.xlsx"), year2);
      await check(dir, lastYear, "2015");
      await check(dir, input, "1", ["--previous", path.join(dir, "2015.结果.xlsx"), "--carry-over"]);
      // A 说明 typed into 审核说明, and a status typed into 整改清单, then checked again.
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(path.join(dir, "1.结果.xlsx")) as unknown as ExcelJS.Buffer);
      const result = JSON.parse(readFileSync(path.join(dir, "1.结果.json"), "utf8")) as { findings: { rule: string; cells: string[] }[] };
      const warning = result.findings.find((f) => f.rule === "H-02");
      const sheet = workbook.addWorksheet("审核说明");
      sheet.addRow(["规则", "学校标识码", "单元格", "说明", "填写人", "日期"]);
      sheet.addRow(["H-02", someSchool, (warning?.cells ?? []).join("、"), "报废旧图书 300 册", "玉香", "2016-09-21"]);
      const typed = path.join(dir, "2016（已填说明）.xlsx");
      writeFileSync(typed, new Uint8Array(await workbook.xlsx.writeBuffer()));
      await check(dir, typed, "2", ["--previous", lastYear]);
    },
  },
  {
    id: "full-register",
    run: async (dir) => {
      const input = path.join(dir, "登记表.xlsm");
      writeFileSync(input, (await fullRegister(true)).bytes);
      await check(dir, input, "1");
    },
  },
  ...CORPUS.filter((c) => c.findings !== undefined).map((c, i) => ({
    id: `corpus-${String(i).padStart(2, "0")}`,
    run: async (dir: string) => {
      const input = path.join(dir, c.fileName);
      writeFileSync(input, await c.bytes());
      await check(dir, input, "1");
    },
  })),
];

const FILES = ["1.结果.xlsx", "1.结果.json", "1.结果.docx", "1.结果.txt", "2.结果.xlsx", "2.结果.json", "2.结果.docx", "2.结果.txt", "2015.结果.xlsx", "2015.结果.json", "2015.结果.docx", "2015.结果.txt"];

(MODE ? describe : describe.skip)("outputs before and after a refactor (issue 13)", () => {
  beforeAll(() => {
    jest.useFakeTimers({ now: NOW, advanceTimers: true });
    rmSync(ROOT, { recursive: true, force: true });
  });
  afterAll(() => jest.useRealTimers());

  it("hashes every output of every scenario", async () => {
    const manifest: Record<string, string | Record<string, string>> = {};
    for (const scenario of SCENARIOS) {
      const dir = path.join(ROOT, scenario.id);
      mkdirSync(dir, { recursive: true });
      await scenario.run(dir);
      for (const file of FILES) if (existsSync(path.join(dir, file))) manifest[`${scenario.id}/${file}`] = fingerprint(path.join(dir, file));
    }
    const text = JSON.stringify(manifest, null, 1) + "\n";
    writeFileSync(path.join(ROOT, "manifest.json"), text);
    if (MODE === "record") {
      writeFileSync(MANIFEST, text);
      return;
    }
    const expected = JSON.parse(readFileSync(MANIFEST, "utf8")) as typeof manifest;
    const differing = Object.keys({ ...expected, ...manifest }).filter((k) => JSON.stringify(expected[k]) !== JSON.stringify(manifest[k]));
    expect(differing).toEqual([]);
  }, 600_000);
});
