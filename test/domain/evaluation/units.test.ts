/**
 * Evaluation units (docs/method.md §2): scope exclusions, the three ways of handling teaching points, and the split of
 * the shared resources of mixed schools with the pack's weights. Expected numbers are worked out in the comments.
 */
import { evaluate } from "../../../src/domain/evaluation/evaluate";
import type { Finding } from "../../../src/domain/findings";
import type { RulePack } from "../../../src/domain/packs/schema";
import {
  BASIC,
  QUALITY,
  evaluateSchools,
  evaluationOf,
  evaluationSchool,
  unitOf,
  unitsOfSchools,
  FACILITIES,
  type SchoolSpec,
} from "../../helpers/evaluationSchools";
import { contextOf, records, withCells } from "../../helpers/register";
import type { RuleId } from "../../../src/domain/ruleIds";

const PARENT = "5328220201";
const POINT = "5328220202";
const POINT_2 = "5328220203";
const NINE = "5328220204";
const OTHER = "5328220205";


/** 小学 200 students, 10 teachers, 教职工 11, books 6 000, equipment 10 万元, site 5 000 ㎡, teaching rooms 900 ㎡. */
const parent = (overrides: Partial<SchoolSpec> = {}) =>
  evaluationSchool({
    code: PARENT, name: "勐往乡中心小学", type: "小学", urbanRural: "镇区", staffTotal: 11,
    primary: { students: 200, classes: 5, fullTime: 10, edu: { bachelor: 10 } },
    facilities: FACILITIES,
    ...overrides,
  });

/** 小学教学点 under PARENT: 20 students (unless given), 2 teachers, books 300, equipment 0.5 万元, site 600, rooms 60. */
const point = (overrides: Partial<SchoolSpec> = {}, students = 20) =>
  evaluationSchool({
    code: POINT, name: "南果河教学点", type: "小学教学点", countsAsSchool: "否", parentCode: PARENT, staffTotal: 2,
    primary: { students, classes: 2, fullTime: 2, edu: { associate: 2 } },
    facilities: { buildingArea: 150, teachingArea: 60, gym: 0, siteArea: 600, greenArea: 50, sportsArea: 200, books: 300, computers: 2, equipmentWan: 0.5 },
    ...overrides,
  });

const withTeachingPoints = (mode: RulePack["scope"]["teachingPoints"]): RulePack => ({ ...BASIC(), scope: { teachingPoints: mode } });

const messagesOf = (findings: readonly { rule: string; schoolId: string | null; message: string }[], rule: string) =>
  findings.filter((f) => f.rule === rule).map((f) => [f.schoolId, f.message]);

describe("teaching points: exclude (default pack, 2012 practice)", () => {
  const result = unitsOfSchools(BASIC(), parent(), point());

  it("excludes the point with the reason and leaves its parent as entered", () => {
    expect(unitOf(result, POINT, "primary").excluded).toBe("教学点不单独计算（2012 年办法）");
    const p = unitOf(result, PARENT, "primary");
    expect(p.excluded).toBeNull();
    expect(p.students).toBe(200);
    expect(p.resources.books.value).toBe(6000);
    expect(p.mergedPoints).toEqual([]);
  });

  it("reports the exclusion with M-02", () => {
    expect(messagesOf(result.findings, "M-02")).toEqual([[POINT, "「南果河教学点」是教学点，按 2012 年办法不单独参加计算"]]);
  });

  it("also treats a 小学 marked 不计校数 as a teaching point", () => {
    const notCounted = point({ type: "小学" });
    expect(unitOf(unitsOfSchools(BASIC(), parent(), notCounted), POINT, "primary").excluded).toBe("教学点不单独计算（2012 年办法）");
  });
});

