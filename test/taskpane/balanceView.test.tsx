/** @jest-environment jsdom */
/** The 差异系数 tab on a county: the schools behind the spread come a few at a time, largest shares first. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BalanceView } from "../../src/taskpane/components/BalanceView";
import { catalogFor, StringsProvider } from "../../src/taskpane/i18n/strings";
import type { StageView } from "../../src/taskpane/model/balance";

const county: StageView = {
  stage: "primary",
  units: 75,
  mode: "composite",
  composite: 0.4,
  whatIfComposite: 0.3,
  threshold: 0.65,
  passed: true,
  indicators: [{ id: "B1", name: "生均教学及辅助用房面积", mean: 5, cv: 0.4, whatIfCv: 0.3, reason: null }],
  contributions: Array.from({ length: 75 }, (_, i) => ({ unitId: `u${i}`, name: `学校${i}`, students: 100, shares: { B1: (i + 1) / 2850 } })),
};

it("lists the 20 largest shares first and 50 more at each click", async () => {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider catalog={catalogFor("zh-CN")}>
        <BalanceView stages={[county]} />
      </StringsProvider>
    </FluentProvider>,
  );
  const table = () => screen.getByRole("table", { name: /各校对差异的贡献/ });
  const names = () => within(table()).getAllByRole("row").slice(1).map((r) => r.firstElementChild?.textContent);
  expect(names()).toHaveLength(20);
  expect(names()[0]).toBe("学校74");
  await user.click(screen.getByRole("button", { name: "再显示 50 所（共 75 所）" }));
  expect(names()).toHaveLength(70);
  await user.click(screen.getByRole("button", { name: "再显示 5 所（共 75 所）" }));
  expect(names()).toHaveLength(75);
  expect(screen.queryByRole("button", { name: /再显示/ })).toBeNull();
});
