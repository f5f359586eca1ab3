/**
 * Coverage targets T1–T7 (docs/method.md §6) of the default pack: enrolment by village and for the township, dropout
 * by school with the plan target and the national control line, and the class-size counts.
 */
import { coverageTargets, type TargetResult } from "../../../src/domain/evaluation/targets";
import type { RecordCells } from "../../../src/domain/layout/registerLayout";
import type { SheetId } from "../../../src/domain/fields/types";
import { BASIC, evaluationSchool, type StageCells } from "../../helpers/evaluationSchools";
import { contextOf, records } from "../../helpers/register";
import { village } from "../../helpers/villageRecords";

type Records = Partial<Record<SheetId, RecordCells>>;

const targetsOf = (...parts: Records[]): TargetResult[] => coverageTargets(contextOf(records(...parts)).register, BASIC());
const pick = (results: readonly TargetResult[], id: string, scope: string): TargetResult => {
  const found = results.find((r) => r.id === id && r.scope === scope);
  if (!found) throw new Error(`no ${id} for ${scope} (have ${results.map((r) => `${r.id}/${r.scope}`).join(", ")})`);
  return found;
};

const FACILITIES = { buildingArea: 1400, teachingArea: 900, gym: 100, siteArea: 5000, greenArea: 600, sportsArea: 1900, books: 6000, computers: 30, equipmentWan: 10 };
const stage = (students: number, classes: number, extra: Partial<StageCells>): StageCells => ({ students, classes, fullTime: 10, ...extra });
const primaryOnly = (code: string, name: string, cells: StageCells) =>
  evaluationSchool({ code, name, type: "小学", staffTotal: 12, primary: cells, facilities: FACILITIES });
const juniorOnly = (code: string, name: string, cells: StageCells) =>
  evaluationSchool({ code, name, type: "初级中学", staffTotal: 20, junior: cells, facilities: FACILITIES });

describe("T1–T3 enrolment, per village and for the township", () => {
  /**
   * 甲村: 小学 199/200 = 0.995; 初中 99/100 = 0.99; 三类残疾 (2+1+1)/(2+1+2) = 4/5 = 0.8 — all exactly at target.
   * 乙村: 小学 98/100 = 0.98; 初中 49/50 = 0.98; 三类残疾 (1+1+0)/(1+1+1) = 2/3 — all below.
   * 乡: 小学 297/300 = 0.99; 初中 148/150 = 0.98667; 三类残疾 6/8 = 0.75 — all below.
   */
  const results = targetsOf(
    village("甲村", {
      primaryAge: 200, primaryEnrolled: 199, juniorAge: 100, juniorEnrolled: 99,
      "disabled.visual": 2, "disabled.hearing": 1, "disabled.intellectual": 2,
      "disabledEnrolled.regular": 2, "disabledEnrolled.special": 1, "disabledEnrolled.home": 1,
    }),
    village("乙村", {
      primaryAge: 100, primaryEnrolled: 98, juniorAge: 50, juniorEnrolled: 49,
      "disabled.visual": 1, "disabled.hearing": 1, "disabled.intellectual": 1,
      "disabledEnrolled.regular": 1, "disabledEnrolled.special": 1, "disabledEnrolled.home": 0,
    }),
  );

  it.each([
    ["T1", "甲村", 199 / 200, 0.995, true],
    ["T1", "乙村", 98 / 100, 0.995, false],
    ["T1", "乡", 297 / 300, 0.995, false],
    ["T2", "甲村", 99 / 100, 0.99, true],
    ["T2", "乙村", 49 / 50, 0.99, false],
    ["T2", "乡", 148 / 150, 0.99, false],
    ["T3", "甲村", 4 / 5, 0.8, true],
    ["T3", "乙村", 2 / 3, 0.8, false],
    ["T3", "乡", 6 / 8, 0.8, false],
  ] as const)("%s %s: rate %d against %d, met: %s", (id, scope, value, target, met) => {
    const r = pick(results, id, scope);
    expect(r.value).toBeCloseTo(value, 12);
    expect(r.target).toBe(target);
    expect(r.passed).toBe(met);
    expect(r.level).toBe(met ? "met" : "error");
  });

  it("points T3 of a village at its six disabled-children cells on the village sheet", () => {
    const r = pick(results, "T3", "甲村");
    expect(r.cells).toHaveLength(6);
    expect(new Set(r.cells.map((c) => c.sheet))).toEqual(new Set(["普及与控辍"]));
  });

  it("gives a village without disabled children no T3 row, but keeps it in the township's T1", () => {
    const withNone = targetsOf(
      village("甲村", { primaryAge: 200, primaryEnrolled: 199 }),
      village("丙村", {
        primaryAge: 50, primaryEnrolled: 50,
        "disabled.visual": 0, "disabled.hearing": 0, "disabled.intellectual": 0,
        "disabledEnrolled.regular": 0, "disabledEnrolled.special": 0, "disabledEnrolled.home": 0,
      }),
    );
    expect(withNone.filter((r) => r.id === "T3").map((r) => r.scope)).toEqual(["甲村", "乡"]);
    expect(pick(withNone, "T1", "乡").value).toBeCloseTo(249 / 250, 12);
  });
});

