import { FORMULAS } from "../../../src/domain/evaluation/formulas";
import { INDICATOR_NAMES, TARGET_NAMES, indicatorName } from "../../../src/domain/packs/indicatorNames";
import { DEFAULT_PACK_ID, PACKS, packById, parsePack } from "../../../src/domain/packs/registry";
import { RulePackSchema, type RulePack } from "../../../src/domain/packs/schema";
import { parseError } from "../../helpers/packErrors";

const basic = packById("yunnan-2016-basic") as RulePack;
const quality = packById("national-2017-quality") as RulePack;

function threshold(pack: RulePack, indicator: string, stage: "primary" | "junior", area: string | null = null) {
  const found = pack.thresholds.find((t) => t.indicator === indicator && t.stage === stage && t.area === area);
  if (!found) throw new Error(`${indicator} ${stage} ${area}`);
  return found;
}

/** A deep, writable copy of a shipped pack (they are frozen), for breaking one field. */
const copy = (pack: RulePack): Record<string, unknown> => JSON.parse(JSON.stringify(pack)) as Record<string, unknown>;


describe("shipped packs", () => {
  test.each(PACKS.map((p) => [p.id, p] as const))("%s passes the schema and parsePack", (_id, pack) => {
    expect(() => RulePackSchema.parse(pack)).not.toThrow();
    expect(parsePack(JSON.parse(JSON.stringify(pack)))).toEqual(pack);
  });

  test("the default is yunnan-2016-basic; unknown ids give undefined", () => {
    expect(DEFAULT_PACK_ID).toBe("yunnan-2016-basic");
    expect(packById(DEFAULT_PACK_ID)).toBe(PACKS[0]);
    expect(packById("no-such-pack")).toBeUndefined();
  });

  test("shipped packs are frozen so no run can change them for the next one", () => {
    expect(Object.isFrozen(basic)).toBe(true);
    expect(Object.isFrozen(basic.thresholds[0])).toBe(true);
  });

  test("every indicator and target of every pack has a Chinese name and unit", () => {
    for (const pack of PACKS) {
      for (const id of [...pack.balanceIndicators, ...pack.standardIndicators]) expect(INDICATOR_NAMES[id]).toBeDefined();
      for (const t of pack.targets) expect(TARGET_NAMES[t.id]).toBeDefined();
    }
    expect(Object.keys(INDICATOR_NAMES)).toHaveLength(8 + 7 + 10);
    expect(indicatorName("S8")).toEqual({ name: "教职工与学生比（1 : n）", unit: "人(学生/教职工)", atMost: true });
    expect(indicatorName("S10").atMost).toBe(true);
    expect(indicatorName("S6").atMost).toBe(false);
  });
});

