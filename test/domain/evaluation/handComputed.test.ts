/**
 * A whole evaluation of a small township, every number worked out by hand (docs/method.md §2, §3, §4).
 *
 * THE REGISTER (default pack yunnan-2016-basic; money in 万元 as entered, held in 元)
 *
 * A 5328220101 勐往乡中心小学 — 小学, 县级政府, 镇区
 *   小学 在校生 200, 班数 5; 专任教师 10 (本科 4, 专科 4, 高中(中专、中师) 2; 副高级 1, 中级 5, 助理级 4); 教职工 11
 *   校舍 1 400 ㎡, 教学及辅助用房 900 ㎡ (其中体育馆 100), 占地 5 000, 绿化 600, 运动场地 1 900,
 *   图书 6 000 册, 计算机 30 台, 仪器设备 10 万元 = 100 000 元
 * B 5328220102 坝散小学 — 小学, 县级政府, 乡村
 *   小学 100, 班数 4; 专任 6 (本科 1, 专科 3, 高中 1, 高中以下 1; 中级 2, 助理级 3, 未定职级 1); 教职工 6
 *   校舍 600, 教学 300 (体育馆 0), 占地 1 800, 绿化 200, 运动场地 500, 图书 1 500, 计算机 8, 仪器 3 万元 = 30 000 元
 * C 5328220103 城关小学 — 小学, 县级政府, 城区
 *   小学 400, 班数 8; 专任 20 (研究生 1, 本科 12, 专科 5, 高中 2; 副高级 2, 中级 8, 助理级 10); 教职工 20
 *   校舍 2 000, 教学 1 600 (体育馆 400), 占地 6 400, 绿化 800, 运动场地 2 400, 图书 10 000, 计算机 48, 仪器 20 万元
 * N 5328220104 勐往九年一贯制学校 — 九年一贯制学校, 县级政府, 乡村
 *   小学 180, 班数 6; 专任 9 (本科 5, 专科 3, 高中 1; 中级 3, 助理级 6)
 *   初中 200, 班数 5; 专任 16 (研究生 1, 本科 11, 专科 4; 副高级 2, 中级 6, 助理级 8)
 *   教职工 28; 校舍 2 660, 教学 2 000 (体育馆 200), 占地 9 500, 绿化 760, 运动场地 3 800, 图书 8 000,
 *   计算机 50 (教学用 40), 网络多媒体教室 10, 仪器 40 万元 = 400 000 元
 * P 5328220105 南果河教学点 — 小学教学点, 不计校数, 上级学校 A, 乡村
 *   小学 20, 班数 2; 专任 2 (专科 1, 高中 1); 教职工 2; 校舍 150, 教学 60, 占地 600, 绿化 50, 运动场地 200,
 *   图书 300, 计算机 2, 仪器 0.5 万元
 * M 5328220106 启明民办小学 — 小学, 民办, 镇区
 *   小学 150, 班数 4; 专任 8 (本科 4, 专科 4; 中级 2); 教职工 9; 校舍 1 000, 教学 600, 占地 3 000, 绿化 300,
 *   运动场地 1 200, 图书 3 000, 计算机 20, 仪器 6 万元
 *
 * UNITS (§2): M excluded (民办), P excluded (教学点, default pack "exclude"). Counted: 小学 A, B, C, N:小学 (P = 880);
 * 初中 N:初中 only.
 *
 * SPLIT of N (1 : 1.1): A = 180, B = 200 → A + 1.1B = 180 + 220 = 400; 小学 share 180/400 = 0.45, 初中 220/400 = 0.55.
 *   教学用房 2 000 → 900 / 1 100; 体育馆 200 → 90 / 110; 运动场地 3 800 → 1 710 / 2 090; 仪器 400 000 → 180 000 / 220 000;
 *   计算机 50 → 22.5 / 27.5; 教学用计算机 40 → 18 / 22; 图书 8 000 → 3 600 / 4 400; 多媒体教室 10 → 4.5 / 5.5.
 *   Not split: 占地, 校舍, 绿化, 教职工 (whole school, over all 380 students) and teachers (reported per stage).
 *
 * INDICATORS (B: §3.1, S: §3.3; S1–S3 and S8 over the whole school's students)
 *   unit    B1    B2                 B3              B4               B5           B6       B7            B8
 *   A       900/200=4.5  2000/200=10  100000/200=500  30·100/200=15    6000/200=30  10/200   8/200=0.04    6/200=0.03
 *   B       300/100=3    500/100=5    30000/100=300   8·100/100=8      1500/100=15  6/100    4/100=0.04    2/100=0.02
 *   C       1600/400=4   2800/400=7   200000/400=500  48·100/400=12    10000/400=25 20/400   18/400=0.045  10/400=0.025
 *   N:小学  900/180=5    1800/180=10  180000/180=1000 22.5·100/180=12.5 3600/180=20 9/180    8/180=2/45    3/180=1/60
 *   N:初中  1100/200=5.5 2200/200=11  220000/200=1100 27.5·100/200=13.75 4400/200=22 16/200  12/200=0.06   8/200=0.04
 *   (B7 小学 = 专科+本科+研究生, 初中 = 本科+研究生; B8 = 中级+副高级+正高级)
 *
 *   unit    S1 (thr)          S2 (5.1/6.4)  S3 S4=B2 S5 (365/695) S6 (25/40) S7 (10) S8 (≤19/≤13.5) S9 (1/0.98) S10 (≤45/≤50)
 *   A       5000/200=25 (20)  1400/200=7    3  10     500          30         15      200/11=18.18   10/10=1     200/5=40
 *   B       1800/100=18 (20)✗ 600/100=6     2  5      300 ✗        15 ✗       8 ✗     100/6=16.67    5/6 ✗       100/4=25
 *   C       6400/400=16 (15)  2000/400=5 ✗  2  7      500          25 (=)     12      400/20=20 ✗    20/20=1     400/8=50 ✗
 *   N:小学  9500/380=25 (20)  2660/380=7    2  10     1000         20 ✗       12.5    380/28=13.57   9/9=1       180/6=30
 *   N:初中  9500/380=25 (25=) 7             2  11     1100         22 ✗       13.75   380/28=13.57 ✗ 16/16=1     200/5=40
 *   S3 and S4 have no threshold in the default pack: computed, not judged.
 *
 * 小学 COEFFICIENTS (§4): X̄ = stage total ÷ 880; S² = Σ (P_i/880)(X_i − X̄)²; CV = S/X̄.
 *   B1: X̄ = (900+300+1600+900)/880 = 3700/880 = 4.2045455; d = 0.2954545, −1.2045455, −0.2045455, 0.7954545;
 *       P·d² = 17.458678 + 145.09298 + 16.735537 + 113.89463 = 293.18182; S² = 293.18182/880 = 0.33316116;
 *       S = 0.57720114; CV = 0.13728027. Contributions = P·d² / 293.18182 = 0.0595490, 0.4948908, 0.0570825, 0.3884778.
 *   B2: X̄ = 7100/880 = 8.0681818; CV = 0.22171358.
 *   B3: X̄ = 510000/880 = 579.54545; CV = 0.38333208.
 *   B4: X̄ = 10850/880 = 12.329545; CV = 0.15823304.
 *   B5: X̄ = 21100/880 = 23.977273; d = 6.0227273, −8.9772727, 1.0227273, −3.9772727;
 *       P·d² = 7254.6488 + 8059.1426 + 418.38843 + 2847.3657 = 18579.545; S² = 21.113120; S = 4.5949015; CV = 0.19163570.
 *       Contributions = 0.3904643, 0.4337642, 0.0225188, 0.1532527.
 *   B6: X̄ = 45/880; CV = 0.06206329.  B7: X̄ = 38/880; CV = 0.05321316.  B8: X̄ = 21/880; CV = 0.19401475.
 *   综合 = (0.13728027 + 0.22171358 + 0.38333208 + 0.15823304 + 0.19163570 + 0.06206329 + 0.05321316 + 0.19401475)/8
 *        = 0.17518573 ≤ 0.65 → 小学 passes.
 *   WHAT-IF (below-standard units raised to the standard): B5 → S6 25: B 15 → 25, N 20 → 25 (C is at 25, A above):
 *       values 30, 25, 25, 25; X̄ = (6000 + 680·25)/880 = 23000/880 = 26.136364; S² = (200·3.863636² + 680·1.136364²)/880
 *       = 4.3904959; CV = 0.08016995. B3 → S5 365: B 300 → 365, CV 0.36402726. B4 → S7 10: B 8 → 10, CV 0.11922025.
 *       B1, B6–B8 have no standard and B2's (S4) is unset: unchanged. 综合 what-if = 0.15396281.
 * 初中 COEFFICIENTS: one unit → every X̄ is its own value, S = 0, CV = 0, 综合 0 ≤ 0.55 → passes.
 */
