/**
 * A training class from the command line: the "Must show" commands of issue 17, exactly as a trainer types them,
 * and a 30-trainee class generated and scored in one command each.
 */
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { parsePracticeKeyFile } from "../../src/domain/practice/keyJson";
import { runCli, tempDir } from "../helpers/cli";

const SEED = 7; // its 6 errors include a V-01 (enrolled > age group)

interface TraineeJson {
  readonly file: string;
  readonly fixed: number;
  readonly missed: number;
  readonly wrongFix: number;
  readonly introduced: number;
  readonly score: number;
  readonly error?: string;
}

async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe("junheng sample --practice --solution + practice-score of a class", () => {
  const dir = tempDir();
  const cwd = process.cwd();
  beforeAll(() => process.chdir(dir));
  afterAll(() => process.chdir(cwd));

  it("scores the untouched file, the solution and a wrong fix of V-01 as the truth says", async () => {
    const made = await runCli(["sample", "--practice", "--seed", String(SEED), "--errors", "6", "--out", "p.xlsx", "--solution", "s.xlsx"]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("改好的登记表：s.xlsx");
    const key = parsePracticeKeyFile(readFileSync("p.答案.json", "utf8"));
    expect(JSON.parse(readFileSync("p.答案.json", "utf8")).版本).toBe(2);
    const v01 = key.errors.find((e) => e.rule === "V-01")!;
    expect(v01.changes).toEqual([{ cell: v01.cells[0], original: expect.any(Number), planted: expect.any(Number) }]);

    // The trainee "fixes" V-01 in Excel by raising the age group to the inflated enrolment.
    const w = await loadXlsx("p.xlsx");
    const planted = v01.changes![0].planted as number;
    w.getWorksheet(v01.sheet)!.getCell(v01.cells[1]).value = planted;
    await w.xlsx.writeFile("w.xlsx");

    const run = await runCli(["practice-score", "p.xlsx", "s.xlsx", "w.xlsx", "--key", "p.答案.json", "--out", "class.xlsx", "--json", "class.json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const trainees = (JSON.parse(readFileSync("class.json", "utf8")) as { trainees: TraineeJson[] }).trainees;
    const byFile = Object.fromEntries(trainees.map((t) => [t.file, t]));
    expect(byFile["p.xlsx"]).toMatchObject({ fixed: 0, missed: 6, wrongFix: 0, introduced: 0, score: 0 });
    expect(byFile["s.xlsx"]).toMatchObject({ fixed: 6, missed: 0, wrongFix: 0, introduced: 0, score: 100 });
    expect(byFile["w.xlsx"]).toMatchObject({ fixed: 0, missed: 5, wrongFix: 1, introduced: 0 });
    expect(run.stdout).toContain("w.xlsx：已改正 0/6，改错位置 1，未改正 5，新引入 0，得分 0");
    expect(run.stdout).toContain("全班：已改正 6/18，改错位置 1，未改正 11，新引入 0，平均得分 33.3");
    const mostMissed = JSON.parse(readFileSync("class.json", "utf8")).mostMissed;
    expect(mostMissed).toContainEqual({ rule: "V-01", title: "已入学人数大于适龄人数", missed: 1, wrongFix: 1, seeded: 3 });

    const book = await loadXlsx("class.xlsx");
    const sheet = book.getWorksheet("班级成绩")!;
    const header = (sheet.getRow(3).values as ExcelJS.CellValue[]).slice(1);
    expect(header.slice(0, 8)).toEqual(["序号", "文件", "埋入", "已改正", "未改正", "改错位置", "新引入", "得分"]);
    expect((sheet.getRow(6).values as ExcelJS.CellValue[]).slice(1, 9)).toEqual([3, "w.xlsx", 6, 0, 5, 1, 0, 0]);
    expect(header).toContain("村级入学");
    const villageErrors = key.errors.filter((e) => e.sheet === "普及与控辍").length;
    expect(sheet.getRow(6).getCell(header.indexOf("村级入学") + 1).value).toBe(`0/${villageErrors}`);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesRow: "3:3" });
    const missed = book.getWorksheet("易错规则")!.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(missed).toContainEqual(["V-01", "已入学人数大于适龄人数", 1, 1, 3]);
  });

  it("综合 writes last year's register beside the file and scores its year-on-year error against it", async () => {
    const made = await runCli(["sample", "--practice", "--seed", "21", "--errors", "100", "--level", "综合", "--out", "z.xlsx", "--solution", "zs.xlsx"]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("上年登记表：z.上年.xlsx");
    expect(existsSync("z.上年.xlsx")).toBe(true);
    const key = parsePracticeKeyFile(readFileSync("z.答案.json", "utf8"));
    expect(key.previousYear).toBe("z.上年.xlsx");
    const h02 = key.errors.find((e) => e.rule === "H-02")!;
    const n = key.errors.length;

    // A trainee sees it by checking with last year's register, as the handbook says.
    const checked = await runCli(["check", "z.xlsx", "--previous", "z.上年.xlsx", "--json", "z.审核.json", "--quiet"]);
    expect(checked.code).toBe(1);
    const findings = (JSON.parse(readFileSync("z.审核.json", "utf8")) as { findings: { rule: string; cells: string[] }[] }).findings;
    expect(findings).toContainEqual(expect.objectContaining({ rule: "H-02", cells: h02.cells }));

    // One trainee restored only the books: H-02 fixed, everything else still missed.
    const w = await loadXlsx("z.xlsx");
    w.getWorksheet(h02.sheet)!.getCell(h02.changes![0].cell).value = h02.changes![0].original as number;
    await w.xlsx.writeFile("zh.xlsx");

    const run = await runCli(["practice-score", "z.xlsx", "zs.xlsx", "zh.xlsx", "--key", "z.答案.json", "--json", "z.json"]);
    expect(run.stderr).toBe("");
    const byFile = Object.fromEntries((JSON.parse(readFileSync("z.json", "utf8")) as { trainees: TraineeJson[] }).trainees.map((t) => [t.file, t]));
    expect(byFile["z.xlsx"]).toMatchObject({ fixed: 0, missed: n, wrongFix: 0, introduced: 0 });
    expect(byFile["zs.xlsx"]).toMatchObject({ fixed: n, missed: 0, wrongFix: 0, introduced: 0 });
    expect(byFile["zh.xlsx"]).toMatchObject({ fixed: 1, missed: n - 1, wrongFix: 0, introduced: 0 });

    // Without last year's register beside the key, the file is not scored wrongly: its row says why.
    renameSync("z.上年.xlsx", "z.上年.bak");
    const lost = await runCli(["practice-score", "z.xlsx", "--key", "z.答案.json", "--json", "lost.json"]);
    expect(lost.code).toBe(1);
    expect(lost.stderr).toContain("z.上年.xlsx");
  });

  it("prints the practice register on A4 with its header rows and school names on every page", async () => {
    const book = await loadXlsx("p.xlsx");
    const students = book.getWorksheet("学生与班级")!;
    expect(students.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesColumn: "A:B" });
    expect(students.pageSetup.printTitlesRow).toMatch(/^1:\d+$/);
    expect(students.headerFooter.oddFooter).toContain("&P");
    expect(students.getCell("B1").value ?? students.getCell("B2").value).toBeTruthy();
  });

  it("writes a printable 讲评 sheet with every planted error's cell, wrong and correct value and rule", () => {
    const html = readFileSync("p.讲评.html", "utf8");
    const key = parsePracticeKeyFile(readFileSync("p.答案.json", "utf8"));
    const v01 = key.errors.find((e) => e.rule === "V-01")!;
    expect(html).toContain(`普及与控辍!${v01.changes![0].cell}`);
    expect(html).toContain("已入学人数大于适龄人数");
    expect(html).toContain(`<div class="correct">${v01.changes![0].original}</div>`);
    expect(html).toContain(`<div class="wrong">${v01.changes![0].planted}</div>`);
    expect(html.match(/<tr><td>\d+<\/td>/g)).toHaveLength(6);
    expect(html).toContain("counter(page)");
  });

  it("generates a 30-trainee class with a roster and scores the folder in one command each", async () => {
    const started = Date.now();
    const made = await runCli(["sample", "--practice", "--seed", "300", "--count", "30", "--errors", "8", "--level", "提高", "--out", "班/练习.xlsx", "--solution", "答案/改好.xlsx"]);
    const generated = Date.now() - started;
    expect(made.code).toBe(0);
    expect(existsSync("班/练习-30.xlsx") && existsSync("班/练习-30.答案.json") && existsSync("答案/改好-30.xlsx")).toBe(true);
    const roster = JSON.parse(readFileSync("班/练习.名单.json", "utf8"));
    expect(roster.练习).toHaveLength(30);
    expect(roster.难度).toBe("提高");
    const keys = roster.练习.map((e: { 答案: string }) => parsePracticeKeyFile(readFileSync(path.join("班", e.答案), "utf8")));
    expect(new Set(keys.map((k: { seed: number }) => k.seed)).size).toBe(30);
    for (const k of keys) for (const e of k.errors) expect(e.rule).toMatch(/^(31[23]|212|422|512|522|X)-/);

    // Trainee 7 hands back the solution under their own name; 8 hands back a file whose number was lost.
    copyFileSync("答案/改好-07.xlsx", "班/张三-练习-07.xlsx");
    renameSync("班/练习-07.xlsx", "练习-07-原件.xlsx");
    renameSync("班/练习-08.xlsx", "班/李四.xlsx");
    const scoring = Date.now();
    const run = await runCli(["practice-score", "班", "--key", "班/练习.名单.json", "--json", "班级.json", "--out", "班级.xlsx"]);
    const scored = Date.now() - scoring;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("无法评分：李四.xlsx：名单里没有与「李四.xlsx」对应的练习");
    const trainees = (JSON.parse(readFileSync("班级.json", "utf8")) as { trainees: TraineeJson[] }).trainees;
    expect(trainees).toHaveLength(30);
    expect(trainees.find((t) => t.file === "张三-练习-07.xlsx")).toMatchObject({ fixed: 8, missed: 0, wrongFix: 0, introduced: 0, score: 100 });
    expect(trainees.find((t) => t.file === "李四.xlsx")?.error).toContain("练习编号");
    for (const t of trainees.filter((t) => t.file.startsWith("练习-"))) expect(t).toMatchObject({ fixed: 0, missed: 8, wrongFix: 0, introduced: 0 });
    writeFileSync(path.join(dir, "timing.txt"), `generate ${generated} ms, score ${scored} ms\n`);
    process.stdout.write(`30-trainee class: generate ${generated} ms, score ${scored} ms\n`);
  }, 240_000);

  it("gives a file that is not a workbook a row saying why, scores the others and exits 1", async () => {
    writeFileSync("坏.xlsx", "not a workbook");
    const run = await runCli(["practice-score", "坏.xlsx", "s.xlsx", "--key", "p.答案.json", "--json", "two.json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("无法评分：坏.xlsx：");
    const trainees = (JSON.parse(readFileSync("two.json", "utf8")) as { trainees: TraineeJson[] }).trainees;
    expect(trainees[0]).toMatchObject({ file: "坏.xlsx", fixed: null, score: null, error: expect.stringContaining("坏.xlsx") });
    expect(trainees[1]).toMatchObject({ file: "s.xlsx", fixed: 6, missed: 0 });
    expect(readFileSync("坏.xlsx", "utf8")).toBe("not a workbook");
  });

  it("refuses an unknown level and a count out of range, writing nothing", async () => {
    const level = await runCli(["sample", "--practice", "--level", "高级", "--out", "x.xlsx"]);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain("--level 应为 入门、提高、综合 之一");
    expect((await runCli(["sample", "--practice", "--count", "0", "--out", "y.xlsx"])).code).toBe(2);
    expect(existsSync("x.xlsx") || existsSync("y-01.xlsx")).toBe(false);
  });
});
