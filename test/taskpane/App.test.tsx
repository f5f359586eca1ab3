/** @jest-environment jsdom */
import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { runCheck } from "../../src/domain/check";
import { App } from "../../src/taskpane/App";
import { GridHost, sampleGrid } from "./gridHost";
import { pretendLayout } from "./jsdomLayout";

const expected = runCheck(sampleGrid());

beforeAll(pretendLayout);
// A whole check runs behind several of these waits; on a loaded two-core CI machine one second is not enough.
configure({ asyncUtilTimeout: 10000 });

function renderPane(host = new GridHost(), displayLanguage?: string) {
  const user = userEvent.setup();
  render(<App host={host} displayLanguage={displayLanguage} />);
  return { host, user };
}

async function runCheckInPane(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "开始审核" }));
  await screen.findByRole("list", { name: "审核摘要" }, { timeout: 10000 });
}

/** The number on the summary tile with this label. */
function tile(label: string): string {
  const summary = screen.getByRole("list", { name: "审核摘要" });
  const item = within(summary)
    .getAllByRole("listitem")
    .find((li) => li.textContent?.startsWith(label));
  if (!item) throw new Error(`no tile ${label}`);
  return item.textContent!.slice(label.length);
}

/** The finding buttons (each selects its cell), by their accessible names. */
function findingButtons(): HTMLElement[] {
  return screen.queryAllByRole("button", { name: /定位到/ });
}

