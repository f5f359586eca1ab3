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
  texts: {
    "L-01": template<{ text: string }>(
      (p) => `「状态」填写了「${p.text}」，不是 未整改、整改中 或 已完成，本次按未整改统计`,
      (p) => `The status (状态) “${p.text}” is none of 未整改, 整改中 or 已完成; counted as 未整改 this time`,
    ),
  },
} satisfies RuleInfo;

export const RECTIFICATION_RULES_INFO: readonly RuleInfo[] = [L01];
