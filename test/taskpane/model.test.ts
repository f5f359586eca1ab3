import { runCheck, type CheckRun } from "../../src/domain/check";
import { checklistResults } from "../../src/domain/checklists/evaluateChecklist";
import type { Finding } from "../../src/domain/findings";
import type { TargetResult } from "../../src/domain/evaluation/targets";
import { contributionsFor, stageViews } from "../../src/taskpane/model/balance";
import { filterFindings, groupFindings } from "../../src/taskpane/model/findingGroups";
import { formatAmount, formatCoefficient, formatIndicator, withUnit } from "../../src/taskpane/model/format";
import { unitRows } from "../../src/taskpane/model/indicators";
import { rectificationBySchool } from "../../src/taskpane/model/rectification";
import { paneSummary, vetoes } from "../../src/taskpane/model/summary";
import { sampleGrid } from "./gridHost";
import type { RuleId } from "../../src/domain/ruleIds";

const run = runCheck(sampleGrid());
const all = new Set(["error", "warning", "info"] as const);

function finding(rule: RuleId, severity: Finding["severity"], schoolName: string): Finding {
  return { rule, severity, schoolId: "5328229999", schoolName, sheet: "学生与班级", cells: ["T9"], message: `${rule} 的问题`, explained: false, params: {} };
}

function target(id: TargetResult["id"], scope: string, value: number, targetValue: number, level: TargetResult["level"]): TargetResult {
  return { id, scope, schoolId: null, value, target: targetValue, controlLine: null, passed: level === "met", level, cells: [] };
}

describe("summary and vetoes", () => {
  it("counts errors, warnings, units below standard and no veto on the sample", () => {
    expect(paneSummary(run)).toEqual({ error: 8, warning: 3, info: 9, below: 3, veto: 0, schools: 11, units: 9 });
  });

  /** The run with findings and targets added, its checklist judged again as runCheck would. */
  function withChanges(findings: readonly Finding[], targets: readonly TargetResult[]): CheckRun {
    const evaluation = { ...run.evaluation, targets };
    return { ...run, findings, evaluation, checklist: checklistResults({ pack: run.pack, findings, targets }) };
  }

  it("lists 超大班额, 危房 and dropout above the national control line as vetoes", () => {
    const withVetoes = withChanges(
      [...run.findings, finding("212-05", "error", "甲小学"), finding("512-03", "warning", "乙小学")],
      [
        ...run.evaluation.targets,
        target("T6", "乡", 1, 0, "error"),
        target("T4", "丙小学", 0.02, 0.01, "error"),
        // Within the plan's 3 % but above the 1.8 % control line: a veto all the same.
        target("T5", "乡", 0.02, 0.03, "warning"),
        target("T5", "丁中学", 0.01, 0.03, "met"),
      ],
    );
    expect(vetoes(withVetoes).map((v) => [v.kind, v.where])).toEqual([
      ["hugeClasses", "甲小学"],
      ["dangerous", "乙小学"],
      ["dropout", "丙小学"],
      ["dropout", null],
    ]);
    expect(paneSummary(withVetoes).veto).toBe(4);
  });

  it("lists the township's 超大班额 count when no 212-05 finding stands behind it", () => {
    const t6 = withChanges(run.findings, [target("T6", "乡", 2, 0, "error")]);
    expect(vetoes(t6)).toEqual([
      { kind: "hugeClasses", title: "存在超大班额（66人及以上）", where: null, finding: null, value: 2, target: 0, evidence: "乡 超大班额（66人及以上）班数 2 个（目标 ≤ 0 个）" },
    ]);
  });

  it("lists a manual veto the user marked 否决 under its checklist title, with the user's evidence", () => {
    const manual = new Map([["V4", { status: "否决" as const, evidence: "满意度调查 82%", score: null }]]);
    const marked: CheckRun = { ...run, checklist: checklistResults({ pack: run.pack, findings: run.findings, targets: run.evaluation.targets, manual }) };
    expect(vetoes(marked)).toEqual([
      { kind: "other", title: "群众满意度低于 85%", where: null, finding: null, value: null, target: null, evidence: "满意度调查 82%" },
    ]);
  });
});