describe("task pane", () => {
  it("opens in Chinese with one primary action", () => {
    renderPane();
    expect(screen.getByRole("heading", { level: 1, name: "均衡" })).toBeTruthy();
    expect(screen.getByText("义务教育均衡发展统计审核")).toBeTruthy();
    expect(screen.getByRole("button", { name: "开始审核" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "规则包" })).toHaveProperty("textContent", expect.stringContaining("云南省县域义务教育基本均衡"));
  });

  it("opens in English when Office is in English", () => {
    renderPane(new GridHost(), "en-US");
    expect(screen.getByRole("button", { name: "Start check" })).toBeTruthy();
  });

  it("shows the summary counts of the check after 开始审核", async () => {
    const { user, host } = renderPane();
    await runCheckInPane(user);
    expect(tile("错误")).toBe(String(expected.summary.error));
    expect(tile("错误")).toBe("8");
    expect(tile("警告")).toBe(String(expected.summary.warning));
    expect(tile("低于标准")).toBe("3");
    expect(tile("否决项")).toBe("0");
    // Only highlights were written.
    expect(host.writes).toHaveLength(1);
    expect(host.writes[0].sheets).toEqual([]);
    expect(host.writes[0].highlights.length).toBeGreaterThan(0);
  });

  it("hides warnings with the severity filter", async () => {
    const { user } = renderPane();
    await runCheckInPane(user);
    const warning = expected.findings.find((f) => f.severity === "warning")!;
    expect(screen.getAllByText(warning.message).length).toBeGreaterThan(0);
    await user.click(within(screen.getByRole("group", { name: "按级别筛选" })).getByRole("button", { name: /^警告/ }));
    expect(screen.queryByText(warning.message)).toBeNull();
    expect(findingButtons()).toHaveLength(expected.summary.error);
  });

  it("narrows the findings to one school with the search box", async () => {
    const { user } = renderPane();
    await runCheckInPane(user);
    await user.type(screen.getByRole("searchbox", { name: "搜索问题" }), "坝散");
    const schools = screen.getAllByRole("heading", { level: 3 });
    expect(schools.map((h) => h.textContent)).toEqual([expect.stringContaining("坝散小学")]);
    expect(findingButtons()).toHaveLength(expected.findings.filter((f) => f.schoolName === "坝散小学" && f.severity !== "info").length);
  });

  it("selects a finding's first cell in the workbook when it is clicked", async () => {
    const { user, host } = renderPane();
    await runCheckInPane(user);
    const finding = expected.findings.find((f) => f.schoolName === "南果河小学" && f.rule === "312-01")!;
    await user.click(screen.getByRole("button", { name: new RegExp(`^错误 312-01：${finding.message}`) }));
    expect(host.selections).toEqual([{ sheet: finding.sheet, cell: finding.cells[0] }]);
  });

  it("shows the finding of the cell the user selects in Excel", async () => {
    const { user, host } = renderPane();
    await runCheckInPane(user);
    const finding = expected.findings.find((f) => f.rule === "212-04")!;
    act(() => host.fireSelection({ sheet: finding.sheet!, cell: finding.cells[0] }));
    const panel = await screen.findByRole("region", { name: `所选单元格 ${finding.sheet}!${finding.cells[0]} 的问题` });
    expect(within(panel).getByText(finding.message)).toBeTruthy();
    // A cell without findings shows no panel.
    act(() => host.fireSelection({ sheet: finding.sheet!, cell: "A1" }));
    expect(screen.queryByRole("region", { name: /所选单元格/ })).toBeNull();
  });

  it("does not open the selection panel for a cell the pane selected itself", async () => {
    const { user, host } = renderPane();
    host.echoSelections = true;
    await runCheckInPane(user);
    await user.click(screen.getByRole("button", { name: /^警告 212-04/ }));
    expect(host.selections).toHaveLength(1);
    expect(screen.queryByRole("region", { name: /所选单元格/ })).toBeNull();
    // The user's own click elsewhere and back opens it.
    const [{ sheet, cell }] = host.selections;
    act(() => host.fireSelection({ sheet, cell: "A1" }));
    act(() => host.fireSelection({ sheet, cell }));
    expect(await screen.findByRole("region", { name: /所选单元格/ })).toBeTruthy();
  });

  it("has headings without skipped levels and buttons named after their finding", async () => {
    const { user } = renderPane();
    await runCheckInPane(user);
    // 上年数据 and 档案汇总 start closed, each behind a level-2 heading.
    for (const name of ["上年数据", "档案汇总（多年）"]) {
      expect(screen.getByRole("heading", { level: 2, name })).toBeTruthy();
      expect(screen.getByRole("button", { name })).toHaveProperty("ariaExpanded", "false");
    }
    expect(screen.queryByRole("button", { name: "写入档案汇总" })).toBeNull();
    for (const tab of ["问题", "指标", "差异系数", "整改清单"]) {
      await user.click(screen.getByRole("tab", { name: tab }));
      // The headings a screen reader lists: not those inside a hidden panel (a selector, not role queries, which
      // take seconds on a whole pane in jsdom).
      const shown = [...document.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6")].filter((h) => !h.closest("[hidden]"));
      const levels = shown.map((h) => Number(h.tagName.slice(1)));
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1] + 1));
    }
    await user.click(screen.getByRole("tab", { name: "问题" }));
    // Each finding's "规则说明" and "填写说明" say whose they are: no two alike.
    for (const action of [/^规则说明：/, /^填写说明：/]) {
      const names = [...document.querySelectorAll("#panel-findings button[aria-label]")].map((b) => b.getAttribute("aria-label")!).filter((n) => action.test(n));
      expect(names.length).toBeGreaterThan(1);
      expect(new Set(names).size).toBe(names.length);
    }
    const finding = expected.findings.find((f) => f.rule === "212-04")!;
    expect(screen.getByRole("button", { name: `填写说明：212-04 ${finding.sheet}!${finding.cells[0]}` })).toBeTruthy();
  });

  it("opens the rule's plain explanation, example and fix", async () => {
    const { user } = renderPane();
    await runCheckInPane(user);
    const item = screen.getByRole("button", { name: /^错误 312-01/ }).closest("li")!;
    await user.click(within(item as HTMLElement).getByRole("button", { name: /^规则说明：312-01 / }));
    for (const term of ["说明", "错误填法", "改法"]) expect(within(item as HTMLElement).getByText(term)).toBeTruthy();
  });

  it("clears the highlights with 清除标色", async () => {
    const { user, host } = renderPane();
    await runCheckInPane(user);
    await user.click(screen.getByRole("button", { name: "清除标色" }));
    await waitFor(() => expect(host.clears).toBe(1));
    expect(host.highlights).toEqual([]);
    expect(await screen.findByText("已清除本次审核标出的颜色。")).toBeTruthy();
  });

  it("keeps the colours off after 清除标色 when result sheets are written", async () => {
    const { user, host } = renderPane();
    await runCheckInPane(user);
    await user.click(screen.getByRole("button", { name: "清除标色" }));
    await screen.findByText("已清除本次审核标出的颜色。");
    await user.click(screen.getByRole("button", { name: "写出结果表" }));
    await screen.findByText(/已写出工作表/);
    expect(host.highlights).toEqual([]);
  });

  it("writes the result sheets only when asked", async () => {
    const { user, host } = renderPane();
    await runCheckInPane(user);
    await user.click(screen.getByRole("button", { name: "写出结果表" }));
    await waitFor(() => expect(host.writes).toHaveLength(2));
    expect(host.writes[1].sheets.map((s) => s.name)).toEqual(["审核结果", "指标计算", "差异系数", "整改清单", "工作进度", "考核自查", "自评报告", "自评报告模板"]);
    expect(host.writes[1].highlights).toEqual(host.writes[0].highlights);
  });

  it("shows a host failure in Chinese in the message bar and writes nothing", async () => {
    const host = new GridHost();
    host.failNext("read", "工作表「学生与班级」受保护，无法读取。");
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "开始审核" }));
    const alert = await screen.findByText("工作表「学生与班级」受保护，无法读取。");
    expect(alert.closest("[role=group], .fui-MessageBar")).toBeTruthy();
    expect(screen.getByText("无法完成")).toBeTruthy();
    expect(host.writes).toEqual([]);
  });

  it("shows the primary composite coefficient with three decimals", async () => {
    const { user } = renderPane();
    await runCheckInPane(user);
    await user.click(screen.getByRole("tab", { name: "差异系数" }));
    const primary = screen.getByRole("region", { name: "小学" });
    expect(within(primary).getByText("0.229")).toBeTruthy();
    expect(expected.evaluation.balance.primary.composite!.toFixed(3)).toBe("0.229");
  });

  it("records a 说明 for a warning and shows it as 已说明", async () => {
    const { user, host } = renderPane();
    await runCheckInPane(user);
    const warning = expected.findings.find((f) => f.rule === "212-04")!;
    const item = screen.getByRole("button", { name: new RegExp(`^警告 212-04`) }).closest("li") as HTMLElement;
    await user.click(within(item).getByRole("button", { name: /^填写说明：/ }));
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByRole("textbox", { name: /^说明/ }), "该班为复式合班，下学期分班");
    await user.click(within(dialog).getByRole("button", { name: "保存说明" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const rows = host.sheet("审核说明")!.rows;
    expect(rows[0]).toEqual(["规则", "学校标识码", "单元格", "说明", "填写人", "日期", "原值"]);
    expect(rows[1].slice(0, 5)).toEqual(["212-04", warning.schoolId, warning.cells.join("、"), "该班为复式合班，下学期分班", "示例统计员"]);
    const again = (await screen.findByRole("button", { name: new RegExp(`^警告 212-04`) })).closest("li") as HTMLElement;
    expect(within(again).getByText("已说明")).toBeTruthy();
    expect(within(again).queryByRole("button", { name: /^填写说明：/ })).toBeNull();
  });

  it("shows why a 说明 could not be saved inside the dialog", async () => {
    const { user, host } = renderPane();
    await runCheckInPane(user);
    const item = screen.getByRole("button", { name: /^警告 212-04/ }).closest("li") as HTMLElement;
    await user.click(within(item).getByRole("button", { name: /^填写说明：/ }));
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByRole("textbox", { name: /^说明/ }), "复式班");
    host.failNext("write", "工作簿的结构受保护，无法添加工作表「审核说明」。");
    await user.click(within(dialog).getByRole("button", { name: "保存说明" }));
    expect(await within(dialog).findByText("工作簿的结构受保护，无法添加工作表「审核说明」。")).toBeTruthy();
    expect(host.sheet("审核说明")).toBeUndefined();
  });

  it("keeps the search when switching views and back", async () => {
    const { user } = renderPane();
    await runCheckInPane(user);
    await user.type(screen.getByRole("searchbox", { name: "搜索问题" }), "坝散");
    await user.click(screen.getByRole("tab", { name: "指标" }));
    expect(screen.queryByRole("searchbox", { name: "搜索问题" })).toBeNull();
    await user.click(screen.getByRole("tab", { name: "问题" }));
    expect(screen.getByRole("searchbox", { name: "搜索问题" })).toHaveProperty("value", "坝散");
  });

  it("offers no 说明 for errors", async () => {
    const { user } = renderPane();
    await runCheckInPane(user);
    const item = screen.getByRole("button", { name: /^错误 312-01/ }).closest("li") as HTMLElement;
    expect(within(item).queryByRole("button", { name: /^填写说明：/ })).toBeNull();
  });

  it("can be used with the keyboard: tab to 开始审核 and press Enter", async () => {
    const { user, host } = renderPane();
    const start = screen.getByRole("button", { name: "开始审核" });
    for (let i = 0; i < 10 && document.activeElement !== start; i++) await user.tab();
    expect(document.activeElement).toBe(start);
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("list", { name: "审核摘要" }, { timeout: 10000 })).toBeTruthy();
    // On to the first finding, and Enter selects its cell.
    const first = findingButtons()[0];
    for (let i = 0; i < 40 && document.activeElement !== first; i++) await user.tab();
    expect(document.activeElement).toBe(first);
    await user.keyboard("{Enter}");
    expect(host.selections).toHaveLength(1);
    // Arrow keys move through the tree: down to the next school's header, up back to this finding.
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement?.closest("h3")?.textContent).toBe("勐往乡中学2");
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(first);
    // Dozens of Tab presses through Fluent's focus manager take long on a loaded two-core machine.
  }, 90_000);
});
