/** The summary `junheng check` prints to standard output: Chinese, or English with `--lang en-US`. */
import type { CheckRun } from "../domain/check";
import { STAGE_LABEL } from "../domain/fields/dictionary";
import { SEVERITY_LABEL, type Finding, type Language, type Severity } from "../domain/findings";
import { findingMessage } from "../domain/rules/registry";
import type { StageBalance } from "../domain/evaluation/evaluate";
import { TARGET_NAMES } from "../domain/packs/indicatorNames";
import { packLine, placeText } from "../domain/outputs/packNote";
import { paramLabel } from "../domain/packs/standardsTable";
import { checklistTotals, firedVetoes, TOWNSHIP } from "../domain/checklists/evaluateChecklist";
import { CHECKLIST_SHEET } from "../domain/checklists/checklistColumns";

const LISTED: Record<Severity, number> = { error: 30, warning: 20, info: 10 };
const LISTED_BELOW = 20;

function findingLine(f: Finding): string {
  const school = f.schoolName ? `${f.schoolName}${f.schoolId ? `（${f.schoolId}）` : ""}` : (f.schoolId ?? "");
  const where = f.sheet ? `${f.sheet}${f.cells.length ? `!${f.cells.join(",")}` : ""}` : "";
  return `  [${f.rule}] ${[school, where].filter(Boolean).join(" ")}  ${f.message}${f.explained ? "（已说明）" : ""}`;
}

const verdict = (passed: boolean | null) => (passed === null ? "无法判定" : passed ? "达到" : "未达到");
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function stageLine(b: StageBalance): string {
  const label = STAGE_LABEL[b.stage];
  if (b.units === 0) return `  ${label}：没有参加计算的学校`;
  if (b.composite !== null || b.whatIfComposite !== null) {
    const whatIf = b.whatIfComposite !== null && b.whatIfComposite !== b.composite ? `；全部达标后约 ${b.whatIfComposite.toFixed(3)}` : "";
    return `  ${label}：${b.units} 所参加计算，综合差异系数 ${b.composite?.toFixed(3) ?? "无法计算"}（标准 ≤ ${b.threshold}）${verdict(b.passed)}${whatIf}`;
  }
  const over = Object.entries(b.cv).filter(([, cv]) => cv !== null && cv > b.threshold).map(([id, cv]) => `${id} ${cv!.toFixed(3)}`);
  return `  ${label}：${b.units} 所参加计算，各项差异系数（标准 ≤ ${b.threshold}）${verdict(b.passed)}${over.length ? `：超过的有 ${over.join("、")}` : ""}`;
}

function evaluationLines(run: CheckRun): string[] {
  const { evaluation } = run;
  const lines = ["", `评估（${packLine(run.pack)}）：`, stageLine(evaluation.balance.primary), stageLine(evaluation.balance.junior)];
  const below = evaluation.units.filter((u) => u.below.length > 0);
  if (below.length > 0) {
    // Named up to LISTED_BELOW: a province has thousands, and one line of them all is unreadable.
    const named = below.slice(0, LISTED_BELOW).map((u) => `${u.unit.name}${u.unit.stage === "junior" ? "（初中）" : ""} ${u.below.join("、")}`);
    const more = below.length > LISTED_BELOW ? `；…… 另有 ${below.length - LISTED_BELOW} 个，见“指标计算”工作表` : "";
    lines.push(`  低于办学标准 ${below.length} 个：${named.join("；")}${more}`);
  }
  const unknown = evaluation.units.filter((u) => u.unknown.length > 0);
  if (unknown.length > 0) {
    lines.push(`  未能判定 ${unknown.length} 个（数据缺失或不可能）：${unknown.map((u) => `${u.unit.name}${u.unit.stage === "junior" ? "（初中）" : ""} ${u.unknown.join("、")}`).join("；")}`);
  }
  const missed = evaluation.targets.filter((t) => t.level === "error" || t.level === "warning");
  for (const t of missed) {
    const name = TARGET_NAMES[t.id].name;
    const kind = t.level === "error" ? "未达目标" : "超过国家控制线";
    lines.push(`  ${kind}：${name} ${t.scope} ${t.value === null ? "—" : percent(t.value)}（目标 ${t.target === null ? "—" : percent(t.target)}）`);
  }
  if (run.overrides.length > 0) {
    lines.push(`  已按“标准参数”修改：${run.overrides.map((o) => `${paramLabel(o)} ${o.from ?? "空"} → ${o.to ?? "空"}（${o.cell}）`).join("；")}`);
  }
  lines.push(`  整改事项 ${run.rectification.length} 条，见“整改清单”工作表。`);
  if (run.checklist.length > 0) {
    const t = checklistTotals(run.checklist);
    lines.push(`  考核自查：考核指标已得 ${t.score} 分（满分 ${t.maxScore} 分），待填 ${t.pending} 项，见“${CHECKLIST_SHEET}”工作表。`);
  }
  return lines;
}

