/** The Chinese summary `junheng check` prints to standard output. */
import type { CheckRun } from "../domain/check";
import { SEVERITY_LABEL, type Finding, type Severity } from "../domain/findings";

const LISTED: Record<Severity, number> = { error: 30, warning: 20, info: 10 };

function findingLine(f: Finding): string {
  const school = f.schoolName ? `${f.schoolName}${f.schoolId ? `（${f.schoolId}）` : ""}` : (f.schoolId ?? "");
  const where = f.sheet ? `${f.sheet}${f.cells.length ? `!${f.cells.join(",")}` : ""}` : "";
  return `  [${f.rule}] ${[school, where].filter(Boolean).join(" ")}  ${f.message}`;
}

export function checkSummaryText(run: CheckRun, inputName: string, outputName: string | null): string {
  const s = run.summary;
  const place = [run.meta["乡镇"], run.meta["统计年度"] && `${run.meta["统计年度"]}年度`].filter(Boolean).join(" ");
  const lines = [
    "均衡 Junheng · 统计登记表审核",
    `文件：${inputName}${place ? `（${place}）` : ""}`,
    `学校 ${s.schools} 所，评估单元 ${s.units} 个`,
    `错误 ${s.error} 条 · 警告 ${s.warning} 条 · 提示 ${s.info} 条`,
  ];
  for (const severity of ["error", "warning", "info"] as const) {
    const list = run.findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    lines.push("", `${SEVERITY_LABEL[severity]}：`, ...list.slice(0, LISTED[severity]).map(findingLine));
    if (list.length > LISTED[severity]) lines.push(`  …… 另有 ${list.length - LISTED[severity]} 条，见“审核结果”工作表`);
  }
  lines.push("");
  lines.push(s.error > 0 ? "有必须修改的错误（逻辑校验未通过）。" : s.warning > 0 ? "没有错误；请核实警告，或在“审核说明”中填写说明。" : "没有发现问题。");
  if (outputName) lines.push(`结果已写入：${outputName}（“审核结果”工作表；问题单元格已标色：错误浅红、警告浅黄）`);
  return lines.join("\n");
}
