/**
 * Holding units to the school standards (docs/method.md §3.2, §3.3) and judging the coefficients (§4): thresholds by
 * stage and 城乡分类, ceilings (S8, S10) judged as ceilings, unset thresholds shown but not judged (M-04), the
 * 2017 pack's "6 of 7, none below 85 %" rule, and the 2017 pack's per-indicator CV verdict.
 */
import { judge, thresholdFor } from "../../../src/domain/evaluation/judge";
import type { RulePack } from "../../../src/domain/packs/schema";
import {
  BASIC,
  QUALITY,
  evaluateSchools,
  evaluationOf,
  evaluationSchool,
  FACILITIES,
  type SchoolSpec,
} from "../../helpers/evaluationSchools";

const CODE = "5328220301";
const CODE_2 = "5328220302";
const CODE_J = "5328220303";

/**
 * A 小学 of 200 students in 5 classes (S10 = 40) meeting every set S standard:
 * S1 5 000/200 = 25, S2 1 400/200 = 7, S5 100 000/200 = 500, S6 6 000/200 = 30, S7 30·100/200 = 15,
 * S8 200/11 = 18.2, S9 10/10 = 1; S3 600/200 = 3 and S4 2 000/200 = 10 have no threshold.
 */
const school = (overrides: Partial<SchoolSpec> = {}) =>
  evaluationSchool({
    code: CODE, name: "勐往乡中心小学", type: "小学", urbanRural: "乡村", staffTotal: 11,
    primary: { students: 200, classes: 5, fullTime: 10, edu: { bachelor: 10 } },
    facilities: FACILITIES,
    ...overrides,
  });

/** A 初级中学 of 200 students in 5 classes meeting every set S standard of 初中 (S1 30, S6 40, S8 200/16 = 12.5). */
const juniorSchool = () =>
  evaluationSchool({
    code: CODE_J, name: "勐往中学", type: "初级中学", urbanRural: "乡村", staffTotal: 16,
    junior: { students: 200, classes: 5, fullTime: 14, edu: { bachelor: 14 } },
    facilities: { ...FACILITIES, siteArea: 6000, books: 8000, equipmentWan: 15 },
  });

/** 小学 of 200 with every Q resource present (Q1–Q7 worked out in the 2017 block below). */
const quality = (equipmentWan: number, teachingArea = 1000, code = CODE, name = "勐往乡中心小学") =>
  school({
    code, name,
    primary: { students: 200, classes: 5, fullTime: 10, edu: { bachelor: 9, highSchool: 1 }, keyTeachers: 2, peTeachers: 1, artTeachers: 1 },
    facilities: { ...FACILITIES, teachingArea, sportsArea: 1500, gym: 100, multimediaRooms: 5, equipmentWan },
  });

const judged = (pack: RulePack, ...schools: ReturnType<typeof school>[]) => evaluateSchools(pack, ...schools);

describe("thresholds by stage and 城乡分类", () => {
  it.each([
    ["primary", "城区", 15],
    ["primary", "镇区", 20],
    ["primary", "乡村", 20],
    ["junior", "城区", 20],
    ["junior", "镇区", 25],
    ["junior", "乡村", 25],
  ] as const)("S1 %s %s is %d ㎡ per student", (stage, area, value) => {
    expect(thresholdFor(BASIC(), "S1", stage, area)?.value).toBe(value);
  });

  it("uses the general threshold where the pack has no 城乡 entry (S6 小学 25 everywhere)", () => {
    for (const area of ["城区", "镇区", "乡村", null] as const) expect(thresholdFor(BASIC(), "S6", "primary", area)?.value).toBe(25);
  });

  // Site 3 400 ㎡ for 200 students: S1 = 17 ㎡.
  it.each([
    ["城区", 15, false],
    ["镇区", 20, true],
    ["乡村", 20, true],
  ] as const)("a 小学 with S1 = 17 ㎡ in %s is held to %d ㎡ (below: %s)", (area, threshold, below) => {
    const e = evaluationOf(judged(BASIC(), school({ urbanRural: area, facilities: { ...FACILITIES, siteArea: 3400 } })), CODE, "primary");
    expect(e.indicators.S1).toBeCloseTo(17, 12);
    expect(e.thresholds.S1).toBe(threshold);
    expect(e.below.includes("S1")).toBe(below);
    expect(e.passed).toBe(!below);
  });

  it("holds a 初中 unit to the 初中 thresholds (S6 40 books, S8 1 : 13.5)", () => {
    const e = evaluationOf(judged(BASIC(), juniorSchool()), CODE_J, "junior");
    expect(e.thresholds.S6).toBe(40);
    expect(e.thresholds.S8).toBe(13.5);
    expect(e.below).toEqual([]);
    expect(e.passed).toBe(true);
  });
});

