import { checkHost, inLanguage, MIN_EXCEL_API, NO_OFFICE_JS_MESSAGE, NOT_IN_EXCEL_MESSAGE, NOT_READY_MESSAGE, UNSUPPORTED_MESSAGE } from "../../src/taskpane/hostCheck";

// User agents of the webviews Office uses on Windows and Mac, and of Excel on the web.
const UA = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  ie11Compat: "Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; WOW64; Trident/7.0; ms-office; MSOffice 16)",
  edgeHtml:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  webView2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
  macWebKit: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
  chrome: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
};

/** An Office that supports ExcelApi up to `max` (minor versions of 1.x). */
function excelApiUpTo(max: number) {
  const calls: Array<[string, string]> = [];
  const isSetSupported = (name: string, version: string) => {
    calls.push([name, version]);
    return name === "ExcelApi" && Number(version.split(".")[1]) <= max;
  };
  return { isSetSupported, calls };
}

describe("checkHost", () => {
  test.each([
    ["WebView2 (Microsoft 365 on Windows)", UA.webView2],
    ["WebKit (Excel for Mac)", UA.macWebKit],
    ["Chrome (Excel on the web)", UA.chrome],
  ])("lets a modern webview with ExcelApi 1.7 load the pane: %s", (_name, userAgent) => {
    const office = excelApiUpTo(17);
    expect(checkHost({ userAgent, isSetSupported: office.isSetSupported })).toBeNull();
    expect(office.calls).toEqual([["ExcelApi", MIN_EXCEL_API]]);
  });

  test.each([
    ["IE11", UA.ie11],
    ["IE11 in compatibility mode", UA.ie11Compat],
    ["EdgeHTML", UA.edgeHtml],
  ])("refuses %s even when the requirement set is reported", (_name, userAgent) => {
    expect(checkHost({ userAgent, isSetSupported: excelApiUpTo(17).isSetSupported })).toBe(UNSUPPORTED_MESSAGE);
  });

  test("refuses an Excel below ExcelApi 1.7 (Office 2016 perpetual has 1.2)", () => {
    expect(checkHost({ userAgent: UA.webView2, isSetSupported: excelApiUpTo(2).isSetSupported })).toBe(UNSUPPORTED_MESSAGE);
    expect(checkHost({ userAgent: UA.webView2, isSetSupported: excelApiUpTo(6).isSetSupported })).toBe(UNSUPPORTED_MESSAGE);
  });

  test("refuses when the requirement check itself throws", () => {
    const isSetSupported = () => {
      throw new Error("requirements unavailable");
    };
    expect(checkHost({ userAgent: UA.webView2, isSetSupported })).toBe(UNSUPPORTED_MESSAGE);
  });

  test("the message is the agreed plain Chinese text", () => {
    expect(UNSUPPORTED_MESSAGE).toBe(
      "您的 Excel 版本过旧，无法运行均衡加载项。请升级到 Microsoft 365 或 Office 2021 及以上版本（Mac 上 Office 2019 及以上），或使用均衡网页版（在任何现代浏览器中打开，支持 WPS 导出的 .xlsx）。",
    );
  });
});

describe("host messages in the browser's language", () => {
  it("shows an English browser every message in English, any other in Chinese", () => {
    for (const message of [UNSUPPORTED_MESSAGE, NOT_IN_EXCEL_MESSAGE, NO_OFFICE_JS_MESSAGE, NOT_READY_MESSAGE]) {
      expect(inLanguage(message, "en-GB")).not.toMatch(/[\u4e00-\u9fff]/);
      expect(inLanguage(message, "zh-CN")).toBe(message);
    }
  });
});
