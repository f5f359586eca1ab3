import { runCheck } from "../../src/domain/check";
import { InputError } from "../../src/domain/errors";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import { HostError } from "../../src/workbook/host";
import { enUS } from "../../src/taskpane/i18n/enUS";
import { zhCN } from "../../src/taskpane/i18n/zhCN";
import {
  clearHighlights,
  errorMessage,
  findingAt,
  PHASES,
  recordExplanation,
  runSession,
  selectFinding,
  writeOutputSheets,
  writeStandardsSheet,
  type Phase,
} from "../../src/taskpane/session";
import { GridHost, sampleGrid } from "./gridHost";
import { firstYear, lastYearWorkbook, withSchoolCells, yearGrid } from "../helpers/yearPair";

const expected = runCheck(sampleGrid());
/** The English words, with the unexpected and Excel's failures marked so a test can tell them. */
const unexpected = { ...enUS.errors, unexpected: (detail: string) => `意外：${detail}`, fromExcel: (said: { code: string }, chinese: string) => `${said.code}｜${chinese}` };

describe("runSession", () => {
  it("goes through the four phases in order and reports each", async () => {
    const phases: [Phase, number][] = [];
    await runSession(new GridHost(), {}, (p, i) => phases.push([p, i]));
    expect(phases).toEqual(PHASES.map((p, i) => [p, i]));
    expect(PHASES).toEqual(["read", "recognise", "check", "highlight"]);
  });

  it("gives the engine's run and writes only its highlights", async () => {
    const host = new GridHost();
    const { run, grid, highlighted } = await runSession(host, {});
    expect(run.summary).toEqual(expected.summary);
    expect(run.findings).toEqual(expected.findings);
    expect(highlighted).toBe(true);
    expect(host.writes).toEqual([{ highlights: checkWritePlan(expected, grid).highlights, sheets: [] }]);
    expect(host.highlighted("error")).toContain("学生与班级!C8");
  });

  it("compares with last year's workbook when one is given", async () => {
    const year1 = firstYear();
    const code = String(year1.sheets.facilities![3].code);
    const year2 = withSchoolCells(year1, code, "facilities", { books: 1 });
    const { run } = await runSession(new GridHost(yearGrid(year2)), { previous: lastYearWorkbook(yearGrid(year1)) });
    expect(run.findings.filter((f) => f.rule.startsWith("H-")).map((f) => [f.rule, f.schoolId])).toEqual([["H-02", code]]);
  });

  it("carries last year's 整改中 over when asked", async () => {
    const lastYear = new GridHost(yearGrid(firstYear()));
    const checked = await runSession(lastYear, {});
    await writeOutputSheets(lastYear, checked.run, checked.grid);
    const key = checked.run.rectification.find((i) => /\|S\d+$/.test(i.key))!.key;
    const list = lastYear.sheet("整改清单")!;
    const rows = list.rows.map((r) => (r.includes(key) ? r.map((v) => (v === "未整改" ? "整改中" : v)) : r));
    const previous = lastYearWorkbook({ ...lastYear.grid, sheets: lastYear.grid.sheets.map((sh) => (sh === list ? { ...list, rows } : sh)) });
    const status = async (carryOver: boolean) => (await runSession(new GridHost(yearGrid(firstYear())), { previous, carryOver })).run.rectification.find((i) => i.key === key)!.status;
    expect(await status(true)).toBe("整改中");
    expect(await status(false)).toBe("未整改");
  });

  it("uses the chosen pack", async () => {
    const { run } = await runSession(new GridHost(), { packId: "national-2017-quality" });
    expect(run.pack.id).toBe("national-2017-quality");
  });

  it("fails before writing anything when the host cannot read", async () => {
    const host = new GridHost();
    host.failNext("read", "工作簿正在编辑单元格，请先按 Enter 完成输入。");
    const failure = runSession(host, {});
    await expect(failure).rejects.toBeInstanceOf(HostError);
    expect(host.writes).toEqual([]);
    expect(host.clears).toBe(0);
  });

  it("fails at 识别表头 with the engine's Chinese reason when there is no register", async () => {
    const host = new GridHost({ sheets: [{ name: "Sheet1", rows: [["你好"]], merges: [], visibility: "visible" }], ownedSheets: [] });
    const phases: Phase[] = [];
    const failure = runSession(host, {}, (p) => phases.push(p));
    await expect(failure).rejects.toBeInstanceOf(InputError);
    await expect(failure).rejects.toThrow(/没有找到统计登记表/);
    expect(phases).toEqual(["read", "recognise"]);
    expect(host.writes).toEqual([]);
  });
});

