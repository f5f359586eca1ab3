/** @jest-environment jsdom */
/** 上年数据 in the pane (and so on the web page, which runs the same App): choose last year's file, then check. */
import "../helpers/jsdomTextEncoder";
import { configure, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { runCheck } from "../../src/domain/check";
import { App } from "../../src/taskpane/App";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { firstYear, lastYearWorkbook, numberAt, withSchoolCells, yearGrid } from "../helpers/yearPair";
import { GridHost } from "./gridHost";
import { pretendLayout, pretendResizeObserver } from "./jsdomLayout";

beforeAll(pretendLayout);
beforeAll(pretendResizeObserver);
configure({ asyncUtilTimeout: 15000 });

const year1 = firstYear();
const code = String(year1.sheets.facilities![3].code);
const year2 = withSchoolCells(year1, code, "facilities", { books: numberAt(year1, code, "facilities", "books") - 300 });
const booksWarning = runCheck(yearGrid(year2), { previous: lastYearWorkbook(yearGrid(year1)) }).findings.find((f) => f.rule === "H-02")!;

async function lastYearFile(): Promise<File> {
  const bytes = await ExcelJsWorkbook.fromGrid(yearGrid(year1)).toBuffer();
  return new File([bytes.slice()], "2015登记表.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "开始审核" }));
  await screen.findByRole("list", { name: "审核摘要" });
}

describe("上年数据", () => {
  it("compares the open workbook with the chosen file: the changed cell is coloured as a warning", async () => {
    const user = userEvent.setup();
    const host = new GridHost(yearGrid(year2));
    render(<App host={host} />);
    // 上年数据 starts closed; the chosen file shows beside it once closed again.
    expect(screen.getByRole("button", { name: "上年数据" })).toHaveProperty("ariaExpanded", "false");
    expect(screen.queryByRole("checkbox")).toBeNull();
    await user.click(screen.getByRole("button", { name: "上年数据" }));
    const carryOver = screen.getByRole("checkbox", { name: "沿用上年的整改状态和考核自查填写内容" });
    expect(carryOver).toHaveProperty("disabled", true);

    await user.upload(screen.getByLabelText("选择上年工作簿…"), await lastYearFile());
    expect(await screen.findByText("已选：2015登记表.xlsx")).toBeTruthy();
    expect(carryOver).toHaveProperty("disabled", false);
    await user.click(screen.getByRole("button", { name: "上年数据" }));
    expect(screen.getAllByText("已选：2015登记表.xlsx").filter((e) => !e.closest("[hidden]"))).toHaveLength(1);
    await check(user);
    expect(host.highlighted("warning")).toContain(`${booksWarning.sheet}!${booksWarning.cells[0]}`);

    // Without last year's file the same workbook has nothing to compare.
    await user.click(screen.getByRole("button", { name: "上年数据" }));
    await user.click(screen.getByRole("button", { name: "不与上年比较" }));
    await check(user);
    await waitFor(() => expect(host.highlighted("warning")).not.toContain(`${booksWarning.sheet}!${booksWarning.cells[0]}`));
  });

  it("names the file that cannot be used and drops the earlier choice", async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<App host={new GridHost(yearGrid(year2))} />);
    await user.click(screen.getByRole("button", { name: "上年数据" }));
    const carryOver = screen.getByRole("checkbox", { name: "沿用上年的整改状态和考核自查填写内容" });
    await user.upload(screen.getByLabelText("选择上年工作簿…"), await lastYearFile());
    expect(await screen.findByText("已选：2015登记表.xlsx")).toBeTruthy();
    expect(carryOver).toHaveProperty("disabled", false);

    await user.upload(screen.getByLabelText("选择上年工作簿…"), new File(["学校,学生数\n"], "上年.csv", { type: "text/csv" }));
    expect(await screen.findByText(/^上年数据「上年\.csv」无法使用：文件「上年\.csv」不是 Excel 工作簿/)).toBeTruthy();
    expect(screen.queryByText(/^已选：/)).toBeNull();
    expect(screen.queryByRole("button", { name: "不与上年比较" })).toBeNull();
    expect(carryOver).toHaveProperty("disabled", true);
  });

  it("names a chosen file that holds no register when the check recognises it", async () => {
    const user = userEvent.setup();
    render(<App host={new GridHost(yearGrid(year2))} />);
    await user.click(screen.getByRole("button", { name: "上年数据" }));
    const bytes = await ExcelJsWorkbook.fromGrid({ sheets: [{ name: "Sheet1", rows: [["会议记录"], ["2015 年"]], merges: [], visibility: "visible" }], ownedSheets: [] }).toBuffer();
    await user.upload(screen.getByLabelText("选择上年工作簿…"), new File([bytes.slice()], "会议记录.xlsx"));
    // Reading it is the pane's part; whether it holds a register is the check's (its input stage).
    expect(await screen.findByText("已选：会议记录.xlsx")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "开始审核" }));
    expect(await screen.findByText(/上年数据「会议记录\.xlsx」无法使用：/)).toBeTruthy();
    expect(screen.queryByRole("list", { name: "审核摘要" })).toBeNull();
  });
});
