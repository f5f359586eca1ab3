/** @jest-environment jsdom */
/**
 * 档案汇总 in the pane: after a check, earlier years' files are added (their years read from 填报说明, editable),
 * and the archive tables are written into the open workbook — keeping the check's highlights — or downloaded.
 */
import "../helpers/jsdomTextEncoder";
import { configure, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ARCHIVE_SHEETS } from "../../src/domain/archive/archivePlan";
import { runCheck } from "../../src/domain/check";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { App } from "../../src/taskpane/App";
import { ARCHIVE_FILE_NAME, downloadArchive } from "../../src/taskpane/archiveTables";
import type { DownloadEnv } from "../../src/taskpane/download";
import { fileBytes } from "../../src/taskpane/fileBytes";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { townshipYear } from "../domain/archive/threeYears";
import { GridHost } from "./gridHost";
import { pretendLayout, pretendResizeObserver } from "./jsdomLayout";

beforeAll(pretendLayout);
beforeAll(pretendResizeObserver);
configure({ asyncUtilTimeout: 20000 });

const yearGrid = (year: number, meta?: Record<string, string>) => layoutRegister(townshipYear(year, meta)).grid;

async function registerFile(name: string, year: number, meta?: Record<string, string>): Promise<File> {
  const bytes = await ExcelJsWorkbook.fromGrid(yearGrid(year, meta)).toBuffer();
  return new File([bytes.slice()], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

async function checked(host: GridHost) {
  const user = userEvent.setup();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "开始审核" }));
  await screen.findByRole("list", { name: "审核摘要" });
  // 档案汇总 starts closed.
  expect(screen.getByRole("button", { name: "档案汇总（多年）" })).toHaveProperty("ariaExpanded", "false");
  await user.click(screen.getByRole("button", { name: "档案汇总（多年）" }));
  return user;
}

describe("档案汇总 in the pane", () => {
  it("writes the three archive sheets for the open workbook and the added years, keeping the highlights", async () => {
    const host = new GridHost(yearGrid(2016));
    const user = await checked(host);
    expect(screen.getByLabelText("当前工作簿的统计年度")).toHaveProperty("value", "2016");

    await user.upload(screen.getByLabelText("添加往年工作簿…"), [await registerFile("2014.xlsx", 2014), await registerFile("2015.xlsx", 2015)]);
    expect(await screen.findByLabelText("2015.xlsx的统计年度")).toHaveProperty("value", "2015");

    await user.click(screen.getByRole("button", { name: "写入档案汇总" }));
    expect(await screen.findByText(`已写出工作表：${ARCHIVE_SHEETS.join("、")}`)).toBeTruthy();
    const plan = host.writes[host.writes.length - 1];
    expect(plan.sheets.map((s) => s.name)).toEqual([...ARCHIVE_SHEETS]);
    const run = runCheck(yearGrid(2016));
    // The check's own highlights, live ones (a condition that goes when the value is fixed) included.
    expect(plan.highlights).toEqual(host.writes[0].highlights);
    // The 2016 row of the coefficients is the open workbook's own run.
    const composite = plan.sheets[0].rows.find((r) => r[0]?.value === "小学" && r[1]?.value === "综合差异系数" && r[2]?.value === "2016")!;
    expect(composite[5].value).toBe(run.evaluation.balance.primary.composite);
    expect(plan.sheets[2].rows.some((r) => r[1]?.value === "当前工作簿")).toBe(true);
  });

  it("asks for the year of a file whose 填报说明 has none, and uses the year typed in", async () => {
    const host = new GridHost(yearGrid(2016));
    const user = await checked(host);
    await user.upload(screen.getByLabelText("添加往年工作簿…"), await registerFile("旧表.xlsx", 2015, { 乡镇: "示例乡" }));
    const year = await screen.findByLabelText("旧表.xlsx的统计年度");
    expect(year).toHaveProperty("value", "");

    await user.click(screen.getByRole("button", { name: "写入档案汇总" }));
    expect(await screen.findByText("无法确定「旧表.xlsx」的统计年度：请在填报说明中填写统计年度，或在年度框中填写。")).toBeTruthy();
    const writes = host.writes.length;

    await user.type(year, "2015");
    await user.click(screen.getByRole("button", { name: "写入档案汇总" }));
    await screen.findByText(/^已写出工作表：/);
    expect(host.writes.length).toBe(writes + 1);
  });

  it("names a picked file that is not a workbook", async () => {
    const host = new GridHost(yearGrid(2016));
    await checked(host);
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(screen.getByLabelText("添加往年工作簿…"), new File(["学校,学生数\n"], "往年.csv", { type: "text/csv" }));
    expect(await screen.findByText(/^「往年\.csv」无法用于档案汇总：文件「往年\.csv」不是 Excel 工作簿/)).toBeTruthy();
    expect(screen.queryByLabelText("往年.csv的统计年度")).toBeNull();
  });
});

describe("downloadArchive", () => {
  it("hands over a new workbook holding only the archive sheets", async () => {
    const grid = yearGrid(2016);
    const blobs: Blob[] = [];
    const env: DownloadEnv = { document, createObjectURL: (b) => (blobs.push(b), "blob:archive"), revokeObjectURL: () => {}, later: () => {} };
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const name = await downloadArchive({ session: { grid, run: runCheck(grid), highlighted: true }, currentYear: "2016", earlier: [] }, env);
    expect(name).toBe(ARCHIVE_FILE_NAME);
    const reopened = await (await ExcelJsWorkbook.load(await fileBytes(blobs[0]))).read();
    expect(reopened.sheets.map((s) => s.name)).toEqual([...ARCHIVE_SHEETS]);
  });
});
