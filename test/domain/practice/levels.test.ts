import { parsePracticeKeyFile, practiceKeyFileOf } from "../../../src/domain/practice/keyJson";
import { familyOfMaker, familyOfRule, PRACTICE_FAMILIES, PRACTICE_LEVELS, practiceLevel } from "../../../src/domain/practice/levels";
import { runCheck } from "../../../src/domain/check";
import { layoutRegister, type RegisterRecords } from "../../../src/domain/layout/registerLayout";
import { needsPreviousYear, PRACTICE_CATALOGUE, practiceMaxErrors, practiceRegister } from "../../../src/domain/practice/practiceRegister";
import { scoreboard } from "../../../src/domain/practice/scoreboard";
import { lastYearWorkbook } from "../../helpers/yearPair";

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

describe("综合 and last year's register", () => {
  const made = practiceRegister({ seed: 11, errors: 100, level: "comprehensive" });
  const previous = made.previous ? lastYearWorkbook(layoutRegister(made.previous).grid) : undefined;
  const scored = (records: RegisterRecords, withPrevious: boolean) => {
    const grid = layoutRegister(records).grid;
    const findings = runCheck(grid, withPrevious && previous ? { previous } : {}).findings;
    return { board: scoreboard(made.key, findings, grid), findings };
  };

  it("comes with last year's register and plants a year-on-year error (H-02) among the others", () => {
    expect(previous).toBeDefined();
    const h02 = made.key.errors.find((e) => e.rule === "H-02")!;
    expect(h02).toMatchObject({ severity: "warning", sheet: "场地与装备" });
    expect(h02.changes).toEqual([{ cell: h02.cells[0], original: expect.any(Number), planted: expect.any(Number) }]);
    // A lost 0: a tenth of last year's books.
    expect(h02.changes![0].planted).toBe(Math.round((h02.changes![0].original as number) / 10));
  });

  it("checked against it, the practice file shows exactly the key and the solution nothing", () => {
    const untouched = scored(made.records, true).board;
    expect(untouched.missed).toEqual(made.key.errors);
    expect(untouched.introduced).toEqual([]);
    const solution = scored(made.solution, true).board;
    expect(solution.fixed).toEqual(made.key.errors);
    expect(solution.introduced).toEqual([]);
  });

  it("without it the H-02 error is not seen at all: the trainee must check with --previous", () => {
    const { findings } = scored(made.records, false);
    expect(findings.some((f) => f.rule === "H-02")).toBe(false);
  });

  it("is neither drawn without a level nor written then, so old seeds give the same registers", () => {
    const plain = practiceRegister({ seed: 11, errors: 100 });
    expect(plain.previous).toBeUndefined();
    expect(plain.key.errors.some((e) => e.rule.startsWith("H-"))).toBe(false);
    expect(needsPreviousYear(undefined)).toBe(false);
    expect(needsPreviousYear("intermediate")).toBe(false);
  });

  it("the key file names last year's register and reads it back", () => {
    const key = { ...made.key, previousYear: "练习.上年.xlsx" };
    const file = practiceKeyFileOf(made.records, key);
    expect(file.上年数据).toBe("练习.上年.xlsx");
    expect(parsePracticeKeyFile(JSON.stringify(file))).toEqual(key);
  });
});
