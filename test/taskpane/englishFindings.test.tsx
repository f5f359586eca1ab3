/** @jest-environment jsdom */
/**
 * The pane in English Office shows English findings (issue 13): the same findings, their sentences in English, and
 * their rules' titles and descriptions in English too (issue 15).
 */
import { configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { runCheck } from "../../src/domain/check";
import { findingMessage, ruleById } from "../../src/domain/rules/registry";
import { App } from "../../src/taskpane/App";
import { GridHost, sampleGrid } from "./gridHost";
import { pretendLayout } from "./jsdomLayout";

const expected = runCheck(sampleGrid());

beforeAll(pretendLayout);
configure({ asyncUtilTimeout: 10000 });

async function checkedPane(displayLanguage: string | undefined, start: string, summary: string) {
  const user = userEvent.setup();
  render(<App host={new GridHost()} displayLanguage={displayLanguage} />);
  await user.click(screen.getByRole("button", { name: start }));
  await screen.findByRole("list", { name: summary }, { timeout: 10000 });
}

describe("findings in the pane's language", () => {
  const finding = expected.findings.find((f) => f.rule === "512-02")!;
  const english = findingMessage(finding, "en-US");

  it("shows a finding's sentence in English when Office is in English", async () => {
    await checkedPane("en-US", "Start check", "Check summary");
    expect(english).toMatch(/^Teaching, office, living and other rooms add up to [\d.]+ m², not to the total building area [\d.]+ m²$/);
    expect(screen.getAllByText(english).length).toBeGreaterThan(0);
    expect(screen.queryByText(finding.message)).toBeNull();
    // The finding's button names it in English too, with the cell it selects.
    expect(screen.getByRole("button", { name: `Error 512-02: ${english}. Go to ${finding.sheet}!${finding.cells[0]}` })).toBeTruthy();
  });

  it("shows a finding's rule help and its rule's title in English when Office is in English", async () => {
    const user = userEvent.setup();
    await checkedPane("en-US", "Start check", "Check summary");
    const rule = ruleById("512-02")!;
    expect(rule.en.explanation).toMatch(/^Total building area = teaching and auxiliary rooms/);
    // The rule's heading above its findings.
    expect(screen.getAllByRole("heading", { level: 5, name: `512-02 ${rule.en.title}` }).length).toBeGreaterThan(0);
    expect(screen.queryAllByRole("heading", { name: `512-02 ${rule.title}` })).toEqual([]);
    const item = screen.getByRole("button", { name: `Error 512-02: ${english}. Go to ${finding.sheet}!${finding.cells[0]}` }).closest("li")!;
    await user.click(within(item).getByRole("button", { name: /^About this rule: 512-02 / }));
    const help = within(item);
    for (const text of [rule.en.explanation, rule.en.example, rule.en.fix, "Explanation", "Wrong entry", "How to fix"]) expect(help.getByText(text)).toBeTruthy();
    for (const text of [rule.explanation, rule.example, rule.fix]) expect(help.queryByText(text)).toBeNull();
  });

  it("shows the rule help in Chinese otherwise", async () => {
    const user = userEvent.setup();
    await checkedPane(undefined, "开始审核", "审核摘要");
    const rule = ruleById("512-02")!;
    const item = screen.getByRole("button", { name: /^错误 512-02/ }).closest("li")!;
    await user.click(within(item).getByRole("button", { name: /^规则说明：512-02 / }));
    expect(within(item).getByText(rule.explanation)).toBeTruthy();
    expect(within(item).queryByText(rule.en.explanation)).toBeNull();
    expect(screen.getAllByRole("heading", { level: 5, name: `512-02 ${rule.title}` }).length).toBeGreaterThan(0);
  });

  it("shows it in Chinese otherwise", async () => {
    await checkedPane(undefined, "开始审核", "审核摘要");
    expect(screen.getAllByText(finding.message).length).toBeGreaterThan(0);
    expect(screen.queryByText(english)).toBeNull();
  });
});