import { SCHOOL_FACT_RULES } from "../../../src/domain/rules/schoolFacts";
import { BASIC, evaluateRecords, evaluationOf, evaluationSchool, type SchoolSpec } from "../../helpers/evaluationSchools";
import { contextOf, records } from "../../helpers/register";
import { ruleOf } from "../../helpers/rules";

const A = "5328220101";
const B = "5328220102";
const C = "5328220103";
const N = "5328220104";
const P = "5328220105";
const M = "5328220106";

const SCHOOLS: SchoolSpec[] = [
  {
    code: A, name: "勐往乡中心小学", type: "小学", urbanRural: "镇区", staffTotal: 11,
    primary: { students: 200, classes: 5, fullTime: 10, edu: { bachelor: 4, associate: 4, highSchool: 2 }, titles: { viceSenior: 1, intermediate: 5, assistant: 4 } },
    facilities: { buildingArea: 1400, teachingArea: 900, gym: 100, siteArea: 5000, greenArea: 600, sportsArea: 1900, books: 6000, computers: 30, equipmentWan: 10 },
  },
  {
    code: B, name: "坝散小学", type: "小学", urbanRural: "乡村", staffTotal: 6,
    primary: { students: 100, classes: 4, fullTime: 6, edu: { bachelor: 1, associate: 3, highSchool: 1, belowHigh: 1 }, titles: { intermediate: 2, assistant: 3, none: 1 } },
    facilities: { buildingArea: 600, teachingArea: 300, gym: 0, siteArea: 1800, greenArea: 200, sportsArea: 500, books: 1500, computers: 8, equipmentWan: 3 },
  },
  {
    code: C, name: "城关小学", type: "小学", urbanRural: "城区", staffTotal: 20,
    primary: { students: 400, classes: 8, fullTime: 20, edu: { postgrad: 1, bachelor: 12, associate: 5, highSchool: 2 }, titles: { viceSenior: 2, intermediate: 8, assistant: 10 } },
    facilities: { buildingArea: 2000, teachingArea: 1600, gym: 400, siteArea: 6400, greenArea: 800, sportsArea: 2400, books: 10000, computers: 48, equipmentWan: 20 },
  },
  {
    code: N, name: "勐往九年一贯制学校", type: "九年一贯制学校", urbanRural: "乡村", staffTotal: 28,
    primary: { students: 180, classes: 6, fullTime: 9, edu: { bachelor: 5, associate: 3, highSchool: 1 }, titles: { intermediate: 3, assistant: 6 } },
    junior: { students: 200, classes: 5, fullTime: 16, edu: { postgrad: 1, bachelor: 11, associate: 4 }, titles: { viceSenior: 2, intermediate: 6, assistant: 8 } },
    facilities: {
      buildingArea: 2660, teachingArea: 2000, gym: 200, siteArea: 9500, greenArea: 760, sportsArea: 3800, books: 8000, computers: 50,
      teachingComputers: 40, multimediaRooms: 10, equipmentWan: 40,
    },
  },
  {
    code: P, name: "南果河教学点", type: "小学教学点", urbanRural: "乡村", countsAsSchool: "否", parentCode: A, staffTotal: 2,
    primary: { students: 20, classes: 2, fullTime: 2, edu: { associate: 1, highSchool: 1 }, titles: { none: 2 } },
    facilities: { buildingArea: 150, teachingArea: 60, gym: 0, siteArea: 600, greenArea: 50, sportsArea: 200, books: 300, computers: 2, equipmentWan: 0.5 },
  },
  {
    code: M, name: "启明民办小学", type: "小学", sponsor: "民办", urbanRural: "镇区", staffTotal: 9,
    primary: { students: 150, classes: 4, fullTime: 8, edu: { bachelor: 4, associate: 4 }, titles: { intermediate: 2, assistant: 6 } },
    facilities: { buildingArea: 1000, teachingArea: 600, gym: 0, siteArea: 3000, greenArea: 300, sportsArea: 1200, books: 3000, computers: 20, equipmentWan: 6 },
  },
];

