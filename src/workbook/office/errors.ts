/**
 * Office.js failures in words users understand. A raw OfficeExtension.Error ("RichApi.Error: AccessDenied …")
 * never reaches the task pane: every adapter call goes through `toHostError`.
 */
import { HostError } from "../host";

/** The error code of an OfficeExtension.Error (duck-typed: the class only exists inside Office). */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, name, debugInfo } = error as { code?: unknown; name?: unknown; debugInfo?: unknown };
  if (typeof code !== "string") return null;
  const looksOffice = name === "RichApi.Error" || name === "OfficeExtension.Error" || (typeof debugInfo === "object" && debugInfo !== null);
  return looksOffice ? code : null;
}

/**
 * `action` says what was being done (标色, 读取工作簿 …); `subject` names the sheet when the caller knows which
 * one an ItemNotFound is about.
 */
export function toHostError(error: unknown, action: string, subject?: string): unknown {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  if (code === null) return error;
  // Excel's own message travels with the Chinese one, for a pane in another language (HostError.excel).
  const said = { code, message: error instanceof Error ? error.message : "" };
  return new HostError(chineseMessage(code, said.message, action, subject), said);
}

function chineseMessage(code: string, excelMessage: string, action: string, subject?: string): string {
  switch (code) {
    case "AccessDenied":
      return `Excel 拒绝了修改，${action}未完成（AccessDenied）：工作表或工作簿可能受保护。请在 Excel 中撤销保护后再试。`;
    case "ItemNotFound":
      return `${subject ? `找不到${subject}` : "找不到要用的工作表或单元格"}，${action}未完成（ItemNotFound）：工作表可能已被重命名或删除。请重新审核后再试。`;
    case "ApiNotFound":
      return `此版本的 Excel 不支持均衡需要的功能，${action}未完成（ApiNotFound）。请升级到 Microsoft 365 版 Excel 或改用网页版 Excel。`;
    case "RequestPayloadSizeLimitExceeded":
      // Writes are split below Excel's limit (payload.ts), so this is a limit lower than documented: nothing the user can choose fixes it.
      return `一次要写入 Excel 的内容超过了 Excel 的上限，${action}未完成（RequestPayloadSizeLimitExceeded）。请把登记表拆成较小的工作簿后再试。`;
    case "ResponsePayloadSizeLimitExceeded":
      return `工作簿数据超过了 Excel 一次能读出的 5 MB 上限，${action}未完成（ResponsePayloadSizeLimitExceeded）。请把登记表拆成较小的工作簿后再试。`;
    default:
      // Excel's words (in Office's language) say more than the code; a network problem is only one of many causes.
      return `Excel 报告了错误，${action}未完成（${code}${excelMessage ? `：${excelMessage}` : ""}）。请关闭后重新打开加载项再试。`;
  }
}
