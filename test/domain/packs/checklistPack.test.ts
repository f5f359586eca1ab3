/** The checklist items of the rule packs (docs/method.md §10): shipped defaults, schema and cross-field checks. */
import { PACKS, parsePack } from "../../../src/domain/packs/registry";
import { RulePackSchema } from "../../../src/domain/packs/schema";
import { parseError } from "../../helpers/packErrors";

const basic = PACKS[0];
const copy = (): Record<string, unknown> & { checklist: Record<string, unknown>[] } => JSON.parse(JSON.stringify(basic)) as ReturnType<typeof copy>;


describe("shipped checklist", () => {
  test.each(PACKS.map((p) => [p.id, p] as const))("%s has the known national items and four vetoes", (_id, pack) => {
    expect(() => RulePackSchema.parse(pack)).not.toThrow();
    const assessment = pack.checklist.filter((i) => i.kind === "assessment");
    const vetoes = pack.checklist.filter((i) => i.kind === "veto");
    expect(assessment.length).toBeGreaterThanOrEqual(10);
    expect(assessment.length).toBeLessThanOrEqual(12);
    expect(vetoes.map((v) => v.title)).toEqual(["存在超大班额（66人及以上）", "使用 D 级危房", "辍学率超过国家控制线", "群众满意度低于 85%"]);
    expect(assessment.every((i) => i.maxScore === 10)).toBe(true);
    expect(vetoes.every((i) => i.maxScore === null)).toBe(true);
  });

  test("binds T1–T5 to assessment items and says the Yunnan list is not public", () => {
    const bound = basic.checklist.flatMap((i) => (i.binding?.type === "target" ? [i.binding.target] : []));
    expect(bound.sort()).toEqual(["T1", "T2", "T3", "T4", "T5"]);
    for (const item of basic.checklist) {
      expect(item.provenance.kind).toBe("reference");
      expect(item.provenance.source).toMatch(/未公开/);
    }
    expect(basic.checklist.find((i) => i.title.startsWith("随迁子女"))?.binding).toBeNull();
  });

  test("a pack file without a checklist gets the shipped items; an empty one stays empty", () => {
    const rest: Record<string, unknown> = copy();
    delete rest.checklist;
    expect(parsePack(rest).checklist).toEqual(basic.checklist);
    expect(parsePack({ ...rest, checklist: [] }).checklist).toEqual([]);
  });
});

describe("bad checklist bindings", () => {
  const withItem = (index: number, change: Record<string, unknown>) => {
    const json = copy();
    json.checklist[index] = { ...json.checklist[index], ...change };
    return json;
  };

  test("an unknown target id", () => {
    expect(parseError(withItem(2, { binding: { type: "target", target: "T9" } }))).toMatch(/^规则包文件有误：checklist\[2\]\.binding\.target 应为 "T1"/);
  });

  test("a binding type that does not exist", () => {
    expect(parseError(withItem(2, { binding: { type: "formula", formula: "x" } }))).toMatch(/^规则包文件有误：checklist\[2\]\.binding/);
  });

  test("a target the pack does not define", () => {
    const json = copy();
    json.targets = (json.targets as { id: string }[]).filter((t) => t.id !== "T3");
    expect(parseError(json)).toBe("规则包文件有误：checklist[2].binding 目标「T3」不在 targets 中");
  });

  test("a rule that does not exist", () => {
    expect(parseError(withItem(13, { binding: { type: "rule", rules: ["999-99"] } }))).toBe("规则包文件有误：checklist[13].binding.rules 没有规则「999-99」");
  });

  test("an empty rule list", () => {
    expect(parseError(withItem(13, { binding: { type: "rule", rules: [] } }))).toBe("规则包文件有误：checklist[13].binding.rules 至少要有 1 项");
  });

  test("a duplicated id", () => {
    expect(parseError(withItem(1, { id: "A01" }))).toBe("规则包文件有误：checklist[1].id 考核项目 A01 重复");
  });

  test("a veto with a score", () => {
    expect(parseError(withItem(12, { maxScore: 5 }))).toBe("规则包文件有误：checklist[12].maxScore 一票否决项不计分，应为 null");
  });
});
