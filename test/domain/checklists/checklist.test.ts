/** The checklist (docs/method.md §10): computed items and vetoes from a run, manual items read back from 考核自查. */
import { runCheck, type CheckRun } from "../../../src/domain/check";
import { checklistResults, checklistTotals, firedVetoes, NO_DATA } from "../../../src/domain/checklists/evaluateChecklist";
import type { ChecklistResult, ManualEntry } from "../../../src/domain/checklists/types";
import type { TargetResult } from "../../../src/domain/evaluation/targets";
import type { WorkbookGrid } from "../../../src/domain/grid";
import { layoutRegister } from "../../../src/domain/layout/registerLayout";
import { checkResultJson } from "../../../src/domain/result";
import { sampleGrid } from "../../taskpane/gridHost";
import { shippedPack } from "../../helpers/evaluatedSheets";
import { primarySchool, records, withCells } from "../../helpers/register";

const pack = shippedPack("yunnan-2016-basic");
const sample = runCheck(sampleGrid());

const item = (results: readonly ChecklistResult[], id: string) => results.find((r) => r.id === id)!;

function target(id: TargetResult["id"], scope: string, value: number, level: TargetResult["level"]): TargetResult {
  const def = pack.targets.find((t) => t.id === id)!;
  return { id, scope, schoolId: null, value, target: def.value, controlLine: def.controlLine, passed: level !== "error", level, cells: [] };
}

const judged = (targets: TargetResult[], manual?: ReadonlyMap<string, ManualEntry>) => checklistResults({ pack, findings: [], targets, manual });

describe("the checklist on the sample", () => {
  it("passes 小学入学率 on the township's rate although one village misses 99.5 %, and names the village", () => {
    expect(sample.evaluation.targets.some((t) => t.id === "T1" && t.scope !== "乡" && t.level === "error")).toBe(true);
    const a04 = item(sample.checklist, "A04");
    expect(a04).toMatchObject({ title: "小学适龄儿童入学率", computed: true, status: "达标", score: 10, maxScore: 10, where: [] });
    expect(a04.evidence).toMatch(/^乡 99\.\d+%，目标 ≥ 99\.5%（其中未达到的：南果河 99\.\d+%）$/);
  });

  it("scores computed items in full when met; manual items wait for the user", () => {
    const computed = sample.checklist.filter((r) => r.kind === "assessment" && r.computed);
    expect(computed.map((r) => [r.id, r.status, r.score])).toEqual(["A03", "A04", "A05", "A06", "A07"].map((id) => [id, "达标", 10]));
    expect(item(sample.checklist, "A06").evidence).toBe("乡 0%，国家控制线 0.6%");
    expect(item(sample.checklist, "A01")).toMatchObject({ computed: false, status: "待填", evidence: "", score: null });
    expect(checklistTotals(sample.checklist)).toEqual({ score: 50, maxScore: 120, pending: 8 });
  });

  it("fires no veto, and says what each rests on", () => {
    expect(firedVetoes(sample.checklist)).toEqual([]);
    expect(sample.checklist.filter((r) => r.kind === "veto").map((r) => r.status)).toEqual(["未否决", "未否决", "未否决", "待填"]);
    expect(item(sample.checklist, "V2").evidence).toContain("（512-03）");
  });

  it("is in the JSON result without the per-finding detail", () => {
    const json = checkResultJson(sample, "示例.xlsx");
    expect(json.checklist).toHaveLength(pack.checklist.length);
    expect(json.checklist[3]).toEqual({ ...item(sample.checklist, "A04"), hits: undefined });
    expect(Object.keys(json.checklist[3])).not.toContain("hits");
  });
});

describe("judging targets", () => {
  it("judges dropout against the national control line: no score, and the veto fires for the township", () => {
    const results = judged([target("T4", "乡", 0.008, "warning")]);
    expect(item(results, "A06")).toMatchObject({ status: "未达标", score: 0, evidence: "乡 0.8%，国家控制线 0.6%" });
    expect(item(results, "V3")).toMatchObject({ status: "否决", where: ["乡"], evidence: "乡 小学年辍学率 0.8%（国家控制线 0.6%）" });
  });

  it("fires the dropout veto for one school over the line while the township's rate still scores", () => {
    const results = judged([target("T5", "勐往乡中学", 0.025, "warning"), target("T5", "乡", 0.01, "met")]);
    expect(item(results, "A07")).toMatchObject({ status: "达标", score: 10 });
    expect(item(results, "A07").evidence).toBe("乡 1%，国家控制线 1.8%（其中超过的：勐往乡中学 2.5%）");
    expect(item(results, "V3")).toMatchObject({ status: "否决", where: ["勐往乡中学"] });
    expect(item(results, "V3").hits?.map((h) => h.target?.scope)).toEqual(["勐往乡中学"]);
  });

  it("lets the user fill a computed item the register has no data for", () => {
    expect(item(judged([]), "A03")).toMatchObject({ computed: false, status: "待填", evidence: NO_DATA, score: null });
    const manual = new Map([["A03", { status: "达标" as const, evidence: "残联名册核对", score: 9 }]]);
    expect(item(judged([], manual), "A03")).toMatchObject({ computed: false, status: "达标", evidence: "残联名册核对", score: 9 });
  });

  it("ignores a status of the other kind and a score on a veto; leaves 不适用 items out of the totals", () => {
    const manual = new Map<string, ManualEntry>([
      ["A01", { status: "否决", evidence: "", score: 3 }],
      ["A02", { status: "不适用", evidence: "本乡无留守儿童", score: null }],
      ["V4", { status: "否决", evidence: "满意度 80%", score: 5 }],
    ]);
    const results = judged([], manual);
    expect(item(results, "A01")).toMatchObject({ status: "待填", score: 3 });
    expect(item(results, "V4")).toMatchObject({ status: "否决", score: null, where: ["乡"] });
    expect(checklistTotals(results)).toMatchObject({ score: 3, maxScore: 110 });
  });
});

describe("a 66+ class", () => {
  const grid: WorkbookGrid = layoutRegister(records(withCells(primarySchool(), { students: { "primary.band26": 5, "primary.band66": 1 } }))).grid;
  const run: CheckRun = runCheck(grid);

  it("fires the 超大班额 veto at the school, on the 212-05 finding rather than the township count", () => {
    const v1 = item(run.checklist, "V1");
    expect(v1).toMatchObject({ status: "否决", computed: true, where: ["测试小学"] });
    expect(v1.hits?.map((h) => h.finding?.rule)).toEqual(["212-05"]);
    expect(v1.evidence).toMatch(/^测试小学：/);
    expect(firedVetoes(run.checklist).map((r) => r.id)).toEqual(["V1"]);
  });
});