describe("teaching points: mergeIntoParent", () => {
  const pack = withTeachingPoints({ mode: "mergeIntoParent" });
  const result = unitsOfSchools(pack, parent(), point());
  const p = unitOf(result, PARENT, "primary");

  it("adds the point's students to its parent: 200 + 20 = 220 (unit and whole school)", () => {
    expect(p.students).toBe(220);
    expect(p.resources.students.value).toBe(220);
    expect(p.resources.schoolStudents.value).toBe(220);
  });

  it.each([
    ["books", 6000 + 300],
    ["equipment", 100000 + 5000],
    ["teachingArea", 900 + 60],
    ["sportsGround", 1900 + 200],
    ["computers", 30 + 2],
    ["siteArea", 5000 + 600],
    ["buildingArea", 1400 + 150],
    ["greenArea", 600 + 50],
    ["staffTotal", 11 + 2],
    ["fullTime", 10 + 2],
  ] as const)("adds the point's %s to its parent (%d)", (key, total) => {
    expect(p.resources[key].value).toBeCloseTo(total, 9);
  });

  it("keeps the cells of both schools behind a merged figure", () => {
    expect(p.resources.books.cells).toHaveLength(2);
  });

  it("records the merged point on the parent and excludes the point with a reason naming the parent", () => {
    expect(p.mergedPoints).toEqual([POINT]);
    expect(unitOf(result, POINT, "primary").excluded).toBe("已并入上级学校「勐往乡中心小学」");
  });

  it("reports the merge with M-02 naming the parent", () => {
    expect(messagesOf(result.findings, "M-02")).toEqual([[POINT, "「南果河教学点」是教学点，学生和办学条件已并入上级学校「勐往乡中心小学」"]]);
  });

  it("computes the parent's indicators on the merged figures: B5 = 6 300 / 220", () => {
    const evaluation = evaluateSchools(pack, parent(), point());
    expect(evaluationOf(evaluation, PARENT, "primary").indicators.B5).toBeCloseTo(6300 / 220, 9);
    expect(evaluation.balance.primary.units).toBe(1);
  });

  it("merges the same way when the point is listed before its parent", () => {
    const reversed = unitOf(unitsOfSchools(pack, point(), parent()), PARENT, "primary");
    expect(reversed.students).toBe(220);
    expect(reversed.resources.books.value).toBe(6300);
  });

  it("merges two points into one parent: 200 + 20 + 30 students, 6 000 + 300 + 300 books", () => {
    const second = point({ code: POINT_2, name: "老寨教学点" }, 30);
    const merged = unitOf(unitsOfSchools(pack, parent(), point(), second), PARENT, "primary");
    expect(merged.students).toBe(250);
    expect(merged.resources.books.value).toBe(6600);
    expect(merged.mergedPoints).toEqual([POINT, POINT_2]);
  });

  it("adds a point under a nine-year school to its 小学部 only, after the school's own split", () => {
    const nine = evaluationSchool({
      code: NINE, name: "勐往九年一贯制学校", type: "九年一贯制学校", staffTotal: 28,
      primary: { students: 180, classes: 6, fullTime: 9 },
      junior: { students: 200, classes: 5, fullTime: 16 },
      facilities: { ...FACILITIES, books: 8000 },
    });
    const units = unitsOfSchools(pack, nine, point({ parentCode: NINE }));
    // 8 000 × 180/400 = 3 600 (小学部) + 300 from the point; 初中部 8 000 × 220/400 = 4 400.
    expect(unitOf(units, NINE, "primary").students).toBe(200);
    expect(unitOf(units, NINE, "primary").resources.books.value).toBeCloseTo(3900, 9);
    expect(unitOf(units, NINE, "junior").students).toBe(200);
    expect(unitOf(units, NINE, "junior").resources.books.value).toBeCloseTo(4400, 9);
  });

  it("excludes a point whose parent code names no school, with M-02", () => {
    const units = unitsOfSchools(pack, parent(), point({ parentCode: "5328229999" }));
    expect(unitOf(units, POINT, "primary").excluded).toBe("教学点的上级学校无效，无法并入");
    expect(unitOf(units, PARENT, "primary").students).toBe(200);
    expect(messagesOf(units.findings, "M-02")).toEqual([[POINT, "「南果河教学点」是教学点，但上级学校标识码无效，无法并入，不单独参加计算"]]);
  });
});

