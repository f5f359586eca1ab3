/** @jest-environment jsdom */
import "../helpers/jsdomTextEncoder";
/** 下载自评报告（Word）: the pane builds the report from the current run and offers it as a Blob download. */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { strFromU8, unzipSync } from "fflate";
import { runCheck } from "../../src/domain/check";
import { buildReport } from "../../src/domain/report/buildReport";
import { DOCX_MIME } from "../../src/report/docx/mime";
import { App } from "../../src/taskpane/App";
import { saveBlob } from "../../src/taskpane/download";
import { reportFileName } from "../../src/taskpane/reportDownload";
import { fixtureModel } from "../report/fixtures";
import { GridHost, sampleGrid } from "./gridHost";
import { pretendLayout } from "./jsdomLayout";

const expectedTitle = (() => {
  const run = runCheck(sampleGrid());
  return buildReport(run, run.checklist).title;
})();

/** jsdom has no Blob URLs and cannot navigate: stand in for both, keeping what the pane handed over. */
const handed: { blobs: Blob[]; links: HTMLAnchorElement[]; revoked: string[] } = { blobs: [], links: [], revoked: [] };
let refuseBlobUrls = false;

beforeAll(() => {
  pretendLayout();
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      if (refuseBlobUrls) throw new Error("Blob URLs are not allowed");
      handed.blobs.push(blob);
      return `blob:junheng/${handed.blobs.length}`;
    },
    revokeObjectURL: (url: string) => void handed.revoked.push(url),
  });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    handed.links.push(this);
  });
});

beforeEach(() => {
  handed.blobs = [];
  handed.links = [];
  handed.revoked = [];
  refuseBlobUrls = false;
});

async function checkedPane() {
  const user = userEvent.setup();
  render(<App host={new GridHost()} />);
  await user.click(screen.getByRole("button", { name: "开始审核" }));
  await screen.findByRole("list", { name: "审核摘要" }, { timeout: 10000 });
  return user;
}

/** jsdom's Blob has no arrayBuffer(); its FileReader reads it. */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe("下载自评报告（Word）", () => {
  it("builds a .docx of the current run and clicks a download link for it, then shows the hint", async () => {
    const user = await checkedPane();
    await user.click(screen.getByRole("button", { name: "下载自评报告（Word）" }));
    expect(await screen.findByText(/如果没有开始下载，可点击“写出结果表”，报告会写在本工作簿的「自评报告」工作表中/, {}, { timeout: 10000 })).toBeTruthy();

    expect(handed.blobs).toHaveLength(1);
    const [blob] = handed.blobs;
    expect(blob.type).toBe(DOCX_MIME);
    expect(blob.size).toBeGreaterThan(5000);
    const document = strFromU8(unzipSync(await bytesOf(blob))["word/document.xml"]);
    expect(document).toContain(`>${expectedTitle}<`);

    const [link] = handed.links;
    expect(link.download).toBe(`${expectedTitle}.docx`);
    expect(link.href).toBe("blob:junheng/1");
    expect(link.isConnected).toBe(false); // taken out of the page again
  });

  it("offers the in-pane alternative (not the command line) when the host refuses the download", async () => {
    refuseBlobUrls = true;
    const user = await checkedPane();
    await user.click(screen.getByRole("button", { name: "下载自评报告（Word）" }));
    const message = await screen.findByText(/此处无法下载文件（Blob URLs are not allowed）/, {}, { timeout: 10000 });
    expect(message.textContent).toContain("写出结果表");
    expect(message.textContent).not.toContain("junheng");
    expect(message.textContent).toContain("网页版 Excel");
    expect(screen.queryByText(/如果没有开始下载/)).toBeNull();
  });
});

describe("saveBlob", () => {
  it("revokes the Blob URL only later, so a slow browser still reads it", () => {
    const later: (() => void)[] = [];
    const env = { document, createObjectURL: () => "blob:x", revokeObjectURL: (url: string) => void handed.revoked.push(url), later: (f: () => void) => void later.push(f) };
    saveBlob(new Blob(["x"]), "报告.docx", env);
    expect(handed.links.map((l) => l.download)).toEqual(["报告.docx"]);
    expect(handed.revoked).toEqual([]);
    later.forEach((f) => f());
    expect(handed.revoked).toEqual(["blob:x"]);
  });
});

describe("reportFileName", () => {
  it("is the report title, with the characters Windows forbids in file names replaced", () => {
    expect(reportFileName(fixtureModel())).toBe("示例乡2016年义务教育均衡发展自评报告.docx");
    expect(reportFileName({ ...fixtureModel(), title: "勐往乡/曼允:2016\t报告" })).toBe("勐往乡_曼允_2016_报告.docx");
    expect(reportFileName({ ...fixtureModel(), title: "  " })).toBe("自评报告.docx");
  });
});
