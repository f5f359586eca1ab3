/** What trainers read about 整改清单 entries that cannot be used (the check is readRectificationSheet). */
import type { RuleInfo } from "./types";
import { template } from "./texts";

export const L01 = {
  id: "L-01",
  // The register is fine; only an entry users typed is not understood, and it is kept as typed.
  severity: "warning",
  table: "整改清单",
  title: "整改清单的状态无法识别",
  explanation:
    "「整改清单」的“状态”只能是 未整改、整改中 或 已完成。写成别的内容时，本次按“未整改”统计，但单元格里的内容原样保留，" +
    "重新写出清单时也不会被改掉，请改成三种写法之一。",
  example: "状态写成「完成了」「已整改」或「进行中」。",
  fix: "在下拉列表中选择 未整改、整改中 或 已完成。",
  en: {
    title: "Unknown status in the rectification list",
    explanation:
      "The 「状态」 (status) of 「整改清单」 (rectification list) can only be 「未整改」 (not rectified), 「整改中」 (in progress) or 「已完成」 (completed). Anything else counts as 「未整改」 this time, but the cell keeps what you wrote and is not overwritten when the list is written again; change it to one of the three.",
    example: "The status reads 「完成了」, 「已整改」 or 「进行中」.",
    fix: "Choose 「未整改」, 「整改中」 or 「已完成」 from the drop-down list.",
  },
  texts: {
    "L-01": template<{ text: string }>(
      (p) => `「状态」填写了「${p.text}」，不是 未整改、整改中 或 已完成，本次按未整改统计`,
      (p) => `The status (状态) “${p.text}” is none of 未整改, 整改中 or 已完成; counted as 未整改 this time`,
    ),
  },
} satisfies RuleInfo;

export const RECTIFICATION_RULES_INFO: readonly RuleInfo[] = [L01];