describe("ceilings: S8 students per staff member and S10 class size", () => {
  it.each([
    // 200 students
    [10, 20, true], // 200/10 = 20 > 19
    [11, 200 / 11, false],
    [20, 10, false], // far under the ceiling is fine, not "below"
  ])("S8 with 教职工 %d: %d students per staff member, below: %s", (staffTotal, value, below) => {
    const e = evaluationOf(judged(BASIC(), school({ staffTotal })), CODE, "primary");
    expect(e.indicators.S8).toBeCloseTo(value, 12);
    expect(e.below.includes("S8")).toBe(below);
  });

  it("S8 exactly at 1 : 19 (190 students, 10 staff) meets the standard", () => {
    const e = evaluationOf(judged(BASIC(), school({ staffTotal: 10, primary: { students: 190, classes: 5, fullTime: 10, edu: { bachelor: 10 } } })), CODE, "primary");
    expect(e.indicators.S8).toBe(19);
    expect(e.below).not.toContain("S8");
  });

  it.each([
    [4, 50, true], // 200/4 = 50 > 45
    [5, 40, false],
    [10, 20, false],
  ])("S10 with %d classes: average %d, below: %s", (classes, value, below) => {
    const e = evaluationOf(judged(BASIC(), school({ primary: { students: 200, classes, fullTime: 10, edu: { bachelor: 10 } } })), CODE, "primary");
    expect(e.indicators.S10).toBeCloseTo(value, 12);
    expect(e.below.includes("S10")).toBe(below);
  });

  it("S10 exactly at 45 (180 students, 4 classes) meets the standard", () => {
    const e = evaluationOf(judged(BASIC(), school({ staffTotal: 20, primary: { students: 180, classes: 4, fullTime: 10, edu: { bachelor: 10 } } })), CODE, "primary");
    expect(e.indicators.S10).toBe(45);
    expect(e.below).not.toContain("S10");
  });

  it("S10 for 初中 allows 50 per class: 200 in 4 classes meets it, 204 in 4 does not", () => {
    expect(judge(BASIC(), "junior", "乡村", { S10: 50 }).below).toEqual([]);
    expect(judge(BASIC(), "junior", "乡村", { S10: 51 }).below).toEqual(["S10"]);
  });
});

describe("minimum standards are judged the other way (value below the threshold)", () => {
  it("S6 小学: 24.995 books per student is below 25, 25 is not", () => {
    expect(judge(BASIC(), "primary", "乡村", { S6: 24.995 }).below).toEqual(["S6"]);
    expect(judge(BASIC(), "primary", "乡村", { S6: 25 }).below).toEqual([]);
  });

  it("S9 小学 requires 100 %: one teacher below 中专 out of 10 fails", () => {
    const e = evaluationOf(judged(BASIC(), school({ primary: { students: 200, classes: 5, fullTime: 10, edu: { bachelor: 9, belowHigh: 1 } } })), CODE, "primary");
    expect(e.indicators.S9).toBeCloseTo(0.9, 12);
    expect(e.below).toEqual(["S9"]);
  });
});

