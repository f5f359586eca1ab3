/** @jest-environment jsdom */
/**
 * The pane over the Office.js adapter and the strict fake Excel, in English: a failure Excel reports is shown in
 * Excel's own words with its code and what to do in English — no Chinese in the English pane but the user's data.
 */
import { deserialize, serialize } from "node:v8";
import { configure, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { enUS } from "../../src/taskpane/i18n/enUS";
import { OfficeWorkbook } from "../../src/workbook/office/OfficeWorkbook";
import { FakeExcel } from "../workbook/office/fakeExcel";
import { sampleGrid } from "./gridHost";
import { pretendLayout } from "./jsdomLayout";

beforeAll(pretendLayout);
// The fake clones its state as Excel would hand it over; jsdom's window lacks structuredClone, Node has it.
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;
configure({ asyncUtilTimeout: 10000 });

const CHINESE = /[\u3400-\u9fff]/;

it("shows Excel's own error text in the English pane", async () => {
  const excel = new FakeExcel(sampleGrid());
  const host = new OfficeWorkbook(excel.run, { isSetSupported: excel.isSetSupported });
  const user = userEvent.setup();
  render(<App host={host} displayLanguage="en-US" />);
  await user.click(screen.getByRole("button", { name: "Start check" }));
  await screen.findByRole("list", { name: "Check summary" });

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
  const excel = new FakeExcel(sampleGrid());
  excel.protect("学生与班级");
  const host = new OfficeWorkbook(excel.run, { isSetSupported: excel.isSetSupported });
  const user = userEvent.setup();
  render(<App host={host} displayLanguage="en-US" />);
  await user.click(screen.getByRole("button", { name: "Start check" }));
  await screen.findByRole("list", { name: "Check summary" });
  const note = await screen.findByText(/is protected/);
  expect(note.textContent).toContain(enUS.run.lockedSheets("学生与班级"));
  // Nothing Chinese in it but the sheet's own name.
  expect(note.textContent!.replace("学生与班级", "")).not.toMatch(CHINESE);
});

it("says in English why result sheets cannot be added to a workbook with a protected structure", async () => {
  const excel = new FakeExcel(sampleGrid());
  excel.protectStructure();
  const host = new OfficeWorkbook(excel.run, { isSetSupported: excel.isSetSupported });
  const user = userEvent.setup();
  render(<App host={host} displayLanguage="en-US" />);
  await user.click(screen.getByRole("button", { name: "Start check" }));
  await screen.findByRole("list", { name: "Check summary" });
  await user.click(screen.getByRole("button", { name: "Write result sheets" }));
  expect(await screen.findByText(enUS.errors.structureProtected)).toBeTruthy();
});
