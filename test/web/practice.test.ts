import { parsePracticeKeyFile } from "../../src/domain/practice/keyJson";
import { familyOfRule, PRACTICE_LEVELS } from "../../src/domain/practice/levels";
import { practiceMaxErrors } from "../../src/domain/practice/practiceRegister";
import { generatePractice, scoreClass } from "../../src/web/practice";

describe("generatePractice on the web page", () => {
  it("draws from the chosen level and names the files after it", async () => {
    const files = await generatePractice(3, 100, "basic");
    expect(files.errorCount).toBe(practiceMaxErrors("basic"));
    expect([files.workbookName, files.keyName, files.reviewName]).toEqual(["练习登记表-入门-种子3.xlsx", "练习登记表-入门-种子3.答案.json", "练习登记表-入门-种子3.讲评.html"]);
    const key = parsePracticeKeyFile(files.keyJson);
    expect(key.level).toBe("basic");
    const families = PRACTICE_LEVELS.find((l) => l.id === "basic")!.families;
    for (const e of key.errors) expect(families).toContain(familyOfRule(e.rule)?.id);
    expect(files.reviewHtml.match(/<tr><td>\d+<\/td>/g)).toHaveLength(files.errorCount);
  });

  it("draws from every family without a level", async () => {
    const files = await generatePractice(3, 6);
    expect(files.workbookName).toBe("练习登记表-种子3.xlsx");
    expect(parsePracticeKeyFile(files.keyJson).level).toBeUndefined();
  });
});

describe("year-on-year errors on the web page", () => {
  /** A File as the page's file picker gives it. */
  const asFile = (bytes: Uint8Array | string, name: string) => new File([typeof bytes === "string" ? bytes : bytes.slice()], name);

  it("综合 comes with last year's register to download, and scoring compares the trainee's file with it", async () => {
    const files = await generatePractice(11, 100, "comprehensive");
    const key = parsePracticeKeyFile(files.keyJson);
    const h02 = key.errors.filter((e) => e.rule === "H-02");
    expect(h02).toHaveLength(1);
    expect(files.previous?.name).toBe("练习登记表-综合-种子11.上年.xlsx");
    expect(key.previousYear).toBe(files.previous?.name);

    // Chosen together with the trainee's file, last year's register is not scored as a trainee of its own.
    const withPrevious = await scoreClass([asFile(files.workbook, files.workbookName), asFile(files.previous!.workbook, files.previous!.name)], [asFile(files.keyJson, files.keyName)]);
    expect(withPrevious.score.trainees).toHaveLength(1);
    expect(withPrevious.single?.board.missed).toEqual(key.errors);
    expect(withPrevious.single?.board.introduced).toEqual([]);

    // Without it, the file is not scored wrongly: its row says what to choose.
    const without = await scoreClass([asFile(files.workbook, files.workbookName)], [asFile(files.keyJson, files.keyName)]);
    expect(without.single).toBeNull();
    expect(JSON.stringify(without.score)).toContain("请把它和学员的练习表一起选择");
  });
});