describe("an unset threshold (S3) is computed, not judged, and asked for once per stage", () => {
  const bare = school({ facilities: { ...FACILITIES, greenArea: 0 } });
  const second = school({ code: CODE_2, name: "坝散小学", facilities: { ...FACILITIES, greenArea: 0 } });

  it("shows S3 = 0 with no threshold, not below, and the school still passes", () => {
    const e = evaluationOf(judged(BASIC(), bare), CODE, "primary");
    expect(e.indicators.S3).toBe(0);
    expect(e.thresholds.S3).toBeNull();
    expect(e.below).toEqual([]);
    expect(e.passed).toBe(true);
  });

  it("gives exactly one M-04 for S3 per stage with counted units, however many units", () => {
    const result = judged(BASIC(), bare, second, juniorSchool());
    const s3 = result.findings.filter((f) => f.rule === "M-04" && f.message.startsWith("S3 "));
    expect(s3.map((f) => [f.severity, f.message])).toEqual([
      ["info", "S3 小学标准值没有设定（未找到公开的省定值；乡镇工作方案把生均绿化面积列为检查项目），只计算不判定；请在“标准参数”中填写省定标准"],
      ["info", "S3 初中标准值没有设定（未找到公开的省定值；乡镇工作方案把生均绿化面积列为检查项目），只计算不判定；请在“标准参数”中填写省定标准"],
    ]);
  });

  it("gives no 初中 M-04 when no 初中 unit is counted", () => {
    const result = judged(BASIC(), bare, second);
    expect(result.findings.filter((f) => f.rule === "M-04").map((f) => f.message.slice(0, 5))).toEqual(["S3 小学", "S4 小学"]);
  });

  it("judges S3 and drops its M-04 once the user sets a value (1 ㎡)", () => {
    const pack: RulePack = {
      ...BASIC(),
      thresholds: BASIC().thresholds.map((t) => (t.indicator === "S3" ? { ...t, value: 1, provenance: { kind: "workbook", source: "标准参数" } } : t)),
    };
    const result = judged(pack, bare);
    expect(evaluationOf(result, CODE, "primary").below).toEqual(["S3"]);
    expect(result.findings.filter((f) => f.rule === "M-04" && f.message.startsWith("S3"))).toEqual([]);
  });
});

describe("the 2017 pack: a school passes with at least 6 of 7 met and none below 85 %", () => {
  /**
   * 小学 of 200 meeting Q1–Q7: Q1 9·100/200 = 4.5 (≥ 4.2), Q2 2·100/200 = 1.0 (≥ 1.0), Q3 (1+1)·100/200 = 1.0 (≥ 0.9),
   * Q4 1 000/200 = 5 (≥ 4.5), Q5 (1 500 + 100)/200 = 8 (≥ 7.5), Q6 44 万元 → 440 000/200 = 2 200 (≥ 2 000),
   * Q7 5·100/200 = 2.5 (≥ 2.3).
   */
  const outcome = (equipmentWan: number, teachingArea?: number) => evaluationOf(judged(QUALITY(), quality(equipmentWan, teachingArea)), CODE, "primary");

  it("computes Q1–Q7 as worked out and passes a school meeting all seven", () => {
    const e = outcome(44);
    const expected: Record<string, number> = { Q1: 4.5, Q2: 1, Q3: 1, Q4: 5, Q5: 8, Q6: 2200, Q7: 2.5 };
    for (const [id, value] of Object.entries(expected)) expect([id, e.indicators[id]]).toEqual([id, expect.closeTo(value, 9)]);
    expect(e.below).toEqual([]);
    expect(e.passed).toBe(true);
  });

  it("passes a school below on one indicator at 90 % (Q6 1 800 元 of 2 000)", () => {
    const e = outcome(36);
    expect(e.below).toEqual(["Q6"]);
    expect(e.passed).toBe(true);
  });

  it("passes a school below on one indicator at exactly 85 % (Q6 1 700 元)", () => {
    const e = outcome(34);
    expect(e.below).toEqual(["Q6"]);
    expect(e.passed).toBe(true);
  });

  it("fails a school below on one indicator at 80 % (Q6 1 600 元)", () => {
    const e = outcome(32);
    expect(e.below).toEqual(["Q6"]);
    expect(e.passed).toBe(false);
  });

  it("fails a school below on two indicators, each at 90 % (Q4 810/200 = 4.05, Q6 1 800)", () => {
    const e = outcome(36, 810);
    expect(e.below).toEqual(["Q4", "Q6"]);
    expect(e.passed).toBe(false);
  });
});

describe("the 2017 pack with thresholds left empty (§3.3: an empty threshold is not judged)", () => {
  const q = QUALITY();
  const emptied: RulePack = { ...q, thresholds: q.thresholds.map((t) => (t.indicator === "Q3" || t.indicator === "Q7" ? { ...t, value: null } : t)) };
  const allMet = { Q1: 4.5, Q2: 1, Q3: 1, Q4: 5, Q5: 8, Q6: 2200, Q7: 2.5 };

  it("does not judge Q3 and Q7 and finds no shortfall", () => {
    const j = judge(emptied, "primary", "乡村", allMet);
    expect([j.thresholds.Q3, j.thresholds.Q7]).toEqual([null, null]);
    expect(j.below).toEqual([]);
  });

  // Spec §3.3: an empty threshold means "not judged"; it must not count as a shortfall.
  it("does not fail a school that meets every judged indicator", () => {
    expect(judge(emptied, "primary", "乡村", allMet).passed).toBe(true);
  });
});

