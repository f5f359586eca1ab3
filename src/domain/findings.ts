import type { RuleId } from "./ruleIds";

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/**
 * What a finding's sentence is made of, as data: numbers as numbers, and the user's own text (school and village
 * names, cell text) as the user wrote it. The JSON result carries them as `params`.
 */
export type FindingParams = Readonly<Record<string, string | number>>;

/** The languages a finding's sentence is rendered in (rules/texts.ts, each rule's `texts`); zh-CN is the default everywhere. */
export type Language = "zh-CN" | "en-US";

/**
 * A sentence before it is placed on a finding: its template, its parameters, and its Chinese rendering. `R` is the
 * rule whose template it is (rules/texts.ts `say`), a type-only mark: a finding of one rule cannot be given another
 * rule's sentence (rules/context.ts rowFinding, plainFinding).
 */
export interface Said<R extends RuleId = RuleId> {
  readonly text: string;
  readonly params: FindingParams;
  readonly message: string;
  /** Never set at run time; carries `R` for the type checker only. */
  readonly ruleMark?: R;
}

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
  /** The sentence in Chinese, as the 审核结果 sheet shows it; other languages render `text` with `params`. */
  readonly message: string;
  readonly explained: boolean;
  readonly params: FindingParams;
  /** The template `message` was rendered from (rules/texts.ts, each rule's `texts`); absent where the sentence has no template yet. */
  readonly text?: string;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
