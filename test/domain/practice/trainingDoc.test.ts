/** docs/training.md lists the practice levels and families; it must say what the code does. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { PRACTICE_FAMILIES, PRACTICE_LEVELS } from "../../../src/domain/practice/levels";
import { practiceMaxErrors, PRACTICE_MAX_ERRORS } from "../../../src/domain/practice/practiceRegister";
import { ruleById } from "../../../src/domain/rules/registry";

const doc = readFileSync(path.resolve(__dirname, "../../../docs/training.md"), "utf8");
const familyLabel = (id: string) => PRACTICE_FAMILIES.find((f) => f.id === id)?.label;

describe("docs/training.md", () => {
  it("lists every level with its families and maximum", () => {
    for (const level of PRACTICE_LEVELS) expect(doc).toContain(`| ${level.label} | ${level.families.map(familyLabel).join("、")} | ${practiceMaxErrors(level.id)} |`);
    expect(doc).toContain(`最多 ${PRACTICE_MAX_ERRORS} 处`);
  });

  it("lists every family with its rules as the registry names them", () => {
    for (const family of PRACTICE_FAMILIES) expect(doc).toContain(`| ${family.label} | ${family.makers.map((m) => `${m} ${ruleById(m)?.title}`).join("；")} |`);
  });
});