describe("finding groups", () => {
  it("groups every finding school → sheet → rule, schools in the order of their first finding", () => {
    const groups = groupFindings(filterFindings(run.findings, { severities: all, query: "" }));
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(run.findings.length);
    const nanguohe = groups.find((g) => g.schoolName === "南果河小学")!;
    expect(nanguohe.sheets.map((s) => s.sheet)).toEqual(["学生与班级"]);
    expect(nanguohe.sheets[0].rules.map((r) => [r.rule, r.title])).toEqual([["312-01", expect.any(String)]]);
    expect(groups.find((g) => g.key === "")!.schoolName).toBeNull();
  });

  it("filters by severity and by school name, code, rule or message", () => {
    const errors = filterFindings(run.findings, { severities: new Set(["error"]), query: "" });
    expect(errors.every((e) => e.finding.severity === "error")).toBe(true);
    expect(errors).toHaveLength(8);
    const bySchool = filterFindings(run.findings, { severities: all, query: " 坝散 " });
    expect(new Set(bySchool.map((e) => e.finding.schoolName))).toEqual(new Set(["坝散小学"]));
    expect(filterFindings(run.findings, { severities: all, query: "312-01" }).map((e) => e.finding.rule)).toEqual(["312-01"]);
    expect(filterFindings(run.findings, { severities: all, query: "约40" })).toHaveLength(1);
    // The entry keeps the finding's position in the run.
    const [d01] = filterFindings(run.findings, { severities: all, query: "约40" });
    expect(run.findings[d01.index]).toBe(d01.finding);
  });

  it("titles each rule in the pane's language and finds a finding by its English title or sentence", () => {
    const en = groupFindings(filterFindings(run.findings, { severities: all, query: "", lang: "en-US" }), "en-US");
    const nanguohe = en.find((g) => g.schoolName === "南果河小学")!;
    expect(nanguohe.sheets[0].rules.map((r) => [r.rule, r.title])).toEqual([["312-01", "Primary grades do not add up to the student total"]]);
    const byTitle = filterFindings(run.findings, { severities: all, query: "grades do not add up", lang: "en-US" });
    expect(new Set(byTitle.map((e) => e.finding.rule))).toEqual(new Set(["312-01"]));
    // The English sentence is searched in the English pane only; the Chinese one in both.
    expect(filterFindings(run.findings, { severities: all, query: "the grades add up to" })).toHaveLength(0);
    expect(filterFindings(run.findings, { severities: all, query: "the grades add up to", lang: "en-US" }).length).toBeGreaterThan(0);
  });
});

describe("views", () => {
  it("lists counted units by stage, then those not counted, with below-standard indicators marked", () => {
    const units = unitRows(run);
    expect(units.map((u) => u.excluded === null)).toEqual([...Array(9).fill(true), false, false, false]);
    expect(units.slice(0, 9).map((u) => u.stage)).toEqual([...Array(7).fill("primary"), "junior", "junior"]);
    const huitang = units.find((u) => u.name === "灰塘小学")!;
    expect(huitang.indicators.filter((i) => i.below).map((i) => i.id)).toEqual(["S6", "S7"]);
    expect(huitang.indicators[0].id).toBe("S1");
  });

  it("gives each stage's coefficients and each school's share", () => {
    const [primary, junior] = stageViews(run);
    expect(formatCoefficient(primary.composite)).toBe("0.229");
    expect(primary.units).toBe(7);
    expect(junior.units).toBe(2);
    const shares = contributionsFor(primary, "B3");
    expect(shares[0].name).toBe("曼允九年一贯制学校");
    expect(shares.reduce((n, s) => n + (s.share ?? 0), 0)).toBeCloseTo(1, 9);
    expect(contributionsFor(primary, "B4").at(-1)).toEqual({ name: "糯东小学", share: null });
  });

  it("groups the rectification items per school", () => {
    const schools = rectificationBySchool(run);
    expect(schools.reduce((n, s) => n + s.items.length, 0)).toBe(run.rectification.length);
    expect(schools.find((s) => s.schoolName === "灰塘小学")!.items.map((i) => i.indicator)).toEqual(["512-02", "S6", "S7"]);
  });

  it("formats numbers as the output sheets do", () => {
    expect(formatIndicator("S9", 0.98)).toBe("98.0%");
    expect(formatIndicator("S5", 291.714)).toBe("292");
    expect(withUnit("S6", 19)).toBe("19 册");
    expect(withUnit("B6", 0.0608)).toBe("1 : 16.4");
    expect(withUnit("S6", null)).toBe("—");
    expect(formatAmount(15025, "元")).toBe("15 025 元");
    expect(formatAmount(null, "")).toBe("—");
  });
});
