import type { RuleId } from "./ruleIds";

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/** One problem found in the register, pointing at the cells that show it. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly schoolId: string | null;
  readonly schoolName: string | null;
  /** Name of the sheet the cells are on, as it is in the workbook. */
  readonly sheet: string | null;
  /** A1 addresses on `sheet`. */
  readonly cells: readonly string[];
  readonly message: string;
  readonly explained: boolean;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
