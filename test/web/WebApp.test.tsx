/** @jest-environment jsdom */
import "../helpers/jsdomTextEncoder";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { runCheck } from "../../src/domain/check";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { sampleRegister } from "../../src/domain/sample/sample";
import type { DownloadEnv } from "../../src/taskpane/download";
import { WebApp } from "../../src/web/WebApp";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { pretendLayout } from "../taskpane/jsdomLayout";

const grid = layoutRegister(sampleRegister()).grid;
const expected = runCheck(grid);

beforeAll(pretendLayout);
configure({ asyncUtilTimeout: 15000 });

async function sampleFile(): Promise<File> {
  const bytes = await ExcelJsWorkbook.fromGrid(grid).toBuffer();
  return new File([bytes.slice()], "示例登记表.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

function tile(label: string): string {
  const summary = screen.getByRole("list", { name: "审核摘要" });
  const item = within(summary)
    .getAllByRole("listitem")
    .find((li) => li.textContent?.startsWith(label));
  if (!item) throw new Error(`no tile ${label}`);
  return item.textContent!.slice(label.length);
}

function recordingEnv() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const env: DownloadEnv = {
    document,
    createObjectURL: (blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => {},
    later: () => {},
  };
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute("href")!)! });
  });
  return { env, saved, restore: () => click.mockRestore() };
}

describe("web page", () => {
  it("opens with the header and the file picker, without the pane", () => {
    render(<WebApp />);
    expect(screen.getByRole("heading", { level: 1, name: "均衡 · 网页版" })).toBeTruthy();
    expect(screen.getByLabelText("选择或拖入统计登记表 .xlsx")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "开始审核" })).toBeNull();
  });

  it("refuses a file that is not an .xlsx with the assertXlsxBytes message", async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<WebApp />);
    await user.upload(screen.getByLabelText("选择或拖入统计登记表 .xlsx"), new File(["学校,学生数\n"], "登记表.csv", { type: "text/csv" }));
    expect(await screen.findByText(/文件「登记表.csv」不是 Excel 工作簿（.xlsx）/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "开始审核" })).toBeNull();
  });

  it("checks the picked sample file in the pane and downloads the reviewed copy", async () => {
    const user = userEvent.setup();
    const { env, saved, restore } = recordingEnv();
    try {
      render(<WebApp downloadEnv={env} />);
      await user.upload(screen.getByLabelText("选择或拖入统计登记表 .xlsx"), await sampleFile());
      await user.click(await screen.findByRole("button", { name: "开始审核" }));
      await screen.findByRole("list", { name: "审核摘要" }, { timeout: 15000 });
      expect(tile("错误")).toBe(String(expected.summary.error));

      await user.click(screen.getByRole("button", { name: "下载审核后的工作簿" }));
      await waitFor(() => expect(saved).toHaveLength(1));
      expect(saved.map((s) => s.name)).toEqual(["示例登记表.审核.xlsx"]);
      expect(saved[0].blob.size).toBeGreaterThan(0);
    } finally {
      restore();
    }
  });
});