describe("teaching points: includeIfAtLeast 50 (2017 pack)", () => {
  const big = point({ code: POINT, name: "大寨教学点" }, 60);
  const small = point({ code: POINT_2, name: "小寨教学点" }, 20);
  const result = unitsOfSchools(QUALITY(), parent(), big, small);

  it("makes a point with 60 students a unit of its own", () => {
    const unit = unitOf(result, POINT, "primary");
    expect(unit.excluded).toBeNull();
    expect(unit.students).toBe(60);
    expect(unitOf(result, PARENT, "primary").students).toBe(200);
  });

  it("excludes a point with 20 students, with the reason and M-02", () => {
    expect(unitOf(result, POINT_2, "primary").excluded).toBe("教学点学生不足 50 人，不单独计算");
    expect(messagesOf(result.findings, "M-02")).toEqual([[POINT_2, "「小寨教学点」是教学点，学生 20 人不足 50 人，不单独参加计算"]]);
  });

  it("counts a point with exactly 50 students (only fewer than 50 are excluded)", () => {
    const units = unitsOfSchools(QUALITY(), parent(), point({}, 50));
    expect(unitOf(units, POINT, "primary").excluded).toBeNull();
  });

  it("counts the large point in the 小学 coefficients next to its parent", () => {
    expect(evaluateSchools(QUALITY(), parent(), big, small).balance.primary.units).toBe(2);
  });
});

describe("完全中学: 初:高 = 1 : 1.2", () => {
  // 初中 200, 高中 100: junior share = B ÷ (B + 1.2C) = 200 ÷ (200 + 120) = 0.625
  // (= 1.1·200 ÷ (1.1·200 + 1.32·100) with the pack's per-student weights).
  const full = evaluationSchool({
    code: OTHER, name: "勐海县第二中学", type: "完全中学", staffTotal: 40, seniorStudents: 100,
    junior: { students: 200, classes: 4, fullTime: 16 },
    facilities: { ...FACILITIES, books: 8000, teachingArea: 3200, equipmentWan: 64 },
  });
  const result = unitsOfSchools(BASIC(), full);
  const j = unitOf(result, OTHER, "junior");

  it("has only a 初中 unit, with share 200 / (200 + 1.2 × 100) = 0.625", () => {
    expect(result.units.map((u) => u.id)).toEqual([`${OTHER}:junior`]);
    expect(j.share).toBeCloseTo(200 / (200 + 1.2 * 100), 12);
  });

  it("gives the 初中部 0.625 of the shared resources: books 5 000, rooms 2 000 ㎡, equipment 400 000 元", () => {
    expect(j.resources.books.value).toBeCloseTo(5000, 9);
    expect(j.resources.teachingArea.value).toBeCloseTo(2000, 9);
    expect(j.resources.equipment.value).toBeCloseTo(400000, 6);
  });

  it("keeps whole-school figures over all 300 students (S1 = 5 000 / 300)", () => {
    expect(j.resources.schoolStudents.value).toBe(300);
    const evaluation = evaluateSchools(BASIC(), full);
    expect(evaluationOf(evaluation, OTHER, "junior").indicators.S1).toBeCloseTo(5000 / 300, 9);
  });

  it("reports the split with M-01 and the 初中部's share", () => {
    const [m01] = result.findings.filter((f) => f.rule === "M-01");
    expect(m01.schoolId).toBe(OTHER);
    expect(m01.message).toContain("完全中学的共用资源");
    expect(m01.message).toContain("初:高 = 1:1.2 ");
    expect(m01.message).toContain("初中部 62.5%");
  });
});

describe("十二年一贯制: 小:初:高 = 1 : 1.1 : 1.32", () => {
  // 小学 100, 初中 100, 高中 100: weighted total 100 + 110 + 132 = 342. Books 3 420 → 1 000 / 1 100 (高中 1 320).
  const twelve = evaluationSchool({
    code: OTHER, name: "勐海县十二年一贯制学校", type: "十二年一贯制学校", staffTotal: 40, seniorStudents: 100,
    primary: { students: 100, classes: 3, fullTime: 6 },
    junior: { students: 100, classes: 2, fullTime: 8 },
    facilities: { ...FACILITIES, books: 3420 },
  });
  const result = unitsOfSchools(BASIC(), twelve);

  it("gives the 小学部 100/342 and the 初中部 110/342", () => {
    expect(unitOf(result, OTHER, "primary").share).toBeCloseTo(100 / 342, 12);
    expect(unitOf(result, OTHER, "junior").share).toBeCloseTo(110 / 342, 12);
  });

  it("splits 3 420 books as 1 000 and 1 100, leaving 1 320 to the 高中", () => {
    expect(unitOf(result, OTHER, "primary").resources.books.value).toBeCloseTo(1000, 9);
    expect(unitOf(result, OTHER, "junior").resources.books.value).toBeCloseTo(1100, 9);
  });

  it("reports the split with M-01 naming both compulsory stages", () => {
    const [m01] = result.findings.filter((f) => f.rule === "M-01");
    expect(m01.message).toContain("小:初:高 = 1:1.1:1.32");
    expect(m01.message).toContain("小学部 29.2%，初中部 32.2%");
  });
});

