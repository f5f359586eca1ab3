/**
 * The shipped rule packs, and loading a pack from a user's JSON file (`--pack file.json`). A file is checked with
 * the schema and a few cross-field rules the schema cannot express; the first problem is reported in Chinese with
 * its path, so the user can find it in the file.
 */
import { z } from "zod";
import { InputError } from "../errors";
import { NATIONAL_2017_QUALITY } from "./national2017Quality";
import { ruleById } from "../rules/registry";
import { RulePackSchema, type ChecklistItem, type RulePack } from "./schema";
import { YUNNAN_2016_BASIC } from "./yunnan2016Basic";

/** Deeply frozen: the shipped packs are shared by every run, so an accidental write must fail loudly. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const PACKS: readonly RulePack[] = deepFreeze([YUNNAN_2016_BASIC, NATIONAL_2017_QUALITY]);

export const DEFAULT_PACK_ID = "yunnan-2016-basic";

export function packById(id: string): RulePack | undefined {
  return PACKS.find((p) => p.id === id);
}

type Path = readonly PropertyKey[];

/** `thresholds[3].value`, as a user would search for it in the file. */
function pathText(path: Path): string {
  let text = "";
  for (const key of path) text += typeof key === "number" ? `[${key}]` : `${text ? "." : ""}${String(key)}`;
  return text || "（整个文件）";
}

const TYPE_NAMES: Record<string, string> = {
  string: "文字",
  number: "数字",
  int: "整数",
  boolean: "true 或 false",
  array: "数组",
  object: "对象",
  record: "对象",
  null: "null",
};

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "缺少此项";
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际是 ${JSON.stringify(issue.input)}`;
    case "too_small":
      if (issue.origin === "array") return `至少要有 ${String(issue.minimum)} 项`;
      if (issue.origin === "string") return "不能为空";
      return issue.inclusive ? `不能小于 ${String(issue.minimum)}，实际是 ${JSON.stringify(issue.input)}` : `必须大于 ${String(issue.minimum)}，实际是 ${JSON.stringify(issue.input)}`;
    case "too_big":
      return `不能大于 ${String(issue.maximum)}，实际是 ${JSON.stringify(issue.input)}`;
    case "invalid_value":
      return `应为 ${issue.values.map((v) => JSON.stringify(v)).join("、")} 之一，实际是 ${JSON.stringify(issue.input)}`;
    case "invalid_union":
      if ("options" in issue && Array.isArray(issue.options)) return `应为 ${issue.options.map((v) => JSON.stringify(v)).join("、")} 之一`;
      return "不是允许的写法";
    case "invalid_format":
      return `格式不对：${JSON.stringify(issue.input)}`;
    case "invalid_key":
      return `键名「${String(issue.path[issue.path.length - 1])}」不是指标代码`;
    case "unrecognized_keys":
      return `有无法识别的项：${issue.keys.join("、")}`;
    default:
      return issue.message;
  }
}

type Problem = { path: Path; reason: string } | null;

/** Ids unique; a binding names targets the pack defines and rules that exist; a veto carries no score. */
function checklistProblem(pack: RulePack): Problem {
  const ids = new Set<string>();
  const targets = new Set(pack.targets.map((t) => t.id));
  const boundTargets = (item: ChecklistItem) => {
    const b = item.binding;
    if (!b) return [];
    return b.type === "target" ? [b.target] : b.type === "targets" ? b.targets : (b.targets ?? []);
  };
  for (const [i, item] of pack.checklist.entries()) {
    if (ids.has(item.id)) return { path: ["checklist", i, "id"], reason: `考核项目 ${item.id} 重复` };
    ids.add(item.id);
    const missing = boundTargets(item).find((t) => !targets.has(t));
    if (missing) return { path: ["checklist", i, "binding"], reason: `目标「${missing}」不在 targets 中` };
    const unknown = item.binding?.type === "rule" ? item.binding.rules.find((r) => !ruleById(r)) : undefined;
    if (unknown) return { path: ["checklist", i, "binding", "rules"], reason: `没有规则「${unknown}」` };
    if (item.kind === "veto" && item.maxScore !== null) return { path: ["checklist", i, "maxScore"], reason: "一票否决项不计分，应为 null" };
  }
  return null;
}

/** Rules between fields: a threshold must belong to a standard indicator and be unique; what-if pairs must exist. */
function crossFieldProblem(pack: RulePack): Problem {
  const seen = new Set<string>();
  for (const [i, t] of pack.thresholds.entries()) {
    if (!pack.standardIndicators.includes(t.indicator)) {
      return { path: ["thresholds", i, "indicator"], reason: `「${t.indicator}」不在 standardIndicators 中` };
    }
    const key = `${t.indicator}/${t.stage}/${t.area ?? ""}`;
    if (seen.has(key)) return { path: ["thresholds", i], reason: `与前面的标准重复（${t.indicator} ${t.stage} ${t.area ?? "全部"}）` };
    seen.add(key);
  }
  for (const [from, to] of Object.entries(pack.whatIfStandard)) {
    if (!pack.balanceIndicators.includes(from)) return { path: ["whatIfStandard", from], reason: `「${from}」不在 balanceIndicators 中` };
    if (!pack.standardIndicators.includes(to)) return { path: ["whatIfStandard", from], reason: `「${to}」不在 standardIndicators 中` };
  }
  const targetIds = pack.targets.map((t) => t.id);
  const duplicate = targetIds.find((id, i) => targetIds.indexOf(id) !== i);
  if (duplicate) return { path: ["targets", targetIds.lastIndexOf(duplicate), "id"], reason: `目标 ${duplicate} 重复` };
  return checklistProblem(pack);
}

/**
 * Reads a pack from parsed JSON. Throws an InputError (the run cannot go on) whose Chinese message names the path
 * of the first problem, e.g. `规则包文件有误：thresholds[3].value 必须大于 0，实际是 -1`.
 */
export function parsePack(json: unknown): RulePack {
  const result = RulePackSchema.safeParse(json, { reportInput: true });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(`规则包文件有误：${pathText(issue.path)} ${describeIssue(issue)}`);
  }
  const problem = crossFieldProblem(result.data);
  if (problem) throw new InputError(`规则包文件有误：${pathText(problem.path)} ${problem.reason}`);
  return result.data;
}