const INPUT = records(...SCHOOLS.map(evaluationSchool));
const result = evaluateRecords(INPUT, BASIC());
const primary = result.balance.primary;
const junior = result.balance.junior;

const DIGITS = 9;

describe("who is counted (§2)", () => {
  it("counts 小学 A, B, C and the nine-year school's 小学部, and only the nine-year school's 初中部", () => {
    const counted = result.units.filter((e) => !e.unit.excluded).map((e) => e.unit.id);
    expect(counted.sort()).toEqual([`${A}:primary`, `${B}:primary`, `${C}:primary`, `${N}:junior`, `${N}:primary`].sort());
    expect(primary.units).toBe(4);
    expect(junior.units).toBe(1);
  });

  it("excludes the 民办 school with the reason, and does not judge it", () => {
    const m = evaluationOf(result, M, "primary");
    expect(m.unit.excluded).toBe("民办学校不参加评估");
    expect(m.passed).toBeNull();
    expect(m.below).toEqual([]);
  });

  it("reports the 民办 exclusion to the user through validation rule 111-02 with the reason", () => {
    const findings = ruleOf(SCHOOL_FACT_RULES, "111-02").check(contextOf(INPUT));
    expect(findings.map((f) => [f.schoolId, f.severity, f.message])).toEqual([[M, "info", "不参加基本均衡评估：举办者为民办"]]);
  });

  it("excludes the teaching point under the default pack, keeps its students out of its parent, and says so with M-02", () => {
    const p = evaluationOf(result, P, "primary");
    expect(p.unit.excluded).toBe("教学点不单独计算（2012 年办法）");
    expect(p.passed).toBeNull();
    expect(evaluationOf(result, A, "primary").unit.students).toBe(200);
    expect(evaluationOf(result, A, "primary").unit.mergedPoints).toEqual([]);
    const m02 = result.findings.filter((f) => f.rule === "M-02");
    expect(m02.map((f) => [f.schoolId, f.severity, f.message])).toEqual([[P, "info", "「南果河教学点」是教学点，按 2012 年办法不单独参加计算"]]);
  });

  it("reports the nine-year school's split once with M-01, naming the weights and both shares", () => {
    const m01 = result.findings.filter((f) => f.rule === "M-01");
    expect(m01.map((f) => [f.schoolId, f.severity, f.message])).toEqual([
      [N, "info", "九年一贯制学校的共用资源（校舍、运动场馆、仪器设备、计算机、图书）按 小:初:高 = 1:1.1:1.32 的生均权重拆分：小学部 45.0%，初中部 55.0%"],
    ]);
  });

  it("gives no M-03: every counted unit has students and every indicator could be computed", () => {
    expect(result.findings.filter((f) => f.rule === "M-03")).toEqual([]);
  });
});

