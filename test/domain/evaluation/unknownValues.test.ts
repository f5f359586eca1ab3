/**
 * Never 达标 on what is unknown or impossible (docs/method.md §3.5): a standard with a threshold but no value, or a
 * value no school can have (学历合格率 above 100 %), leaves the unit 未能判定 — never passed — in both packs, in the
 * evaluation and in the JSON result.
 */
import { judge } from "../../../src/domain/evaluation/judge";
import { runCheck } from "../../../src/domain/check";
import { checkResultJson } from "../../../src/domain/result";
import { checkSummaryText } from "../../../src/cli/summary";
import { BASIC, QUALITY, evaluateSchools, evaluationOf, evaluationSchool, FACILITIES, type SchoolRecord } from "../../helpers/evaluationSchools";
import { records } from "../../helpers/register";
import { gridOf } from "../../helpers/workbookEdits";

const CODE = "5328220301";

/** A 小学 of 200 meeting every set S standard (as in standards.test.ts): S7 30·100/200 = 15, S9 10/10 = 1. */
const school = (edu: Record<string, number> = { bachelor: 10 }) =>
  evaluationSchool({
    code: CODE, name: "勐往乡中心小学", type: "小学", urbanRural: "乡村", staffTotal: 11,
    primary: { students: 200, classes: 5, fullTime: 10, edu },
    facilities: FACILITIES,
  });

/** The same school with its computer cells left empty ("—" reads as 0, as the statistics write zero). */
const withoutComputers = (record: SchoolRecord): SchoolRecord => ({
  ...record,
  facilities: Object.fromEntries(Object.entries(record.facilities ?? {}).filter(([field]) => field !== "computers" && field !== "teachingComputers")),
});

describe("a missing value is 未能判定, never 达标 (yunnan-2016-basic, all standards)", () => {
  it("leaves S7 unknown and the unit unjudged when the computer cells are empty", () => {
    const e = evaluationOf(evaluateSchools(BASIC(), withoutComputers(school())), CODE, "primary");
    expect(e.indicators.S7).toBeNull();
    expect(e.unknown).toEqual(["S7"]);
    expect(e.below).toEqual([]);
    expect(e.passed).toBeNull();
  });

  it("still fails a unit known to be short, whatever else is unknown", () => {
    const j = judge(BASIC(), "primary", "乡村", { S1: 25, S2: 7, S5: 100, S6: 30, S8: 18, S9: 1, S10: 40 });
    expect(j.below).toEqual(["S5"]);
    expect(j.unknown).toEqual(["S7"]);
    expect(j.passed).toBe(false);
  });

  it("passes a unit with every set standard known and met", () => {
    expect(evaluationOf(evaluateSchools(BASIC(), school()), CODE, "primary").passed).toBe(true);
  });
});

describe("the 2017 pack counts only known values toward '6 of 7'", () => {
  const allMet = { Q1: 4.5, Q2: 1, Q3: 1, Q4: 5, Q5: 8, Q6: 2200, Q7: 2.5 };

  it("does not pass a school with one Q missing and one below at 90 % (only 5 known to be met)", () => {
    const j = judge(QUALITY(), "primary", "乡村", { ...allMet, Q7: null, Q6: 1800 });
    expect(j.below).toEqual(["Q6"]);
    expect(j.unknown).toEqual(["Q7"]);
    expect(j.passed).toBeNull();
  });

  it("does not pass a school with one Q missing and the other six met: the missing one might break the 85 % floor", () => {
    expect(judge(QUALITY(), "primary", "乡村", { ...allMet, Q2: null }).passed).toBeNull();
  });

  it("fails a school with two known misses even with a value missing", () => {
    expect(judge(QUALITY(), "primary", "乡村", { ...allMet, Q1: null, Q4: 4.05, Q6: 1800 }).passed).toBe(false);
  });
});

describe("an impossible value (学历合格率 above 100 %) is a data error, shown as not computable and not judged", () => {
  // 13 teachers qualified by 学历 for 12 full-time teachers: 108.3 %.
  const overQualified = evaluationSchool({
    code: CODE, name: "坝散小学", type: "小学", urbanRural: "乡村", staffTotal: 11,
    primary: { students: 200, classes: 5, fullTime: 12, edu: { bachelor: 13 } },
    facilities: FACILITIES,
  });

  it("gives M-05 (error) naming the school and 108.3 %, with S9 null and the unit unjudged", () => {
    const result = evaluateSchools(BASIC(), overQualified);
    const e = evaluationOf(result, CODE, "primary");
    expect(e.indicators.S9).toBeNull();
    expect(e.unknown).toEqual(["S9"]);
    expect(e.passed).toBeNull();
    const m05 = result.findings.filter((f) => f.rule === "M-05");
    expect(m05.map((f) => [f.severity, f.schoolName, f.sheet])).toEqual([["error", "坝散小学", "教职工"]]);
    expect(m05[0].message).toContain("专任教师学历合格率算得 108.3%");
  });

  it("does not repeat the error when validation already flags the same cells (422-02)", () => {
    const run = runCheck(gridOf(records(overQualified)));
    expect(run.findings.some((f) => f.rule === "422-02")).toBe(true);
    expect(run.findings.filter((f) => f.rule === "M-05")).toEqual([]);
  });
});

describe("the JSON result never says passed: true for a unit with a missing or impossible value", () => {
  it.each([
    ["missing computers (S7)", withoutComputers(school()), "S7"],
    ["学历合格率 108.3 % (S9)", school({ bachelor: 13 }), "S9"],
  ])("%s", (_label, record, indicator) => {
    const json = checkResultJson(runCheck(gridOf(records(record))), "register.xlsx");
    const unit = json.units.find((u) => u.schoolId === CODE && u.stage === "primary");
    expect(unit?.indicators[indicator]).toBeNull();
    expect(unit?.notJudged).toEqual([indicator]);
    expect(unit?.passed).not.toBe(true);
  });

  it("says passed: true for the same school with every value known and met", () => {
    const json = checkResultJson(runCheck(gridOf(records(school()))), "register.xlsx");
    expect(json.units.find((u) => u.schoolId === CODE)?.passed).toBe(true);
  });
});

describe("the CLI summary counts 未能判定 apart from 低于办学标准", () => {
  it("names the unit and the indicator it could not judge", () => {
    const text = checkSummaryText(runCheck(gridOf(records(withoutComputers(school())))), "register.xlsx", null);
    expect(text).toContain("未能判定 1 个（数据缺失或不可能）：勐往乡中心小学 S7");
    expect(text).not.toContain("低于办学标准");
  });
});