describe("a province's 'at least n of 10, none below a floor' rule (atLeast with floorRatio)", () => {
  // ≥ 8 of 10, none below 60 %, with S3 = 1 and S4 = 5 set so that all ten are judged.
  const base = BASIC();
  const pack: RulePack = {
    ...base,
    schoolPass: { mode: "atLeast", count: 8, floorRatio: 0.6 },
    thresholds: base.thresholds.map((t) => (t.indicator === "S3" ? { ...t, value: 1 } : t.indicator === "S4" ? { ...t, value: 5 } : t)),
  };
  const meets = { S1: 25, S2: 7, S3: 3, S4: 10, S5: 500, S6: 30, S7: 15, S8: 18, S9: 1, S10: 40 };

  it("passes two shortfalls at 70 % (S6 17.5 of 25, S8 19/0.7 ≈ 27.1 students per staff)", () => {
    const j = judge(pack, "primary", "乡村", { ...meets, S6: 17.5, S8: 19 / 0.7 });
    expect(j.below).toEqual(["S6", "S8"]);
    expect(j.passed).toBe(true);
  });

  it("fails one shortfall at 50 % (S5 182.5 of 365)", () => {
    const j = judge(pack, "primary", "乡村", { ...meets, S5: 182.5 });
    expect(j.below).toEqual(["S5"]);
    expect(j.passed).toBe(false);
  });

  it("fails three shortfalls even when each is small", () => {
    const j = judge(pack, "primary", "乡村", { ...meets, S5: 360, S6: 24, S7: 9 });
    expect(j.below).toEqual(["S5", "S6", "S7"]);
    expect(j.passed).toBe(false);
  });
});

describe("the 2017 pack judges each indicator's CV (mode 'each', ≤ 0.50 小学)", () => {
  // Two 小学 of 200, identical but for equipment: Q6 1 000 and 3 000 元 → X̄ 2 000, S 1 000, CV 0.50 (passes);
  // 900 and 3 100 → S 1 100, CV 0.55 (fails). Every other Q has CV 0.
  const pair = (lowWan: number, highWan: number) =>
    judged(QUALITY(), quality(lowWan), quality(highWan, 1000, CODE_2, "坝散小学")).balance.primary;

  it("passes when the largest CV is exactly 0.50, with no composite", () => {
    const balance = pair(20, 60);
    expect(balance.cv.Q6).toBeCloseTo(0.5, 12);
    for (const id of ["Q1", "Q2", "Q3", "Q4", "Q5", "Q7"]) expect([id, balance.cv[id]]).toEqual([id, 0]);
    expect(balance.threshold).toBe(0.5);
    expect(balance.composite).toBeNull();
    expect(balance.passed).toBe(true);
  });

  it("fails when one indicator's CV is 0.55, although the mean of the seven CVs (0.079) is small", () => {
    const balance = pair(18, 62);
    expect(balance.cv.Q6).toBeCloseTo(0.55, 12);
    expect(balance.passed).toBe(false);
  });

  it("gives no verdict while a CV cannot be computed and none is above the limit (no 骨干教师 anywhere: Q2 X̄ = 0)", () => {
    const noKey = (code: string, name: string) =>
      school({ code, name, primary: { students: 200, classes: 5, fullTime: 10, edu: { bachelor: 10 }, keyTeachers: 0, peTeachers: 1, artTeachers: 1 },
        facilities: { ...FACILITIES, multimediaRooms: 5 } });
    const balance = judged(QUALITY(), noKey(CODE, "勐往乡中心小学"), noKey(CODE_2, "坝散小学")).balance.primary;
    expect(balance.cv.Q2).toBeNull();
    expect(balance.cvReason.Q2).toBe("平均值为 0，无法计算差异系数");
    expect(balance.passed).toBeNull();
  });

  it("uses 0.45 for 初中", () => {
    expect(evaluateSchools(QUALITY(), juniorSchool()).balance.junior.threshold).toBe(0.45);
  });
});