describe("split of the nine-year school's shared resources (1 : 1.1, §2)", () => {
  const p = evaluationOf(result, N, "primary").unit;
  const j = evaluationOf(result, N, "junior").unit;

  it("gives the 小学部 180/400 = 0.45 and the 初中部 220/400 = 0.55, unrounded", () => {
    expect(p.share).toBeCloseTo(180 / 400, 12);
    expect(j.share).toBeCloseTo(220 / 400, 12);
  });

  it.each([
    ["teachingArea", 900, 1100],
    ["gymArea", 90, 110],
    ["sportsGround", 1710, 2090],
    ["equipment", 180000, 220000],
    ["computers", 22.5, 27.5],
    ["teachingComputers", 18, 22],
    ["books", 3600, 4400],
    ["multimediaRooms", 4.5, 5.5],
  ] as const)("splits %s into %d (小学) and %d (初中)", (key, primaryPart, juniorPart) => {
    expect(p.resources[key].value).toBeCloseTo(primaryPart, DIGITS);
    expect(j.resources[key].value).toBeCloseTo(juniorPart, DIGITS);
  });

  it.each([
    ["siteArea", 9500],
    ["buildingArea", 2660],
    ["greenArea", 760],
    ["staffTotal", 28],
    ["schoolStudents", 380],
  ] as const)("keeps the whole-school figure %s = %d in both units", (key, total) => {
    expect(p.resources[key].value).toBe(total);
    expect(j.resources[key].value).toBe(total);
  });

  it("does not split teachers: each stage keeps its own 专任教师 (9 and 16) and students (180 and 200)", () => {
    expect([p.resources.fullTime.value, j.resources.fullTime.value]).toEqual([9, 16]);
    expect([p.students, j.students]).toEqual([180, 200]);
  });

  it("leaves single-stage schools whole (share 1)", () => {
    for (const code of [A, B, C]) expect(evaluationOf(result, code, "primary").unit.share).toBe(1);
  });
});

