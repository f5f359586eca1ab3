import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { describePortContract } from "../portContract";
import { FakeExcel } from "./fakeExcel";

describePortContract("Office.js on the fake", async (grid) => {
  const excel = new FakeExcel(grid);
  const port = new OfficeWorkbook(excel.run, { isSetSupported: excel.isSetSupported });
  return {
    port,
    fillOf: async (sheet, address) => excel.fillOf(sheet, address),
    linkOf: async (sheet, address) => excel.linkOf(sheet, address),
    // Read back through the adapter from the fake's state, as the task pane would after the write.
    reread: () => new OfficeWorkbook(excel.run, { isSetSupported: excel.isSetSupported }).read(),
  };
});
