/**
 * Which application the WPS page was opened in, and what to tell the user when it is not WPS 表格. Pure: the page
 * passes its globals, tests pass their own. WPS injects `Application` into its add-in pages (wps is the same
 * object); ET's has `ActiveWorkbook`, WPS 文字's `ActiveDocument`. Office.js defines `Office`.
 */
export type HostKind = "wps-et" | "wps-other" | "excel" | "browser";

export interface PageGlobals {
  readonly Application?: unknown;
  readonly Office?: unknown;
}

export function detectHost(globals: PageGlobals): HostKind {
  const app = globals.Application;
  if (typeof app === "object" && app !== null) return "ActiveWorkbook" in app ? "wps-et" : "wps-other";
  if (globals.Office !== undefined) return "excel";
  return "browser";
}

type Messages = Record<Exclude<HostKind, "wps-et">, string>;

const ZH: Messages = {
  "wps-other": "已检测到：WPS，但不是 WPS 表格。均衡只能在 WPS 表格中使用：请在 WPS 表格中打开登记表，再点“均衡”选项卡上的“统计审核”。",
  excel: "已检测到：Microsoft Excel。这是均衡的 WPS 加载项页面；在 Excel 中请安装均衡的 Excel 加载项（manifest.xml，见使用说明）。",
  browser: "已检测到：普通浏览器，没有 WPS 表格。请在 WPS 表格中点“均衡”选项卡上的“统计审核”打开本页；没有安装加载项时，可以用均衡网页版检查登记表的副本。",
};

const EN: Messages = {
  "wps-other": "Found: WPS, but not WPS Spreadsheets. Junheng works in WPS Spreadsheets only: open the register there and click 统计审核 on the 均衡 tab.",
  excel: "Found: Microsoft Excel. This is Junheng's WPS add-in page; in Excel, install Junheng's Excel add-in (manifest.xml, see the guide).",
  browser:
    "Found: a plain browser, no WPS Spreadsheets. Open this page from WPS Spreadsheets (均衡 tab → 统计审核); without the add-in, check a copy of the register in Junheng's web page.",
};

/** null when the pane can run here; otherwise one line naming what was found and what to do. */
export function hostMessage(kind: HostKind, language = "zh-CN"): string | null {
  if (kind === "wps-et") return null;
  return (/^en\b/i.test(language) ? EN : ZH)[kind];
}