/** Every B and S indicator of every counted unit, from the table in the header. */
const EXPECTED: Record<string, Record<string, number>> = {
  [`${A}:primary`]: {
    B1: 4.5, B2: 10, B3: 500, B4: 15, B5: 30, B6: 0.05, B7: 0.04, B8: 0.03,
    S1: 25, S2: 7, S3: 3, S4: 10, S5: 500, S6: 30, S7: 15, S8: 200 / 11, S9: 1, S10: 40,
  },
  [`${B}:primary`]: {
    B1: 3, B2: 5, B3: 300, B4: 8, B5: 15, B6: 0.06, B7: 0.04, B8: 0.02,
    S1: 18, S2: 6, S3: 2, S4: 5, S5: 300, S6: 15, S7: 8, S8: 100 / 6, S9: 5 / 6, S10: 25,
  },
  [`${C}:primary`]: {
    B1: 4, B2: 7, B3: 500, B4: 12, B5: 25, B6: 0.05, B7: 0.045, B8: 0.025,
    S1: 16, S2: 5, S3: 2, S4: 7, S5: 500, S6: 25, S7: 12, S8: 20, S9: 1, S10: 50,
  },
  [`${N}:primary`]: {
    B1: 5, B2: 10, B3: 1000, B4: 12.5, B5: 20, B6: 0.05, B7: 2 / 45, B8: 1 / 60,
    S1: 25, S2: 7, S3: 2, S4: 10, S5: 1000, S6: 20, S7: 12.5, S8: 380 / 28, S9: 1, S10: 30,
  },
  [`${N}:junior`]: {
    B1: 5.5, B2: 11, B3: 1100, B4: 13.75, B5: 22, B6: 0.08, B7: 0.06, B8: 0.04,
    S1: 25, S2: 7, S3: 2, S4: 11, S5: 1100, S6: 22, S7: 13.75, S8: 380 / 28, S9: 1, S10: 40,
  },
};

