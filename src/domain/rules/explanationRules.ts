/** What trainers read about 审核说明 rows that cannot take effect (the check is applyExplanations). */
import type { RuleInfo } from "./types";
import { template } from "./texts";

export const E01 = {
  id: "E-01",
  // The error itself is reported already; this only says why the 说明 beside it changes nothing.
  severity: "info",
  table: "审核说明",
  title: "错误不能用说明代替改正",
  explanation:
    "审核说明只对警告（经验校验）有效：警告可能是真实情况，写明原因后显示为“已说明”。错误（逻辑校验）是数据自相矛盾，必须改正，" +
    "所以对错误填写的说明不起作用，错误仍然列为未处理。",
  example: "「学生与班级」中各年级人数之和与合计不符（312-01，错误），在审核说明里写“合计以学籍系统为准”。",
  fix: "按原始资料改正数据；改正后这一行说明可以删除。",
  en: {
    title: "An error cannot be explained instead of corrected",
    explanation:
      "「审核说明」 (explanations) count only for warnings (plausibility checks): a warning may be true, and with the reason written it shows as explained. An error (logic check) means the data contradicts itself and must be corrected, so an explanation given for an error has no effect and the error stays open.",
    example: "The grades of 「学生与班级」 do not add up to the total (312-01, error), and 「审核说明」 says 「合计以学籍系统为准」 (the total follows the student registration system).",
    fix: "Correct the data from the source records; once corrected, the explanation row can be deleted.",
  },
  texts: {
    "E-01": template<{ sheetName: string; rule: string; title: string }>(
      (p) => `「${p.sheetName}」中对错误 ${p.rule}${p.title ? ` ${p.title}` : ""} 填写了说明，错误必须改正，说明不起作用`,
      (p) => `「${p.sheetName}」 explains error ${p.rule}; errors must be corrected, so the explanation has no effect`,
    ),
  },
} satisfies RuleInfo;

export const EXPLANATION_RULES_INFO: readonly RuleInfo[] = [E01];
