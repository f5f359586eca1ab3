/** @jest-environment jsdom */
/**
 * The pane over the Office.js adapter and the strict fake Excel, in English: a failure Excel reports is shown in
 * Excel's own words with its code and what to do in English — no Chinese in the English pane but the user's data.
 */
import "../helpers/jsdomTextEncoder";
import { deserialize, serialize } from "node:v8";
import { configure, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { enUS } from "../../src/taskpane/i18n/enUS";
import { OfficeWorkbook } from "../../src/workbook/office/OfficeWorkbook";
import { PackageWorkbook } from "../../src/workbook/package/PackageWorkbook";
import { FakeExcel } from "../workbook/office/fakeExcel";
import { sampleGrid } from "./gridHost";
import { pretendLayout } from "./jsdomLayout";

beforeAll(pretendLayout);
// The fake clones its state as Excel would hand it over; jsdom's window lacks structuredClone, Node has it.
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;
configure({ asyncUtilTimeout: 10000 });

const CHINESE = /[\u3400-\u9fff]/;

/** The English pane over a fake Excel (changed first by `prepare`), checked: its summary is on screen. */
async function checkedEnglishPane(prepare: (excel: FakeExcel) => void = () => {}) {
  const excel = new FakeExcel(sampleGrid());
  prepare(excel);
  const host = new OfficeWorkbook(excel.run, { isSetSupported: excel.isSetSupported });
  const user = userEvent.setup();
  render(<App host={host} displayLanguage="en-US" />);
  await user.click(screen.getByRole("button", { name: "Start check" }));
  await screen.findByRole("list", { name: "Check summary" });
  return { excel, user };
}

it("shows Excel's own error text in the English pane", async () => {
  const { excel, user } = await checkedEnglishPane();

  // The sheet of a finding is deleted behind the pane's back; going to the finding fails in Excel.
  const button = screen.getAllByRole("button", { name: /Go to 学生与班级!/ })[0];
  excel.deleteSheet("学生与班级");
  await user.click(button);

  const text = (await screen.findByText(/ItemNotFound/)).textContent ?? "";
  expect(text).toContain(`Excel says: "The requested resource doesn't exist."`);
  expect(text).toContain("renamed or deleted");
  expect(text).not.toMatch(CHINESE);
});

it("names a protected register sheet in English in the English pane, and shows the findings", async () => {
  await checkedEnglishPane((excel) => excel.protect("学生与班级"));
  const note = await screen.findByText(/is protected/);
  expect(note.textContent).toContain(enUS.run.lockedSheets("学生与班级"));
  // Nothing Chinese in it but the sheet's own name.
  expect(note.textContent!.replace("学生与班级", "")).not.toMatch(CHINESE);
});

it("says in English why result sheets cannot be added to a workbook with a protected structure", async () => {
  const { user } = await checkedEnglishPane((excel) => excel.protectStructure());
  await user.click(screen.getByRole("button", { name: "Write result sheets" }));
  expect(await screen.findByText(enUS.errors.structureProtected)).toBeTruthy();
});

/** Han characters and CJK punctuation, as the catalog test counts them. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u201c\u201d]/;

it("says in English why a workbook cannot be read, with no Chinese but the file's name", async () => {
  const excel = new FakeExcel(sampleGrid());
  const host = new OfficeWorkbook(excel.run, { isSetSupported: excel.isSetSupported });
  // A download cut short: a zip's first bytes and nothing after them (the web page's host reads files like this).
  host.read = async () => (await PackageWorkbook.load(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), "县登记表.xlsx")).read();
  const user = userEvent.setup();
  render(<App host={host} displayLanguage="en-US" />);
  await user.click(screen.getByRole("button", { name: "Start check" }));
  const text = (await screen.findByText(/cannot read the workbook|is not an \.xlsx workbook/)).textContent ?? "";
  expect(text).toContain('"县登记表.xlsx"');
  expect(text.replace("县登记表", "")).not.toMatch(CJK);
});

it("says in English that a failed write was taken back, with no Chinese", async () => {
  const { excel, user } = await checkedEnglishPane();
  // The write's reads pass (re-reading the workbook: 3 syncs; the write's inspection: 2); its content request fails.
  const start = excel.syncCount;
  excel.beforeSync((index, fake) => {
    if (index === start + 5) fake.failNextSync("ConnectionFailure", "The connection to Excel was lost.");
  });
  await user.click(screen.getByRole("button", { name: "Write result sheets" }));
  const text = (await screen.findByText(/taken back/)).textContent ?? "";
  expect(text).toContain("ConnectionFailure");
  expect(text).not.toMatch(CJK);
  expect(excel.sheetNames()).not.toContain("审核结果");
});
