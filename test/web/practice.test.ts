import { parsePracticeKeyFile } from "../../src/domain/practice/keyJson";
import { familyOfRule, PRACTICE_LEVELS } from "../../src/domain/practice/levels";
import { practiceMaxErrors } from "../../src/domain/practice/practiceRegister";
import { generatePractice } from "../../src/web/practice";

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
  it("are not drawn for 综合: the page cannot hand out last year's register with the file", async () => {
    const files = await generatePractice(11, 100, "comprehensive");
    const key = parsePracticeKeyFile(files.keyJson);
    expect(key.errors.some((e) => e.rule.startsWith("H-"))).toBe(false);
    expect(key.previousYear).toBeUndefined();
    expect(files.errorCount).toBe(practiceMaxErrors("comprehensive", false));
  });
});