/** One line naming every fired veto and where, or null; printed under the banner, before counts and findings (docs/method.md §10). */
function vetoLine(run: CheckRun): string | null {
  const fired = firedVetoes(run.checklist);
  if (fired.length === 0) return null;
  const place = (w: string) => (w === TOWNSHIP ? "全乡" : w);
  const items = fired.map((r) => (r.where.length > 0 ? `${r.title} — ${r.where.map(place).join("、")}` : r.title));
  return `一票否决：${items.join("；")}（详见“${CHECKLIST_SHEET}”工作表）`;
}

export function checkSummaryText(run: CheckRun, inputName: string, outputName: string | null, lang: Language = "zh-CN"): string {
  if (lang === "en-US") return englishSummary(run, inputName, outputName);
  const s = run.summary;
  const place = placeText(run.meta);
  const veto = vetoLine(run);
  const lines = [
    "均衡 Junheng · 统计登记表审核",
    ...(veto ? [veto] : []),
    `文件：${inputName}${place ? `（${place}）` : ""}`,
    `学校 ${s.schools} 所，参加差异系数计算的评估单元 ${s.units} 个`,
    `错误 ${s.error} 条 · 警告 ${s.warning} 条 · 提示 ${s.info} 条`,
  ];
  for (const severity of ["error", "warning", "info"] as const) {
    const list = run.findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    lines.push("", `${SEVERITY_LABEL[severity]}：`, ...list.slice(0, LISTED[severity]).map(findingLine));
    if (list.length > LISTED[severity]) lines.push(`  …… 另有 ${list.length - LISTED[severity]} 条，见“审核结果”工作表`);
  }
  lines.push(...evaluationLines(run));
  lines.push("");
  lines.push(s.error > 0 ? "有必须修改的错误（逻辑校验未通过）。" : s.warning > 0 ? "没有错误；请核实警告，或在“审核说明”中填写说明。" : "没有发现问题。");
  if (outputName) lines.push(`结果已写入：${outputName}（问题单元格已标色：错误浅红、警告浅黄、低于标准浅橙）`);
  return lines.join("\n");
}

// English (`--lang en-US`): the same lines and the same findings. Names, sheet names and pack titles are the
// workbook's and the pack's own text and stay as written.

const SEVERITY_EN: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Notes" };
const STAGE_EN = { primary: "Primary", junior: "Junior secondary" } as const;
const verdictEn = (passed: boolean | null) => (passed === null ? "cannot be judged" : passed ? "met" : "not met");
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function findingLineEn(f: Finding): string {
  const school = f.schoolName ? `${f.schoolName}${f.schoolId ? ` (${f.schoolId})` : ""}` : (f.schoolId ?? "");
  const where = f.sheet ? `${f.sheet}${f.cells.length ? `!${f.cells.join(",")}` : ""}` : "";
  return `  [${f.rule}] ${[school, where].filter(Boolean).join(" ")}  ${findingMessage(f, "en-US")}${f.explained ? " (explained)" : ""}`;
}

function stageLineEn(b: StageBalance): string {
  const label = STAGE_EN[b.stage];
  if (b.units === 0) return `  ${label}: no schools in the calculation`;
  if (b.composite !== null || b.whatIfComposite !== null) {
    const whatIf = b.whatIfComposite !== null && b.whatIfComposite !== b.composite ? `; about ${b.whatIfComposite.toFixed(3)} once all standards are met` : "";
    return `  ${label}: ${count(b.units, "school")} in the calculation, composite difference coefficient ${b.composite?.toFixed(3) ?? "cannot be computed"} (standard ≤ ${b.threshold}) ${verdictEn(b.passed)}${whatIf}`;
  }
  const over = Object.entries(b.cv).filter(([, cv]) => cv !== null && cv > b.threshold).map(([id, cv]) => `${id} ${cv!.toFixed(3)}`);
  return `  ${label}: ${count(b.units, "school")} in the calculation, each difference coefficient (standard ≤ ${b.threshold}) ${verdictEn(b.passed)}${over.length ? `; above it: ${over.join(", ")}` : ""}`;
}

