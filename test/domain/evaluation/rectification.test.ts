import { evaluate } from "../../../src/domain/evaluation/evaluate";
import { DANGEROUS_ACTION, rectificationItems, withCarried, type RectificationItem } from "../../../src/domain/evaluation/rectification";
import { rectificationJson } from "../../../src/domain/result";
import { layoutRegister } from "../../../src/domain/layout/registerLayout";
import { YUNNAN_2016_BASIC } from "../../../src/domain/packs/yunnan2016Basic";
import { workCalendar } from "../../../src/domain/calendar/calendar";
import { recogniseRegister } from "../../../src/domain/recognise/register";
import { ResultJsonSchema } from "../../../src/domain/result";
import { sampleRegister } from "../../../src/domain/sample/sample";
import { validateRegister } from "../../../src/domain/validate";
import { CODE_A, CODE_B, primarySchool, records, withCells } from "../../helpers/register";
import { CODE_PRIVATE, evaluated } from "../../helpers/rectificationRegister";
import { addressesOf, CODE_JUNIOR, CODE_NINE_YEAR, juniorSchool, nineYearSchool } from "../../helpers/stageSchools";
import { village } from "../../helpers/villageRecords";

// Defaults of the township plan (townshipPlan2016.ts) by category.
const WORKS = "乡人民政府、乡村镇规划服务中心、国土资源管理所";
const SCHOOL = "学校、乡中心学校";
const SAFETY = "学校、乡交通和安全生产服务中心";
const VILLAGES = "乡人民政府、各村委会";
const STATISTICIAN = "学校统计员";
const REEVALUATION = "县级复评前";
const DATA_DEADLINE = "2016-07-25";

const open = { status: "未整改" } as const;

