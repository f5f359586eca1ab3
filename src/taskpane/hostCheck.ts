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