describe("indicators of every counted unit (§3.1, §3.3)", () => {
  const LABEL: Record<string, string> = { [A]: "A", [B]: "B", [C]: "C", [N]: "N" };
  const rows = Object.entries(EXPECTED).flatMap(([unitId, values]) =>
    Object.entries(values).map(([id, value]) => [`${LABEL[unitId.split(":")[0]]}:${unitId.split(":")[1]}`, id, value, unitId] as const),
  );

  it.each(rows)("%s: %s = %d", (_label, id, value, unitId) => {
    const [code, stage] = unitId.split(":") as [string, "primary" | "junior"];
    expect(evaluationOf(result, code, stage).indicators[id]).toBeCloseTo(value, DIGITS);
  });

  it("reads 教学仪器设备资产值 entered in 万元 as 元 (10 万元 → 100 000 元)", () => {
    expect(evaluationOf(result, A, "primary").unit.resources.equipment.value).toBe(100000);
  });
});

describe("school standards (§3.3)", () => {
  it.each([
    ["A", A, "primary", [], true],
    ["B", B, "primary", ["S1", "S5", "S6", "S7", "S9"], false],
    ["C", C, "primary", ["S2", "S8", "S10"], false],
    ["N", N, "primary", ["S6"], false],
    ["N", N, "junior", ["S6", "S8"], false],
  ] as const)("%s %s %s is below on %j (passed: %s)", (_label, code, stage, below, passed) => {
    const e = evaluationOf(result, code, stage);
    expect(e.below).toEqual(below);
    expect(e.passed).toBe(passed);
  });

  it("holds each unit to the threshold of its 城乡分类 and stage", () => {
    expect(evaluationOf(result, A, "primary").thresholds.S1).toBe(20); // 镇区
    expect(evaluationOf(result, B, "primary").thresholds.S1).toBe(20); // 乡村
    expect(evaluationOf(result, C, "primary").thresholds.S1).toBe(15); // 城区: 16 passes here, would fail at 20
    expect(evaluationOf(result, N, "junior").thresholds.S1).toBe(25);
    expect(evaluationOf(result, N, "junior").thresholds.S8).toBe(13.5);
    expect(evaluationOf(result, N, "primary").thresholds.S8).toBe(19);
  });

  it("shows S3 and S4 without judging them (no threshold set)", () => {
    const b = evaluationOf(result, B, "primary");
    expect(b.thresholds.S3).toBeNull();
    expect(b.thresholds.S4).toBeNull();
    expect(b.indicators.S3).toBeCloseTo(2, DIGITS);
    expect(b.below).not.toContain("S3");
    expect(b.below).not.toContain("S4");
  });

  it("asks for the missing thresholds once per indicator and stage with M-04 (S3, S4 × 小学, 初中)", () => {
    const m04 = result.findings.filter((f) => f.rule === "M-04").map((f) => f.message.slice(0, f.message.indexOf("标准值")));
    expect(m04.sort()).toEqual(["S3 初中", "S3 小学", "S4 初中", "S4 小学"]);
  });
});

