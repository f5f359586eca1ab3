import type { Finding, Severity } from "../findings";
import type { RuleId } from "../ruleIds";
import type { CheckContext } from "./context";

/** What trainers and users read about a rule (the rule handbook is built from these). */
export interface RuleInfo {
  /** e.g. `312-01`; the prefix is the statistics table the rule belongs to. */
  readonly id: RuleId;
  /** Default severity; a rule may report some findings at another level (512-03, 212-06). */
  readonly severity: Severity;
  /** Statistics table, e.g. 基础基312, or 全部工作表. */
  readonly table: string;
  readonly title: string;
  /** Plain explanation for the statistician training. */
  readonly explanation: string;
  /** An example of a wrong entry. */
  readonly example: string;
  /** How to put it right. */
  readonly fix: string;
}

/** A validation rule of docs/method.md §7: its description and the check itself. */
export interface RuleDef extends RuleInfo {
  check(ctx: CheckContext): Finding[];
}