describe("T4/T5 dropout: error above the plan, warning above the national control line, met below", () => {
  /**
   * 小学 (plan ≤ 1 %, control line 0.6 %): 甲 3/500 = 0.6 % met (at the line), 乙 7/1 000 = 0.7 % warning,
   * 丙 2/200 = 1 % warning (at the plan), 丁 3/200 = 1.5 % error. 乡: 15/1 900 = 0.789 % warning.
   */
  const primary = targetsOf(
    primaryOnly("5328220401", "甲小学", stage(500, 12, { prevYearStudents: 500, dropouts: 3 })),
    primaryOnly("5328220402", "乙小学", stage(1000, 24, { prevYearStudents: 1000, dropouts: 7 })),
    primaryOnly("5328220403", "丙小学", stage(200, 6, { prevYearStudents: 200, dropouts: 2 })),
    primaryOnly("5328220404", "丁小学", stage(200, 6, { prevYearStudents: 200, dropouts: 3 })),
  );

  it.each([
    ["甲小学", 3 / 500, "met", true],
    ["乙小学", 7 / 1000, "warning", true],
    ["丙小学", 2 / 200, "warning", true],
    ["丁小学", 3 / 200, "error", false],
    ["乡", 15 / 1900, "warning", true],
  ] as const)("T4 %s: %d → %s", (scope, value, level, passed) => {
    const r = pick(primary, "T4", scope);
    expect(r.value).toBeCloseTo(value, 12);
    expect([r.target, r.controlLine]).toEqual([0.01, 0.006]);
    expect(r.level).toBe(level);
    expect(r.passed).toBe(passed);
  });

  it("names the school by its code on school rows and not on the township row", () => {
    expect(pick(primary, "T4", "丁小学").schoolId).toBe("5328220404");
    expect(pick(primary, "T4", "乡").schoolId).toBeNull();
  });

  /** 初中 (plan ≤ 3 %, control line 1.8 %): 甲 1/100 = 1 % met, 乙 2/100 = 2 % warning, 丙 2/50 = 4 % error; 乡 5/250 = 2 % warning. */
  const junior = targetsOf(
    juniorOnly("5328220411", "甲中学", stage(100, 2, { prevYearStudents: 100, dropouts: 1 })),
    juniorOnly("5328220412", "乙中学", stage(100, 2, { prevYearStudents: 100, dropouts: 2 })),
    juniorOnly("5328220413", "丙中学", stage(50, 1, { prevYearStudents: 50, dropouts: 2 })),
  );

  it.each([
    ["甲中学", 0.01, "met"],
    ["乙中学", 0.02, "warning"],
    ["丙中学", 0.04, "error"],
    ["乡", 0.02, "warning"],
  ] as const)("T5 %s: %d → %s", (scope, value, level) => {
    const r = pick(junior, "T5", scope);
    expect(r.value).toBeCloseTo(value, 12);
    expect([r.target, r.controlLine]).toEqual([0.03, 0.018]);
    expect(r.level).toBe(level);
  });

  it("gives a school without a 上学年初在校生 figure for a stage no dropout row for it", () => {
    expect(junior.filter((r) => r.id === "T4")).toEqual([expect.objectContaining({ scope: "乡", value: null, level: null })]);
  });
});

describe("T6/T7 class sizes", () => {
  // 甲小学 6 classes: 1 of 56–65, 2 of 66+; 乙中学 3 classes: 2 of 56–65, 1 of 66+; 丙小学 6 classes, none large.
  const results = targetsOf(
    primaryOnly("5328220421", "甲小学", stage(380, 6, { band56: 1, band66: 2 })),
    juniorOnly("5328220422", "乙中学", stage(190, 3, { band56: 2, band66: 1 })),
    primaryOnly("5328220423", "丙小学", stage(180, 6, { band56: 0, band66: 0 })),
  );

  it("T6 counts the 66+ classes of both stages: 2 + 1 = 3, an error against the target 0", () => {
    const r = pick(results, "T6", "乡");
    expect(r.value).toBe(3);
    expect(r.target).toBe(0);
    expect(r.passed).toBe(false);
    expect(r.level).toBe("error");
  });

  it("T6 with no 66+ class is met", () => {
    const none = targetsOf(primaryOnly("5328220423", "丙小学", stage(180, 6, { band56: 0, band66: 0 })));
    expect(pick(none, "T6", "乡")).toEqual(expect.objectContaining({ value: 0, passed: true, level: "met" }));
  });

  it("T7 reports the share of 56–65 classes among all classes: (1 + 2) / (6 + 3 + 6) = 0.2, with no target", () => {
    const r = pick(results, "T7", "乡");
    expect(r.value).toBeCloseTo(3 / 15, 12);
    expect(r.target).toBeNull();
    expect(r.passed).toBeNull();
    expect(r.level).toBeNull();
  });

  it("T7 counts both stages of a nine-year school: (1 + 2) / (6 + 3) = 1/3", () => {
    const nine = evaluationSchool({
      code: "5328220431", name: "九年一贯制学校", type: "九年一贯制学校", staffTotal: 30, facilities: FACILITIES,
      primary: stage(300, 6, { band56: 1 }),
      junior: stage(160, 3, { band56: 2 }),
    });
    expect(pick(targetsOf(nine), "T7", "乡").value).toBeCloseTo(1 / 3, 12);
  });
});
