import { detectHost, hostMessage } from "../../src/taskpane/wps/hostKind";

describe("WPS page host check", () => {
  it("tells WPS 表格 from WPS 文字, Excel and a plain browser by the globals each provides", () => {
    expect(detectHost({ Application: { ActiveWorkbook: null } })).toBe("wps-et");
    expect(detectHost({ Application: { ActiveDocument: {} } })).toBe("wps-other");
    expect(detectHost({ Office: {} })).toBe("excel");
    expect(detectHost({})).toBe("browser");
  });

  it("loads the pane only in WPS 表格, and otherwise names what it found and what to do, in Chinese or English", () => {
    expect(hostMessage("wps-et")).toBeNull();
    expect(hostMessage("excel")).toMatch(/^已检测到：Microsoft Excel。.*Excel 加载项/);
    expect(hostMessage("wps-other")).toMatch(/^已检测到：WPS，但不是 WPS 表格。/);
    expect(hostMessage("browser")).toMatch(/^已检测到：普通浏览器，没有 WPS 表格。.*均衡网页版/);
    expect(hostMessage("browser", "en-US")).toMatch(/^Found: a plain browser/);
    expect(hostMessage("excel", "en-GB")).toMatch(/^Found: Microsoft Excel/);
  });
});