function evaluationLinesEn(run: CheckRun): string[] {
  const { evaluation } = run;
  const lines = ["", `Evaluation (rule pack: ${run.pack.title} (${run.pack.id})):`, stageLineEn(evaluation.balance.primary), stageLineEn(evaluation.balance.junior)];
  const unitName = (u: (typeof evaluation.units)[number]) => `${u.unit.name}${u.unit.stage === "junior" ? " (junior secondary)" : ""}`;
  const below = evaluation.units.filter((u) => u.below.length > 0);
  if (below.length > 0) {
    const named = below.slice(0, LISTED_BELOW).map((u) => `${unitName(u)} ${u.below.join(", ")}`);
    const more = below.length > LISTED_BELOW ? `; … ${below.length - LISTED_BELOW} more on the 指标计算 sheet` : "";
    lines.push(`  Below the school standards: ${below.length}: ${named.join("; ")}${more}`);
  }
  const unknown = evaluation.units.filter((u) => u.unknown.length > 0);
  if (unknown.length > 0) {
    lines.push(`  Cannot be judged: ${unknown.length} (data missing or impossible): ${unknown.map((u) => `${unitName(u)} ${u.unknown.join(", ")}`).join("; ")}`);
  }
  for (const t of evaluation.targets.filter((x) => x.level === "error" || x.level === "warning")) {
    const kind = t.level === "error" ? "Target missed" : "Above the national control line";
    lines.push(`  ${kind}: ${t.id} ${t.scope} ${t.value === null ? "—" : percent(t.value)} (target ${t.target === null ? "—" : percent(t.target)})`);
  }
  if (run.overrides.length > 0) {
    lines.push(`  Changed in 标准参数: ${run.overrides.map((o) => `${paramLabel(o)} ${o.from ?? "empty"} → ${o.to ?? "empty"} (${o.cell})`).join("; ")}`);
  }
  lines.push(`  ${count(run.rectification.length, "rectification item")}, see the 整改清单 sheet.`);
  if (run.checklist.length > 0) {
    const t = checklistTotals(run.checklist);
    lines.push(`  Checklist: ${t.score} of ${t.maxScore} points scored, ${t.pending} items to fill in, see the ${CHECKLIST_SHEET} sheet.`);
  }
  return lines;
}

function englishSummary(run: CheckRun, inputName: string, outputName: string | null): string {
  const s = run.summary;
  const fired = firedVetoes(run.checklist);
  const place = [run.meta["乡镇"], run.meta["统计年度"]].filter(Boolean).join(" ");
  const vetoes = fired.map((r) => (r.where.length > 0 ? `${r.title} — ${r.where.map((w) => (w === TOWNSHIP ? "whole township" : w)).join(", ")}` : r.title));
  const lines = [
    "Junheng · register check",
    ...(vetoes.length > 0 ? [`Vetoes: ${vetoes.join("; ")} (see the ${CHECKLIST_SHEET} sheet)`] : []),
    `File: ${inputName}${place ? ` (${place})` : ""}`,
    `${count(s.schools, "school")}, ${count(s.units, "evaluation unit")} in the difference coefficients`,
    `${count(s.error, "error")} · ${count(s.warning, "warning")} · ${count(s.info, "note")}`,
  ];
  for (const severity of ["error", "warning", "info"] as const) {
    const list = run.findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    lines.push("", `${SEVERITY_EN[severity]}:`, ...list.slice(0, LISTED[severity]).map(findingLineEn));
    if (list.length > LISTED[severity]) lines.push(`  … ${list.length - LISTED[severity]} more on the 审核结果 sheet`);
  }
  lines.push(...evaluationLinesEn(run), "");
  lines.push(s.error > 0 ? "There are errors to correct (the logic checks failed)." : s.warning > 0 ? "No errors; check the warnings, or explain them in 审核说明." : "No problems found.");
  if (outputName) lines.push(`Written to: ${outputName} (cells with problems are coloured: errors light red, warnings light yellow, below standard light orange)`);
  return lines.join("\n");
}