describe("a mixed school with an empty stage", () => {
  const nine = evaluationSchool({
    code: NINE, name: "坝散九年一贯制学校", type: "九年一贯制学校", staffTotal: 12,
    primary: { students: 150, classes: 6, fullTime: 10 },
    junior: { students: 0, classes: 0, fullTime: 0 },
    facilities: { ...FACILITIES, books: 4500 },
  });
  const result = unitsOfSchools(BASIC(), nine);

  it("excludes the 初中部 with no students, with M-03", () => {
    expect(unitOf(result, NINE, "junior").excluded).toBe("初中没有在校生");
    expect(messagesOf(result.findings, "M-03")).toEqual([[NINE, "「坝散九年一贯制学校」初中部没有在校生，不参加初中差异系数计算"]]);
  });

  it("gives the 小学部 all the shared resources (share 150/150 = 1)", () => {
    const p = unitOf(result, NINE, "primary");
    expect(p.excluded).toBeNull();
    expect(p.share).toBe(1);
    expect(p.resources.books.value).toBe(4500);
  });

  it("leaves the 初中 coefficients without units, and says why instead of printing NaN", () => {
    const junior = evaluateSchools(BASIC(), nine).balance.junior;
    expect(junior.units).toBe(0);
    expect(junior.cv.B5).toBeNull();
    expect(junior.cvReason.B5).toBe("没有在校生大于 0 的学校");
    expect(junior.composite).toBeNull();
    expect(junior.passed).toBeNull();
  });
});

describe("scope exclusions", () => {
  it("excludes a 特殊教育学校 with its reason", () => {
    const special = parent({ code: OTHER, name: "勐海县特殊教育学校", type: "特殊教育学校" });
    expect(unitOf(unitsOfSchools(BASIC(), special), OTHER, "primary").excluded).toBe("特殊教育学校不参加评估");
  });

  it("excludes a school run by 其他政府部门 with its reason", () => {
    const other = parent({ code: OTHER, name: "农场小学", sponsor: "其他政府部门" });
    expect(unitOf(unitsOfSchools(BASIC(), other), OTHER, "primary").excluded).toBe("非县级政府举办的学校不参加评估");
  });

  it("excludes a 民办 school with its reason", () => {
    const privateSchool = parent({ code: OTHER, name: "启明民办小学", sponsor: "民办" });
    expect(unitOf(unitsOfSchools(BASIC(), privateSchool), OTHER, "primary").excluded).toBe("民办学校不参加评估");
  });

  it("keeps excluded schools out of the coefficients: the county school alone gives CV 0", () => {
    const privateSchool = parent({ code: OTHER, name: "启明民办小学", sponsor: "民办", facilities: { ...FACILITIES, books: 100 } });
    const balance = evaluateSchools(BASIC(), parent(), privateSchool).balance.primary;
    expect(balance.units).toBe(1);
    expect(balance.cv.B5).toBe(0);
  });
});

describe("an indicator that cannot be computed (M-03)", () => {
  // Three 小学 of 200 with books 6 000, 4 000 and (empty): B5 over the first two only: 30 and 20 → X̄ 25, S 5, CV 0.2.
  const first = parent();
  const second = parent({ code: POINT, name: "坝散小学", facilities: { ...FACILITIES, books: 4000 } });
  const blank = withCells(parent({ code: OTHER, name: "曼降小学" }), { facilities: { books: null } });
  const result = evaluateSchools(BASIC(), first, second, blank);

  it("leaves the unit out of that indicator's CV only", () => {
    expect(evaluationOf(result, OTHER, "primary").indicators.B5).toBeNull();
    expect(result.balance.primary.cv.B5).toBeCloseTo(0.2, 12);
    expect(result.balance.primary.units).toBe(3);
    expect(result.balance.primary.contributions.get(`${OTHER}:primary`)?.B1).toBe(0);
  });

  it("says so with M-03 naming the school and the indicator", () => {
    expect(messagesOf(result.findings, "M-03")).toEqual([[OTHER, "「曼降小学」的 B5 无法计算（数据缺失或读不出），不参加小学 B5 差异系数计算"]]);
  });
});