describe("rectificationItems on a township with hand-computable shortfalls", () => {
  const { input, findings, evaluation } = evaluated();
  // The data-error deadline is the schedule's 7月25日 in the statistical year (calendar/).
  const items = rectificationItems(evaluation, findings, workCalendar(evaluation.pack, { 统计年度: "2016" }));
  const of = (schoolId: string) => items.filter((i) => i.schoolId === schoolId);
  const school = { schoolId: CODE_A, schoolName: "短缺小学" };

  it("lists schools in register order, each school's items together", () => {
    // One run per school: a school never reappears after the next one started.
    const runs = items.map((i) => i.schoolId).filter((id, k, all) => k === 0 || all[k - 1] !== id);
    expect(runs).toEqual([CODE_A, CODE_B, CODE_JUNIOR, CODE_PRIVATE]);
  });

  it("lists 危房 first, then the standards in pack order and 大班额 for 短缺小学 (200 students)", () => {
    const items = of(CODE_A);
    expect(items.map((i) => i.indicator)).toEqual(["危房", "S1", "S2", "S5", "S6", "S7", "S10", "大班额"]);
    const primary = { ...school, stage: "primary" } as const;
    expect(items).toEqual<RectificationItem[]>([
      // 危房 120.5 ㎡ must all go: gap = the area itself.
      {
        key: `${CODE_A}|-|危房`, ...school, stage: null, problem: "校舍中有危房 120.5 ㎡，D 级危房不得使用（一票否决项）",
        indicator: "危房", current: 120.5, standard: 0, gap: 120.5, unit: "㎡", action: DANGEROUS_ACTION, responsible: SAFETY, deadline: REEVALUATION, ...open,
      },
      // 占地 3 876.25 ÷ 200 = 19.38125 < 20 (乡村); gap 20 × 200 − 3 876.25 = 123.75 ㎡.
      {
        key: `${CODE_A}|primary|S1`, ...primary, problem: "小学生均占地面积 19.38 ㎡，低于标准 20 ㎡",
        indicator: "S1", current: 19.38125, standard: 20, gap: 123.75, unit: "㎡", action: "增加学校占地约 123.75 ㎡", responsible: WORKS, deadline: REEVALUATION, ...open,
      },
      // 校舍 987.66 ÷ 200 = 4.9383 < 5.1; gap 5.1 × 200 − 987.66 = 1 020 − 987.66 = 32.34 ㎡.
      {
        key: `${CODE_A}|primary|S2`, ...primary, problem: "小学生均校舍建筑面积 4.94 ㎡，低于标准 5.1 ㎡",
        indicator: "S2", current: 4.9383, standard: 5.1, gap: 32.34, unit: "㎡", action: "新建或扩建校舍约 32.34 ㎡", responsible: WORKS, deadline: REEVALUATION, ...open,
      },
      // 6 万元 = 60 000 元 ÷ 200 = 300 < 365; gap 365 × 200 − 60 000 = 13 000 元.
      {
        key: `${CODE_A}|primary|S5`, ...primary, problem: "小学生均教学仪器设备值 300 元，低于标准 365 元",
        indicator: "S5", current: 300, standard: 365, gap: 13000, unit: "元", action: "购置教学仪器设备约 13 000 元", responsible: SCHOOL, deadline: REEVALUATION, ...open,
      },
      // 4 000 册 ÷ 200 = 20 < 25; gap 25 × 200 − 4 000 = 1 000 册.
      {
        key: `${CODE_A}|primary|S6`, ...primary, problem: "小学生均图书册数 20 册，低于标准 25 册",
        indicator: "S6", current: 20, standard: 25, gap: 1000, unit: "册", action: "补充图书约 1 000 册", responsible: SCHOOL, deadline: REEVALUATION, ...open,
      },
      // 15 台 × 100 ÷ 200 = 7.5 < 10; gap 10 × 200 ÷ 100 − 15 = 5 台.
      {
        key: `${CODE_A}|primary|S7`, ...primary, problem: "小学每百名学生计算机台数 7.5 台，低于标准 10 台",
        indicator: "S7", current: 7.5, standard: 10, gap: 5, unit: "台", action: "补充计算机约 5 台", responsible: SCHOOL, deadline: REEVALUATION, ...open,
      },
      // 200 ÷ 4 classes = 50 > 45; gap ⌈200 ÷ 45⌉ − 4 = 5 − 4 = 1 class.
      {
        key: `${CODE_A}|primary|S10`, ...primary, problem: "小学平均班额 50 人，超过标准 45 人",
        indicator: "S10", current: 50, standard: 45, gap: 1, unit: "个", action: "增设约 1 个教学班（相应增加教室和教师）", responsible: SCHOOL, deadline: REEVALUATION, ...open,
      },
      // One class in the 56–65 band.
      {
        key: `${CODE_A}|primary|大班额`, ...primary, problem: "小学有 1 个 56—65 人的大班额班级",
        indicator: "大班额", current: 1, standard: 0, gap: 1, unit: "个", action: "分设教学班或分流学生，化解 1 个大班额班级（每班不超过 55 人）", responsible: SCHOOL, deadline: REEVALUATION, ...open,
      },
    ]);
  });

  it("lists an open data error and the unmet target of the school's village for 南山小学", () => {
    const cells = addressesOf(input, "students", ["primary.grade1", "primary.grade2", "primary.grade3", "primary.grade4", "primary.grade5", "primary.grade6", "primary.total"], 1);
    const base = { schoolId: CODE_B, schoolName: "南山小学" };
    expect(of(CODE_B)).toEqual<RectificationItem[]>([
      // 三年级 30 → 32: the grades add up to 182, the total says 180.
      {
        key: `${CODE_B}|-|312-01|学生与班级!${cells.join(",")}`, ...base, stage: null, problem: "小学各年级人数之和 182 与合计 180 不相等",
        indicator: "312-01", current: null, standard: null, gap: null, unit: "", action: `核对原始资料，改正「学生与班级」${cells.join("、")}`,
        responsible: STATISTICIAN, deadline: DATA_DEADLINE, ...open,
      },
      // 南山 enrols 396 of 400 children: 0.99 < 0.995; 99.5 % of 400 is 398, so 2 more children are to be enrolled.
      {
        key: `${CODE_B}|primary|T1`, ...base, stage: "primary", problem: "南山村委会小学入学率 99%，低于目标 99.5%",
        indicator: "T1", current: 0.99, standard: 0.995, gap: 2, unit: "人", action: "会同南山村委会逐户核查小学适龄儿童，动员至少 2 名未入学儿童入学，使小学入学率达到 99.5% 以上",
        responsible: VILLAGES, deadline: REEVALUATION, ...open,
      },
    ]);
  });

  it("lists 超大班额 (not 212-05 again), class size and dropout for the junior school", () => {
    expect(findings.some((f) => f.rule === "212-05" && f.schoolId === CODE_JUNIOR)).toBe(true);
    const base = { schoolId: CODE_JUNIOR, schoolName: "测试初级中学", stage: "junior" } as const;
    expect(of(CODE_JUNIOR)).toEqual<RectificationItem[]>([
      {
        key: `${CODE_JUNIOR}|junior|超大班额`, ...base, problem: "初中有 1 个 66 人及以上的超大班额班级（一票否决项）",
        indicator: "超大班额", current: 1, standard: 0, gap: 1, unit: "个", action: "核实班级人数；确属超大班额的，立即分班或分流学生，消除 1 个超大班额班级",
        responsible: SCHOOL, deadline: REEVALUATION, ...open,
      },
      // 166 ÷ 3 = 55.33 > 50; gap ⌈166 ÷ 50⌉ − 3 = 4 − 3 = 1 class. 212-05 is a condition, not doubtful data: no caveat.
      {
        key: `${CODE_JUNIOR}|junior|S10`, ...base, problem: "初中平均班额 55.33 人，超过标准 50 人",
        indicator: "S10", current: 166 / 3, standard: 50, gap: 1, unit: "个", action: "增设约 1 个教学班（相应增加教室和教师）", responsible: SCHOOL, deadline: REEVALUATION, ...open,
      },
      // 5 of 140 dropped out: 3.57 % > 3 %; at most ⌊0.03 × 140⌋ = 4 may, so 1 student is to be brought back.
      {
        key: `${CODE_JUNIOR}|junior|T5`, ...base, problem: "初中年辍学率 3.57%，高于目标 3%",
        indicator: "T5", current: 5 / 140, standard: 0.03, gap: 1, unit: "人", action: "落实控辍保学责任，劝返辍学学生至少 1 人，使初中年辍学率不高于 3%",
        responsible: VILLAGES, deadline: REEVALUATION, ...open,
      },
    ]);
  });

  it("gives an excluded (民办) school only its data errors: it is not evaluated", () => {
    expect(evaluation.units.find((u) => u.unit.schoolId === CODE_PRIVATE)?.unit.excluded).toBe("民办学校不参加评估");
    expect(of(CODE_PRIVATE).map((i) => [i.indicator, i.problem, i.responsible])).toEqual([["D01", "「图书」填写了「约50」，不能识别为数字", STATISTICIAN]]);
  });

  it("says when a figure rests on data with open errors", () => {
    // The same register, but the 民办 school's D01 is laid on 短缺小学.
    const moved = findings.map((f) => (f.schoolId === CODE_PRIVATE ? { ...f, schoolId: CODE_A } : f));
    const again = evaluate(recogniseRegister(layoutRegister(input).grid), YUNNAN_2016_BASIC, moved);
    const s6 = (list: readonly RectificationItem[]) => list.find((i) => i.key === `${CODE_A}|primary|S6`)?.problem;
    expect(s6(rectificationItems(again, moved))).toBe("小学生均图书册数 20 册，低于标准 25 册（本校数据尚有错误未改正，此值按现有数据计算）");
    expect(s6(items)).toBe("小学生均图书册数 20 册，低于标准 25 册");
  });

  it("replaces a carried deadline of an earlier statistical year by this year's default, keeping the status", () => {
    const key = `${CODE_A}|primary|S6`;
    const calendar = workCalendar(evaluation.pack, { 统计年度: "2017" });
    const in2017 = rectificationItems(evaluation, findings, calendar);
    const carried = withCarried(in2017, new Map([[key, { status: "整改中", responsible: "", deadline: "2016-08-31" }]]), calendar);
    expect(carried.find((i) => i.key === key)).toMatchObject({ status: "整改中", deadline: REEVALUATION });
    const later = withCarried(in2017, new Map([[key, { status: "整改中", responsible: "", deadline: "2018-01-15" }]]), calendar);
    expect(later.find((i) => i.key === key)?.deadline).toBe("2018-01-15");
    expect(in2017.filter((i) => i.indicator === "312-01").map((i) => i.deadline)).toEqual(["2017-07-25"]);
  });

  it("carries status, responsible unit and deadline over by key; blank cells fall back to the defaults", () => {
    const previous = new Map([
      [`${CODE_A}|primary|S6`, { status: "整改中", responsible: "学校、县教育局", deadline: "2016-08-31" }],
      [`${CODE_A}|primary|S7`, { status: "已完成", responsible: " ", deadline: "" }],
      ["5328229999|primary|S6", { status: "已完成", responsible: "某单位", deadline: "2016-12-31" }],
    ] as const);
    const again = withCarried(items, previous);
    const byKey = new Map(again.map((i) => [i.key, i]));
    expect(byKey.get(`${CODE_A}|primary|S6`)).toMatchObject({ status: "整改中", responsible: "学校、县教育局", deadline: "2016-08-31" });
    expect(byKey.get(`${CODE_A}|primary|S7`)).toMatchObject({ status: "已完成", responsible: SCHOOL, deadline: REEVALUATION });
    expect(again.filter((i) => i.key !== `${CODE_A}|primary|S6` && i.key !== `${CODE_A}|primary|S7`)).toEqual(
      items.filter((i) => i.key !== `${CODE_A}|primary|S6` && i.key !== `${CODE_A}|primary|S7`),
    );
  });

  it("keys are unique", () => {
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  it("maps to the rectification array of the JSON result", () => {
    const json = rectificationJson(items);
    expect(ResultJsonSchema.shape.rectification.parse(json)).toEqual(json);
    expect(json[4]).toEqual({
      key: `${CODE_A}|primary|S6`, schoolId: CODE_A, stage: "primary", indicator: "S6", current: 20, standard: 25, gap: 1000, unit: "册",
      action: "补充图书约 1 000 册", responsible: SCHOOL, deadline: REEVALUATION, status: "未整改", note: "",
      source: "check", problem: "小学生均图书册数 20 册，低于标准 25 册",
    });
    // School-wide items have no stage.
    expect(json[0]).toMatchObject({ indicator: "危房", stage: null });
  });
});

describe("rectificationItems on the embedded sample", () => {
  const register = recogniseRegister(layoutRegister(sampleRegister()).grid);
  const findings = validateRegister(register);
  const items = rectificationItems(evaluate(register, YUNNAN_2016_BASIC, findings), findings);

  it("lists the designed shortfalls, the low-enrolment village and the seeded errors", () => {
    const bySchool: Record<string, string[]> = {};
    for (const i of items) (bySchool[i.schoolName] ??= []).push(i.indicator);
    expect(bySchool).toEqual({
      勐往乡中心小学: ["大班额"],
      勐往乡中学: ["522-01"],
      曼允九年一贯制学校: ["D06"],
      糯东小学: ["D01"],
      南果河小学: ["312-01", "T1"],
      坝散小学: ["422-02", "S5"],
      灰塘小学: ["512-02", "S6", "S7"],
      勐往村小学: ["S2"],
      // The village's enrolment is one item, under its school: not again under its teaching point 南果河老寨教学点.
      灰塘新寨教学点: ["111-01"],
    });
  });

  it("states each shortfall with a positive gap in its unit and the plan's responsible unit", () => {
    const pick = (name: string, indicator: string) => items.find((i) => i.schoolName === name && i.indicator === indicator);
    expect(pick("灰塘小学", "S6")).toMatchObject({ unit: "册", standard: 25, responsible: SCHOOL, deadline: REEVALUATION });
    expect(pick("灰塘小学", "S7")).toMatchObject({ unit: "台", standard: 10, responsible: SCHOOL });
    expect(pick("坝散小学", "S5")).toMatchObject({ unit: "元", standard: 365, responsible: SCHOOL });
    expect(pick("勐往村小学", "S2")).toMatchObject({ unit: "㎡", standard: 5.1, responsible: WORKS });
    // 130 of 131 children: 99.5 % of 131 is 130.345, so one more child enrolled meets the target.
    expect(pick("南果河小学", "T1")).toMatchObject({ current: 130 / 131, standard: 0.995, gap: 1, unit: "人", responsible: VILLAGES, problem: "南果河村委会小学入学率 99.24%，低于目标 99.5%" });
    for (const i of items.filter((i) => /^S/.test(i.indicator))) expect(i.gap).toBeGreaterThan(0);
    // 灰塘小学's own data has an open error (512-02), so its figures carry the caveat; 勐往村小学's has none.
    expect(pick("灰塘小学", "S6")?.problem).toMatch(/本校数据尚有错误未改正/);
    expect(pick("勐往村小学", "S2")?.problem).not.toMatch(/本校数据尚有错误未改正/);
  });
});

describe("a whole-school shortfall of a mixed school", () => {
  it("is listed once, school-wide, with the larger gap of its two stages", () => {
    // 195 小学 + 120 初中 = 315 students on 6 000 ㎡: 19.05 ㎡ each, short of 小学 20 (乡村) and 初中 25.
    // Gaps: 20 × 315 − 6 000 = 300 ㎡ (小学) and 25 × 315 − 6 000 = 1 875 ㎡ (初中); the larger is kept.
    const input = records(withCells(nineYearSchool(), { facilities: { siteArea: 6000, greenArea: 1000, sportsArea: 2000 } }));
    const register = recogniseRegister(layoutRegister(input).grid);
    const findings = validateRegister(register);
    const items = rectificationItems(evaluate(register, YUNNAN_2016_BASIC, findings), findings).filter((i) => i.indicator === "S1");
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ key: `${CODE_NINE_YEAR}|-|S1`, stage: null, gap: 1875, unit: "㎡", standard: 25 });
    expect(items[0].problem).toMatch(/^全校生均占地面积/);
  });
});

