/**
 * Decides, before React and the pane's bundle load, whether this Excel can run the add-in.
 * Pure (no Office or DOM access) so it is unit-tested; bootstrap.ts supplies the real inputs.
 * This file and bootstrap.ts are compiled to ES5 by webpack: they must run, and show the message,
 * in the IE11 webview that Office 2016/2019 on older Windows still uses. So: no String#includes etc.
 */

export const UNSUPPORTED_MESSAGE =
  "您的 Excel 版本过旧，无法运行均衡加载项。请升级到 Microsoft 365 或 Office 2021 及以上版本（Mac 上 Office 2019 及以上），" +
  "或使用均衡网页版（在任何现代浏览器中打开，支持 WPS 导出的 .xlsx）。";

/** The page was opened in a browser, not from Excel's ribbon. */
export const NOT_IN_EXCEL_MESSAGE = "请在 Excel 中通过“开始”选项卡上的“统计审核”按钮打开均衡加载项。";

/** office.js did not load: typically an intranet that blocks Microsoft's CDN. */
export const NO_OFFICE_JS_MESSAGE =
  "Office 脚本库（office.js）未能加载，请检查网络连接；内网部署请管理员使用离线 office.js 构建（见 README）。";

/** How long Office.onReady may take before the pane says so instead of staying blank. */
export const READY_TIMEOUT_MS = 20000;

/** Office.onReady never came: office.js loaded but Office did not start the add-in. */
export const NOT_READY_MESSAGE = "Excel 没有启动均衡加载项（等待 20 秒仍未就绪）。请关闭任务窗格后重新打开；如仍不行，请重启 Excel。";

/** The same messages for an English browser (bootstrap runs before Office tells the display language). */
export const ENGLISH_MESSAGES: Readonly<Record<string, string>> = {
  [UNSUPPORTED_MESSAGE]:
    "This Excel is too old to run Junheng. Please update to Microsoft 365 or Office 2021 or later (Office 2019 or later on Mac), or use the Junheng web page in any modern browser.",
  [NOT_IN_EXCEL_MESSAGE]: "Please open Junheng in Excel, with the Statistics check button on the Home tab.",
  [NO_OFFICE_JS_MESSAGE]: "The Office script library (office.js) did not load. Please check the network connection; on an intranet, ask the administrator for the offline office.js build (see README).",
  [NOT_READY_MESSAGE]: "Excel did not start the Junheng add-in (still not ready after 20 seconds). Close the task pane and open it again; if that does not help, restart Excel.",
};

/** A message in the browser's language: English for English, Chinese otherwise. */
export function inLanguage(message: string, language: string | undefined): string {
  return language && /^en\b/i.test(language) && ENGLISH_MESSAGES[message] ? ENGLISH_MESSAGES[message] : message;
}

/** The floor the manifest declares; see the comment on <Requirements> in manifest.xml. */
export const MIN_EXCEL_API = "1.7";

export interface HostInfo {
  userAgent: string;
  isSetSupported: (name: string, minVersion: string) => boolean;
}

// IE11 (Trident) and the EdgeHTML webview ("Edge/18…"; Chromium Edge says "Edg/") cannot run the pane's
// modern JavaScript and lack ExcelApi 1.7 features in practice, whatever the requirement sets claim.
const OLD_WEBVIEW = /Trident\/|MSIE |\bEdge\/\d/;

/** null when the pane can load; otherwise the message to show instead of it. */
export function checkHost(host: HostInfo): string | null {
  if (OLD_WEBVIEW.test(host.userAgent)) return UNSUPPORTED_MESSAGE;
  let supported = false;
  try {
    supported = host.isSetSupported("ExcelApi", MIN_EXCEL_API);
  } catch {
    supported = false; // an Office too old to know requirement sets
  }
  return supported ? null : UNSUPPORTED_MESSAGE;
}
