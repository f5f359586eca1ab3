import { parsePracticeKeyFile, practiceKeyFileOf } from "../../../src/domain/practice/keyJson";
import { familyOfMaker, familyOfRule, PRACTICE_FAMILIES, PRACTICE_LEVELS, practiceLevel } from "../../../src/domain/practice/levels";
import { PRACTICE_CATALOGUE, practiceMaxErrors, practiceRegister } from "../../../src/domain/practice/practiceRegister";

describe("practice levels", () => {
  it("puts every maker of the catalogue in exactly one family, and every family's makers in the catalogue", () => {
    for (const id of PRACTICE_CATALOGUE) expect(PRACTICE_FAMILIES.filter((f) => f.makers.includes(id)).map((f) => f.id)).toHaveLength(1);
    expect(PRACTICE_FAMILIES.flatMap((f) => f.makers).sort()).toEqual([...PRACTICE_CATALOGUE].sort());
  });

  it("names levels by their Chinese label or id", () => {
    expect(practiceLevel("入门")?.id).toBe("basic");
    expect(practiceLevel("comprehensive")?.label).toBe("综合");
    expect(practiceLevel("高级")).toBeUndefined();
    expect(familyOfRule("313-01")?.id).toBe("sums");
  });

  it.each(PRACTICE_LEVELS.map((l) => [l.label, l] as const))("%s draws only from its families, up to one error per maker", (_, level) => {
    const makers = PRACTICE_CATALOGUE.filter((m) => level.families.includes(familyOfMaker(m)!.id));
    expect(practiceMaxErrors(level.id)).toBe(makers.length);
    for (const seed of [1, 2, 3]) {
      const { key } = practiceRegister({ seed, errors: 100, level: level.id });
      expect(key.level).toBe(level.id);
      expect(key.errors.length).toBeGreaterThanOrEqual(makers.length - 1);
      for (const e of key.errors) expect(level.families).toContain(familyOfRule(e.rule)?.id);
    }
  });

  it("入门 is single cells only: every error changes one cell", () => {
    const { key } = practiceRegister({ seed: 8, errors: 100, level: "basic" });
    for (const e of key.errors) expect(e.changes).toHaveLength(1);
  });
});

describe("practice key file", () => {
  const { records, key } = practiceRegister({ seed: 9, errors: 10, level: "comprehensive" });
  const file = practiceKeyFileOf(records, key);

  it("round-trips version 2 with every planted change", () => {
    expect(file.版本).toBe(2);
    expect(file.难度).toBe("综合");
    expect(parsePracticeKeyFile(JSON.stringify(file))).toEqual(key);
    for (const e of key.errors) expect(e.changes!.length).toBeGreaterThan(0);
  });

  it("still reads a version 1 key (no 版本, no 改动), whose entries are then scored by their findings", () => {
    const v1 = { ...file, 版本: undefined, 难度: undefined, 错误: file.错误.map((e) => ({ ...e, 改动: undefined, 规则族: undefined })) };
    const parsed = parsePracticeKeyFile(JSON.stringify(v1));
    expect(parsed.errors.map((e) => e.changes)).toEqual(key.errors.map(() => undefined));
    expect(parsed.errors.map((e) => e.rule)).toEqual(key.errors.map((e) => e.rule));
  });

  it("refuses a key from a newer version", () => {
    expect(() => parsePracticeKeyFile(JSON.stringify({ ...file, 版本: 3 }), "新.json")).toThrow("请升级 junheng");
  });
});