describe("an indicator no unit has data for", () => {
  // No 计算机 figure anywhere: B4 cannot be computed for any of two 小学 that do have students.
  const noComputers = (code: string, name: string) => withCells(parent({ code, name }), { facilities: { computers: null } });
  const balance = evaluateSchools(BASIC(), noComputers(PARENT, "勐往乡中心小学"), noComputers(OTHER, "曼降小学")).balance.primary;

  it("has no B4 CV and therefore no composite, instead of NaN", () => {
    expect(balance.units).toBe(2);
    expect(balance.cv.B4).toBeNull();
    expect(balance.composite).toBeNull();
    expect(balance.passed).toBeNull();
  });

  // Spec §4: a stage without a CV says why — here the data, not the students, is missing.
  it("says the B4 data is missing rather than that no school has students", () => {
    expect(balance.cvReason.B4).toBe("各校的 B4 都无法计算（数据缺失或读不出）");
  });
});

describe("§11.2 split of a nine-year school's books through a full register", () => {
  // 23 226 × 166 ÷ (166 + 1.1 × 210) = 23 226 × 166 ÷ 397 = 9 711.627; 23 226 × 231 ÷ 397 = 13 514.373.
  const nine = evaluationSchool({
    code: NINE, name: "勐往九年一贯制学校", type: "九年一贯制学校", staffTotal: 40,
    primary: { students: 166, classes: 6, fullTime: 10 },
    junior: { students: 210, classes: 5, fullTime: 16 },
    facilities: { ...FACILITIES, books: 23226 },
  });
  const result = unitsOfSchools(BASIC(), nine);

  it("gives the 小学部 9 711.627 and the 初中部 13 514.373 books (±0.001), keeping the shares unrounded", () => {
    const p = unitOf(result, NINE, "primary").resources.books.value as number;
    const j = unitOf(result, NINE, "junior").resources.books.value as number;
    expect(Math.abs(p - 9711.627)).toBeLessThanOrEqual(0.001);
    expect(Math.abs(j - 13514.373)).toBeLessThanOrEqual(0.001);
    // Not the published 9 711 / 13 515, which rounded the per-student figure first.
    expect(Math.abs(p - 9711)).toBeGreaterThan(0.5);
  });

  it("says in M-01 how the split was made: 41.8 % and 58.2 %", () => {
    expect(messagesOf(result.findings, "M-01")).toEqual([
      [NINE, "九年一贯制学校的共用资源（校舍、运动场馆、仪器设备、计算机、图书）按 小:初:高 = 1:1.1:1.32 的生均权重拆分：小学部 41.8%，初中部 58.2%"],
    ]);
  });
});

describe("results built on data with open errors say so (§2)", () => {
  const finding = (rule: RuleId, severity: "error" | "warning", schoolId: string): Finding => ({
    rule, severity, schoolId, schoolName: null, sheet: null, cells: [], message: "", explained: false, params: {},
  });
  const validation = [finding("D07", "error", POINT), finding("312-01", "error", PARENT), finding("212-04", "warning", PARENT)];

  it("evaluates the unit as entered and lists the rules of its open errors, including a merged point's", () => {
    const pack = withTeachingPoints({ mode: "mergeIntoParent" });
    const ctx = contextOf(records(parent(), point()));
    const e = evaluationOf(evaluate(ctx.register, pack, validation, ctx), PARENT, "primary");
    expect(e.unit.excluded).toBeNull();
    expect(e.dataErrors).toEqual(["312-01", "D07"]);
  });

  it("does not carry an excluded point's errors to its parent when points are not merged", () => {
    const ctx = contextOf(records(parent(), point()));
    const e = evaluationOf(evaluate(ctx.register, BASIC(), validation, ctx), PARENT, "primary");
    expect(e.dataErrors).toEqual(["312-01"]);
  });
});