describe("a village's enrolment targets", () => {
  it("are listed once per village, under the school evaluated for the target's stage, with the gap in children", () => {
    // Village 甲寨 has a junior school (first in the register) and a primary school. 小学 97 of 100 enrolled: 99.5 of
    // 100 needed, so 3 more; 初中 49 of 50: 49.5 needed, so 1 more; disabled 2 of 3: 2.4 needed, so 1 more.
    const input = records(
      withCells(juniorSchool(), { schools: { village: "甲寨" } }),
      primarySchoolOf("甲寨"),
      village("甲寨", { primaryEnrolled: 97 }),
    );
    const register = recogniseRegister(layoutRegister(input).grid);
    const findings = validateRegister(register);
    const targets = rectificationItems(evaluate(register, YUNNAN_2016_BASIC, findings), findings).filter((i) => /^T[123]$/.test(i.indicator));
    expect(targets.map((i) => [i.indicator, i.schoolId, i.gap, i.unit])).toEqual([
      ["T2", CODE_JUNIOR, 1, "人"],
      ["T3", CODE_JUNIOR, 1, "人"],
      ["T1", CODE_A, 3, "人"],
    ]);
    expect(targets.find((i) => i.indicator === "T3")?.action).toBe(
      "会同甲寨村委会逐一核查三类残疾适龄儿童少年，通过随班就读、特教学校或送教上门安置至少 1 名未入学儿童少年入学，使入学率达到 80% 以上",
    );
  });
});

function primarySchoolOf(villageName: string) {
  return withCells(primarySchool(CODE_A, "甲小学"), { schools: { village: villageName } });
}
