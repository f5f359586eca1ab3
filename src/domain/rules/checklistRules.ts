/**
 * What trainers read about the 考核自查 sheet's rule. The check itself is readChecklistSheet, which runs before the
 * checklist is judged; runCheck turns its problems into C-01 findings.
 */
import type { RuleInfo } from "./types";

export const CHECKLIST_RULE = "C-01";

export const C01: RuleInfo = {
  id: CHECKLIST_RULE,
  // The register itself is fine; the typed entry is only left out of the self-check, so it need not fail the run.
  severity: "warning",
  table: "考核自查",
  title: "考核自查表中手填的内容无法使用",
  explanation:
    "「考核自查」表里“手填”的项目，状态、依据和得分由乡镇自己填写，下次审核时读回并保留。状态只能填这一类项目允许的几种写法，" +
    "得分只能填不超过满分的数字；否则这一格本次不使用，该项按未填写（待填或无得分）处理。",
  example: "得分填了「八分」或「12」（满分 10）；考核指标的状态填了「基本达标」；一票否决项的状态填了「达标」。",
  fix: "考核指标的状态填 达标、未达标、待填 或 不适用；一票否决项填 否决、未否决、待填 或 不适用；得分只填数字（0 到满分），不计分的项目留空。",
};

export const CHECKLIST_RULES_INFO: readonly RuleInfo[] = [C01];
