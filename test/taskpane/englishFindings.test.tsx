/** @jest-environment jsdom */
/** The pane in English Office shows English findings (issue 13): the same findings, their sentences in English. */
import { configure, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { runCheck } from "../../src/domain/check";
import { findingMessage } from "../../src/domain/rules/registry";
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

  it("shows it in Chinese otherwise", async () => {
    await checkedPane(undefined, "开始审核", "审核摘要");
    expect(screen.getAllByText(finding.message).length).toBeGreaterThan(0);
    expect(screen.queryByText(english)).toBeNull();
  });
});