describe("yunnan-2016-basic", () => {
  test("indicator sets", () => {
    expect(basic.balanceIndicators).toEqual(["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8"]);
    expect(basic.standardIndicators).toEqual(["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10"]);
  });

  test("S1 per 城乡分类", () => {
    const s1 = (stage: "primary" | "junior", area: string) => threshold(basic, "S1", stage, area).value;
    expect([s1("primary", "城区"), s1("primary", "镇区"), s1("primary", "乡村")]).toEqual([15, 20, 20]);
    expect([s1("junior", "城区"), s1("junior", "镇区"), s1("junior", "乡村")]).toEqual([20, 25, 25]);
  });

  test.each([
    ["S2", 5.1, 6.4],
    ["S5", 365, 695],
    ["S6", 25, 40],
    ["S7", 10, 10],
    ["S8", 19, 13.5],
    ["S9", 1, 0.98],
    ["S10", 45, 50],
  ])("%s is %p / %p", (id, primary, junior) => {
    expect(threshold(basic, id, "primary").value).toBe(primary);
    expect(threshold(basic, id, "junior").value).toBe(junior);
  });

  test("S3 and S4 are empty placeholders", () => {
    for (const id of ["S3", "S4"]) {
      for (const stage of ["primary", "junior"] as const) {
        const t = threshold(basic, id, stage);
        expect(t.value).toBeNull();
        expect(t.provenance.kind).toBe("placeholder");
      }
    }
  });

  test("national norms are official, other provinces' values are reference, and each says where it comes from", () => {
    const kind = (id: string, stage: "primary" | "junior", area: string | null = null) => threshold(basic, id, stage, area).provenance.kind;
    expect(kind("S8", "primary")).toBe("official");
    expect(kind("S10", "junior")).toBe("official");
    expect(kind("S9", "primary")).toBe("official");
    expect(kind("S6", "primary")).toBe("official");
    expect(kind("S6", "junior")).toBe("reference");
    expect(kind("S1", "primary", "城区")).toBe("reference");
    for (const id of ["S2", "S5", "S7"]) expect(kind(id, "primary")).toBe("reference");
    expect(threshold(basic, "S6", "primary").provenance.source).toContain("2018");
    expect(threshold(basic, "S8", "primary").provenance.source).toMatch(/县镇.*农村/);
    expect(threshold(basic, "S9", "primary").provenance.source).toContain("教师法");
  });

  test("coefficient, pass rule, what-if, weights, scope and formulas", () => {
    expect(basic.coefficient).toMatchObject({ mode: "composite", primary: 0.65, junior: 0.55, provenance: { kind: "official" } });
    expect(basic.coefficient.provenance.source).toContain("教督〔2012〕3号");
    expect(basic.schoolPass).toEqual({ mode: "all" });
    expect(basic.whatIfStandard).toEqual({ B2: "S4", B3: "S5", B4: "S7", B5: "S6" });
    expect(basic.splitWeights).toMatchObject({ primary: 1, junior: 1.1, senior: 1.32 });
    expect(basic.scope.teachingPoints).toEqual({ mode: "exclude" });
    expect(basic.formulas).toEqual({ teachingAreaExcludesGym: false, computers: "total", teacherBase: "fullTime" });
  });

  test("coverage targets of the township plan", () => {
    const t = Object.fromEntries(basic.targets.map((x) => [x.id, x]));
    expect(basic.targets.map((x) => x.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6", "T7"]);
    expect([t.T1.value, t.T2.value, t.T3.value]).toEqual([0.995, 0.99, 0.8]);
    expect(t.T4).toMatchObject({ value: 0.01, controlLine: 0.006 });
    expect(t.T5).toMatchObject({ value: 0.03, controlLine: 0.018 });
    expect(t.T6.value).toBe(0);
    expect(t.T6.provenance.source).toContain("20条底线");
    expect(t.T7.value).toBeNull();
  });

  test("rectification defaults per category", () => {
    const r = Object.fromEntries(basic.rectification.map((x) => [x.category, x]));
    expect(Object.keys(r)).toHaveLength(13);
    for (const c of ["building", "land", "sports"]) expect(r[c].responsible).toBe("乡人民政府、乡村镇规划服务中心、国土资源管理所");
    expect(r.green).toMatchObject({ responsible: "学校、林业站", deadline: "8月10日", milestone: "archive" });
    expect(r.data).toMatchObject({ responsible: "学校统计员", deadline: "7月25日", milestone: "compile" });
    for (const c of ["books", "equipment", "computers", "teachers", "staffing", "classes"]) expect(r[c].responsible).toBe("学校、乡中心学校");
    expect(r.enrolment.responsible).toBe("乡人民政府、各村委会");
    expect(r.safety.responsible).toBe("学校、乡交通和安全生产服务中心");
    for (const c of ["building", "books", "safety", "enrolment"]) expect(r[c].deadline).toBe("县级复评前");
  });
});

describe("national-2017-quality", () => {
  test("Q1–Q7 with national thresholds, all official", () => {
    const ids = ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"];
    expect(quality.balanceIndicators).toEqual(ids);
    expect(quality.standardIndicators).toEqual(ids);
    expect(ids.map((id) => threshold(quality, id, "primary").value)).toEqual([4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3]);
    expect(ids.map((id) => threshold(quality, id, "junior").value)).toEqual([5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4]);
    for (const t of quality.thresholds) {
      expect(t.provenance.kind).toBe("official");
      expect(t.provenance.source).toContain("教督〔2017〕6号");
    }
  });

  test("each CV judged, 6 of 7 with an 85 % floor, what-if to itself, teaching points of 50 or more", () => {
    expect(quality.coefficient).toMatchObject({ mode: "each", primary: 0.5, junior: 0.45 });
    expect(quality.schoolPass).toEqual({ mode: "atLeast", count: 6, floorRatio: 0.85 });
    expect(quality.whatIfStandard).toEqual({ Q1: "Q1", Q2: "Q2", Q3: "Q3", Q4: "Q4", Q5: "Q5", Q6: "Q6", Q7: "Q7" });
    expect(quality.scope.teachingPoints).toEqual({ mode: "includeIfAtLeast", students: 50 });
    expect(quality.targets).toEqual(basic.targets);
    expect(quality.rectification).toEqual(basic.rectification);
  });
});

describe("parsePack", () => {
  test("names the path of the first problem in Chinese", () => {
    const pack = copy(basic);
    (pack.thresholds as { value: unknown }[])[3].value = -1;
    expect(parseError(pack)).toBe("规则包文件有误：thresholds[3].value 必须大于 0，实际是 -1");
  });

  test("a missing field", () => {
    const pack = copy(basic);
    delete pack.coefficient;
    expect(parseError(pack)).toBe("规则包文件有误：coefficient 缺少此项");
  });

  test("a value outside its list", () => {
    const pack = copy(basic);
    (pack.formulas as Record<string, unknown>).computers = "all";
    expect(parseError(pack)).toMatch(/^规则包文件有误：formulas\.computers 应为 "total"、"teaching" 之一/);
  });

  test("a wrong mode of a union", () => {
    const pack = copy(basic);
    pack.schoolPass = { mode: "most" };
    expect(parseError(pack)).toBe('规则包文件有误：schoolPass.mode 应为 "all"、"atLeast" 之一');
  });

  test("a bad indicator id and not an object at all", () => {
    const pack = copy(basic);
    pack.standardIndicators = ["S1", "S11"];
    expect(parseError(pack)).toMatch(/^规则包文件有误：standardIndicators\[1\] 格式不对/);
    expect(parseError("hello")).toMatch(/^规则包文件有误：（整个文件） 应为对象/);
  });

  test("cross-field rules: duplicate threshold, threshold of an indicator not held to, what-if to nothing", () => {
    const dup = copy(basic);
    const thresholds = dup.thresholds as unknown[];
    thresholds.push(thresholds[0]);
    expect(parseError(dup)).toBe(`规则包文件有误：thresholds[${thresholds.length - 1}] 与前面的标准重复（S1 primary 城区）`);

    const stray = copy(basic);
    stray.standardIndicators = (stray.standardIndicators as string[]).filter((id) => id !== "S10");
    expect(parseError(stray)).toMatch(/^规则包文件有误：thresholds\[\d+\]\.indicator 「S10」不在 standardIndicators 中/);

    const whatIf = copy(basic);
    whatIf.whatIfStandard = { B2: "Q5" };
    expect(parseError(whatIf)).toBe("规则包文件有误：whatIfStandard.B2 「Q5」不在 standardIndicators 中");
  });
});

describe("indicator names and formulas agree", () => {
  it("marks as upper limits exactly the indicators whose formula must not exceed its standard", () => {
    expect(Object.keys(FORMULAS).sort()).toEqual(Object.keys(INDICATOR_NAMES).sort());
    for (const [id, formula] of Object.entries(FORMULAS)) expect([id, INDICATOR_NAMES[id].atMost]).toEqual([id, formula.direction === "max"]);
  });
});