describe("writing on request", () => {
  it("writes the result sheets and the report (with its template the first time), and 标准参数 when asked, keeping the highlights", async () => {
    const host = new GridHost();
    const { run, grid } = await runSession(host, {});
    const before = host.highlights;
    expect(await writeOutputSheets(host, run, grid)).toEqual(["审核结果", "指标计算", "差异系数", "整改清单", "工作进度", "考核自查", "自评报告", "自评报告模板"]);
    expect(host.highlights).toEqual(before);
    // The template is in the workbook now, where users edit it: it is not written again.
    expect(await writeOutputSheets(host, run, grid, { writeStandards: true })).toEqual(["审核结果", "指标计算", "差异系数", "整改清单", "工作进度", "考核自查", "自评报告", "标准参数"]);
    expect(host.highlights).toEqual(before);
  });

  it("does not bring cleared highlights back when writing sheets", async () => {
    const host = new GridHost();
    const { run, grid } = await runSession(host, {});
    await clearHighlights(host);
    await writeOutputSheets(host, run, grid, { highlighted: false });
    await writeStandardsSheet(host, run, grid, { highlighted: false });
    expect(host.highlights).toEqual([]);
  });

  it("writes 标准参数 alone, beside a user's own sheet of that name", async () => {
    const host = new GridHost();
    const { run } = await runSession(host, {});
    expect(await writeStandardsSheet(host, run, host.grid)).toBe("标准参数");
    const own = new GridHost({ ...sampleGrid(), sheets: [...sampleGrid().sheets, { name: "标准参数", rows: [["我的表"]], merges: [], visibility: "visible" }] });
    expect(await writeStandardsSheet(own, run, own.grid)).toBe("标准参数(2)");
    expect(own.sheet("标准参数")!.rows).toEqual([["我的表"]]);
  });

  it("clears highlights through the host", async () => {
    const host = new GridHost();
    await clearHighlights(host);
    expect(host.clears).toBe(1);
  });
});

describe("findings and cells", () => {
  it("selects a finding's first cell; a finding without cells selects nothing", async () => {
    const host = new GridHost();
    const finding = expected.findings.find((f) => f.rule === "312-01")!;
    expect(await selectFinding(host, finding)).toBe(true);
    expect(host.selections).toEqual([{ sheet: "学生与班级", cell: finding.cells[0] }]);
    const note = expected.findings.find((f) => f.sheet === null)!;
    expect(await selectFinding(host, note)).toBe(false);
    expect(host.selections).toHaveLength(1);
  });

  it("finds the findings whose cells include the selected cell", () => {
    const finding = expected.findings.find((f) => f.rule === "312-01")!;
    expect(findingAt(expected, { sheet: finding.sheet!, cell: finding.cells[3] })).toEqual([finding]);
    expect(findingAt(expected, { sheet: "教职工", cell: finding.cells[3] })).toEqual([]);
    expect(findingAt(expected, { sheet: finding.sheet!, cell: "A1" })).toEqual([]);
  });
});

