/**
 * What trainers read about the 考核自查 sheet's rule. The check itself is readChecklistSheet, which runs before the
 * checklist is judged; runCheck turns its problems into C-01 findings.
 */
import type { RuleInfo } from "./types";
import { template } from "./texts";

export const C01 = {
  id: "C-01",
  // The register itself is fine; the typed entry is only left out of the self-check, so it need not fail the run.
  severity: "warning",
  table: "考核自查",
  title: "考核自查表中手填的内容无法使用",
  explanation:
    "「考核自查」表里“手填”的项目，状态、依据和得分由乡镇自己填写，下次审核时读回并保留。状态只能填这一类项目允许的几种写法，" +
    "得分只能填不超过满分的数字；否则这一格本次不使用，该项按未填写（待填或无得分）处理。",
  example: "得分填了「八分」或「12」（满分 10）；考核指标的状态填了「基本达标」；一票否决项的状态填了「达标」。",
  fix: "考核指标的状态填 达标、未达标、待填 或 不适用；一票否决项填 否决、未否决、待填 或 不适用；得分只填数字（0 到满分），不计分的项目留空。",
  en: {
    title: "A manual entry of the checklist cannot be used",
    explanation:
      "For the manual items of 「考核自查」 (checklist), the township enters the status, basis and score itself, and they are read back and kept at the next check. The status takes only the wordings allowed for that kind of item, and the score only a number not above the maximum; otherwise the cell is not used this time and the item counts as not filled in (pending, or no score).",
    example: "The score reads 「八分」 (eight points, in words) or 12 (maximum 10); the status of an assessment item reads 「基本达标」 (basically met); the status of a veto item reads 「达标」 (met).",
    fix: "For assessment items the status is 「达标」, 「未达标」, 「待填」 or 「不适用」; for veto items 「否决」, 「未否决」, 「待填」 or 「不适用」; the score is a number only (0 to the maximum), left empty for items not scored.",
  },
  texts: {
    "C-01": template<{ title: string; problem: "status" | "scoreNotScored" | "scoreNaN" | "scoreNegative" | "scoreRange"; text: string; kind: "veto" | "assessment" | ""; allowed: string; max: number | "" }>(
      (p) => {
        const kind = p.kind === "veto" ? "一票否决项" : p.kind === "assessment" ? "考核指标" : "状态";
        const reason = {
          status: `状态填了「${p.text}」，${kind}只能填 ${p.allowed.split(",").join("、")}；本次按待填处理。`,
          scoreNotScored: `得分栏应留空（此项不计分），「${p.text}」未使用。`,
          scoreNaN: `得分填了「${p.text}」，不是数字；本次不计分。`,
          scoreNegative: `得分 ${p.text} 不能为负数；本次不计分。`,
          scoreRange: `得分 ${p.text} 不在 0 到满分 ${p.max} 之间；本次不计分。`,
        }[p.problem];
        return `「${p.title}」的${reason}`;
      },
      (p) => {
        const kind = p.kind === "veto" ? "a veto item" : p.kind === "assessment" ? "an assessment item" : "the status";
        const reason = {
          status: `the status “${p.text}” is not allowed: ${kind} takes ${p.allowed.split(",").join(", ")}; treated as to be filled in`,
          scoreNotScored: `the score should be empty (the item is not scored); “${p.text}” is not used`,
          scoreNaN: `the score “${p.text}” is not a number; not scored this time`,
          scoreNegative: `the score ${p.text} cannot be negative; not scored this time`,
          scoreRange: `the score ${p.text} is not between 0 and the full ${p.max}; not scored this time`,
        }[p.problem];
        return `「${p.title}」: ${reason}`;
      },
    ),
  },
} satisfies RuleInfo;

export const CHECKLIST_RULES_INFO: readonly RuleInfo[] = [C01];
