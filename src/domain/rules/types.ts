import type { Finding, Severity } from "../findings";
import type { RuleId } from "../ruleIds";
import type { CheckContext } from "./context";
import type { Texts } from "./texts";

/** A rule's description in one language: what trainers and users read about it. */
export interface Description {
  readonly title: string;
  /** Plain explanation for the statistician training. */
  readonly explanation: string;
  /** An example of a wrong entry. */
  readonly example: string;
  /** How to put it right. */
  readonly fix: string;
}

/**
 * What trainers and users read about a rule (the rule handbook is built from these): its description in Chinese
 * at the top level (the workbook, the handbook and the report quote it) and in English in `en`, required so that a
 * rule cannot be added without it (the English pane's rule help reads it). In `en`, the sheet and column names the
 * user must find in the workbook stay Chinese, in 「」.
 */
export interface RuleInfo extends Description {
  /** e.g. `312-01`; the prefix is the statistics table the rule belongs to. */
  readonly id: RuleId;
  /** Default severity; a rule may report some findings at another level (512-03, 212-06). */
  readonly severity: Severity;
  /** Statistics table, e.g. 基础基312, or 全部工作表. */
  readonly table: string;
  /** The same description in English. */
  readonly en: Description;
  /** The sentences its findings carry, zh-CN and en-US (rules/texts.ts). */
  readonly texts: Texts;
}

/**
 * A validation rule of docs/method.md §7: its description, its sentences and the check itself. Rules whose check
 * runs elsewhere (H, M, P, C, R, E, L: a higher layer, or last year's workbook) are `RuleInfo`s; their checks take
 * the rule object and can say only its sentences.
 */
export interface RuleDef extends RuleInfo {
  check(ctx: CheckContext): Finding[];
}