describe("recordExplanation", () => {
  const date = new Date(2016, 8, 20);

  it("appends the 说明 to 审核说明 with every row already there and marks the warning 已说明", async () => {
    const host = new GridHost();
    let session = await runSession(host, {});
    const [errorsBefore, belowBefore] = [host.highlighted("error"), host.highlighted("below")];
    expect(belowBefore.length).toBeGreaterThan(0);
    const [large, name] = ["212-04", "X-02"].map((rule) => session.run.findings.find((f) => f.rule === rule)!);
    session = await recordExplanation(host, session, large, { text: "复式班，下学期分班", author: "岩温", date });
    session = await recordExplanation(host, session, session.run.findings.find((f) => f.rule === "X-02")!, { text: "简称", author: "岩温", date });
    expect(host.sheet("审核说明")!.rows).toEqual([
      ["规则", "学校标识码", "单元格", "说明", "填写人", "日期", "原值"],
      ["212-04", large.schoolId, large.cells.join("、"), "复式班，下学期分班", "岩温", "2016-09-20", "S4=1"],
      ["X-02", name.schoolId, name.cells.join("、"), "简称", "岩温", "2016-09-20", "B4=勐往中学"],
    ]);
    expect(session.run.findings.filter((f) => f.explained).map((f) => f.rule)).toEqual(["212-04", "X-02"]);
    // The explained warnings lose their yellow; every other highlight stays.
    expect(host.highlighted("warning")).toEqual(expected.findings.filter((f) => f.rule === "D02").map((f) => `${f.sheet}!${f.cells[0]}`));
    expect(host.highlighted("error")).toEqual(errorsBefore);
    expect(host.highlighted("below")).toEqual(belowBefore);
    expect(host.writes.slice(1).every((w) => w.sheets.length === 1)).toBe(true);
  });

  it("replaces the earlier 说明 of a warning instead of adding a second row", async () => {
    const host = new GridHost();
    const session = await runSession(host, {});
    const large = session.run.findings.find((f) => f.rule === "212-04")!;
    await recordExplanation(host, session, large, { text: "复式班", author: "岩温", date });
    await recordExplanation(host, session, large, { text: "复式班，已分班", author: "玉香", date });
    expect(host.sheet("审核说明")!.rows.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual([["212-04", "复式班，已分班", "玉香"]]);
  });

  it("keeps the highlights off after 清除标色", async () => {
    const host = new GridHost();
    const session = await runSession(host, {});
    await clearHighlights(host);
    const warning = session.run.findings.find((f) => f.severity === "warning")!;
    await recordExplanation(host, { ...session, highlighted: false }, warning, { text: "说明", author: "岩温", date });
    expect(host.highlights).toEqual([]);
  });

  it("keeps rows a user typed into 审核说明 since, and a later check shows the warning 已说明 and leaves it uncoloured", async () => {
    const host = new GridHost();
    const session = await runSession(host, {});
    const large = session.run.findings.find((f) => f.rule === "212-04")!;
    await recordExplanation(host, session, large, { text: "复式班", author: "岩温", date });
    const typed = host.sheet("审核说明")!;
    host.grid = { ...host.grid, sheets: host.grid.sheets.map((s) => (s === typed ? { ...s, rows: [...s.rows, ["D02", "5328221008", "F10", "手写的说明", "玉香", "2016-09-21"]] } : s)) };
    const again = await runSession(host, {});
    expect(again.run.findings.filter((f) => f.explained).map((f) => f.rule)).toEqual(["212-04", "D02"]);
    expect(again.run.summary).toEqual(expected.summary);
    const last = host.writes[host.writes.length - 1];
    const yellow = last.highlights.filter((g) => g.kind === "warning").flatMap((g) => g.cells);
    expect(yellow).not.toContain(large.cells[0]);
    expect(yellow).not.toContain("F10");
  });

  it("refuses errors and empty text, writing nothing", async () => {
    const host = new GridHost();
    const session = await runSession(host, {});
    const error = session.run.findings.find((f) => f.severity === "error")!;
    const warning = session.run.findings.find((f) => f.severity === "warning")!;
    await expect(recordExplanation(host, session, error, { text: "x", author: "y" })).rejects.toBeInstanceOf(InputError);
    await expect(recordExplanation(host, session, warning, { text: "  ", author: "y" })).rejects.toBeInstanceOf(InputError);
    expect(host.writes).toHaveLength(1);
  });

  it("leaves the session as it was when the host cannot write", async () => {
    const host = new GridHost();
    const session = await runSession(host, {});
    host.failNext("write", "工作簿受保护，无法添加工作表。");
    const warning = session.run.findings.find((f) => f.severity === "warning")!;
    await expect(recordExplanation(host, session, warning, { text: "说明", author: "岩温" })).rejects.toThrow("工作簿受保护，无法添加工作表。");
    expect(host.sheet("审核说明")).toBeUndefined();
  });
});

describe("errorMessage", () => {
  it("gives the host's and the engine's words as they are, and wraps anything else", () => {
    expect(errorMessage(new HostError("工作表已改名"), zhCN.errors)).toBe("工作表已改名");
    expect(errorMessage(new InputError("工作簿是空的"), zhCN.errors)).toBe("工作簿是空的");
    // In English, by kind: no Chinese but the user's names.
    expect(errorMessage(new InputError("工作簿是空的", { kind: "emptyWorkbook" }), unexpected)).toBe("The workbook is empty: none of its sheets has any content.");
    expect(errorMessage(new InputError("…", { kind: "unusableFor", use: "previousYear", file: "2015.xlsx", inner: { kind: "noSheets" } }), unexpected)).toBe(
      'Last year\'s data "2015.xlsx" cannot be used. The workbook has no sheets.',
    );
    expect(errorMessage(new HostError("WPS 表格未能完成清除标色", undefined, undefined, { wps: { action: "clear", message: "" } }), unexpected)).toMatch(/^WPS Spreadsheets could not finish clearing the colours\. A sheet/);
    expect(errorMessage(new TypeError("x is undefined"), unexpected)).toBe("意外：x is undefined");
    expect(errorMessage("boom", unexpected)).toBe("意外：boom");
    // A failure Excel reported goes through the catalog's words for Excel, with Excel's code.
    expect(errorMessage(new HostError("Excel 拒绝了修改", { code: "AccessDenied", message: "You cannot perform the requested operation." }), unexpected)).toBe("AccessDenied｜Excel 拒绝了修改");
    // A refusal before writing is said by kind, in the catalog's language.
    expect(errorMessage(new HostError("工作簿结构受保护", undefined, { kind: "structureProtected" }), unexpected)).toBe(enUS.errors.structureProtected);
    expect(errorMessage(new HostError("受保护", undefined, { kind: "clearProtected", sheet: "学生与班级" }), unexpected)).toBe(`"学生与班级" is protected, so its colours cannot be cleared. Unprotect the sheet and try again.`);
  });
});