describe("小学 difference coefficients (§4)", () => {
  const MEANS: Record<string, number> = {
    B1: 3700 / 880, B2: 7100 / 880, B3: 510000 / 880, B4: 10850 / 880, B5: 21100 / 880, B6: 45 / 880, B7: 38 / 880, B8: 21 / 880,
  };
  const CVS: Record<string, number> = {
    B1: 0.137280271343, B2: 0.221713583957, B3: 0.383332079633, B4: 0.158233038833,
    B5: 0.191635702551, B6: 0.0620632890834, B7: 0.0532131610109, B8: 0.194014750357,
  };

  it.each(Object.entries(MEANS))("%s mean is the stage total over 880 students (%d)", (id, mean) => {
    expect(primary.mean[id]).toBeCloseTo(mean, DIGITS);
  });

  it.each(Object.entries(CVS))("%s CV = %d", (id, cv) => {
    expect(primary.cv[id]).toBeCloseTo(cv, DIGITS);
    expect(primary.cvReason[id]).toBeNull();
  });

  it("has S = 0.57720114 for B1 and 4.5949015 for B5, so CV = S / X̄", () => {
    expect((primary.cv.B1 as number) * MEANS.B1).toBeCloseTo(0.577201140873, DIGITS);
    expect((primary.cv.B5 as number) * MEANS.B5).toBeCloseTo(4.59490150435, DIGITS);
  });

  it("has the composite 0.17518573 = mean of the eight unrounded CVs, and passes against 0.65", () => {
    const handMean = Object.values(CVS).reduce((a, b) => a + b, 0) / 8;
    expect(primary.composite).toBeCloseTo(0.175185734596, DIGITS);
    expect(primary.composite).toBeCloseTo(handMean, DIGITS);
    expect(primary.threshold).toBe(0.65);
    expect(primary.passed).toBe(true);
  });

  it.each([
    ["B1", { [A]: 0.0595489781536, [B]: 0.494890768147, [C]: 0.0570824524313, [N]: 0.388477801268 }],
    ["B5", { [A]: 0.390464275785, [B]: 0.433764247984, [C]: 0.022518765638, [N]: 0.153252710592 }],
    ["B6", { [A]: 0.0291375291375, [B]: 0.886363636364, [C]: 0.0582750582751, [N]: 0.0262237762238 }],
  ] as const)("splits the %s variance into per-unit contributions P_i·d_i² ÷ ΣP·d²", (id, shares) => {
    for (const [code, share] of Object.entries(shares)) {
      expect(primary.contributions.get(`${code}:primary`)?.[id]).toBeCloseTo(share, DIGITS);
    }
    const total = [...primary.contributions.values()].reduce((sum, byIndicator) => sum + (byIndicator[id] ?? 0), 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it("gives no contribution entry to excluded units", () => {
    expect(primary.contributions.has(`${M}:primary`)).toBe(false);
    expect(primary.contributions.has(`${P}:primary`)).toBe(false);
  });

  it("what-if: raising B (15) and N (20) to the S6 standard of 25 books brings the B5 CV to 0.08016995", () => {
    expect(primary.whatIfCv.B5).toBeCloseTo(0.0801699518025, DIGITS);
  });

  it("what-if: B3 with B raised to 365 元 (S5) and B4 with B raised to 10 台 (S7)", () => {
    expect(primary.whatIfCv.B3).toBeCloseTo(0.364027257919, DIGITS);
    expect(primary.whatIfCv.B4).toBeCloseTo(0.119220250766, DIGITS);
  });

  it("what-if leaves B1, B6–B8 (no standard) and B2 (S4 unset) as they are, and averages to 0.15396281", () => {
    for (const id of ["B1", "B2", "B6", "B7", "B8"]) expect(primary.whatIfCv[id]).toBeCloseTo(CVS[id], DIGITS);
    expect(primary.whatIfComposite).toBeCloseTo(0.15396281453, DIGITS);
  });
});

describe("初中 difference coefficients with a single unit (§4)", () => {
  const own = EXPECTED[`${N}:junior`];

  it.each(["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8"])("%s: the mean is the unit's own value and the CV is 0", (id) => {
    expect(junior.mean[id]).toBeCloseTo(own[id], DIGITS);
    expect(junior.cv[id]).toBe(0);
    expect(junior.contributions.get(`${N}:junior`)?.[id]).toBe(0);
  });

  it("has composite 0, which passes against 0.55", () => {
    expect(junior.composite).toBe(0);
    expect(junior.threshold).toBe(0.55);
    expect(junior.passed).toBe(true);
  });
});
