import { WpsWorkbook } from "../../../src/workbook/wps/WpsWorkbook";
import { describePortContract } from "../portContract";
import { FakeEt } from "./fake/app";

describe("the WPS adapter passes the workbook contract", () => {
  describePortContract("WPS 表格 on the fake ET", async (grid) => {
    const et = new FakeEt(grid);
    return {
      port: new WpsWorkbook(et.application),
      fillOf: async (sheet, address) => et.fillOf(sheet, address),
      linkOf: async (sheet, address) => et.linkOf(sheet, address),
      reread: () => new WpsWorkbook(et.application).read(),
    };
  });
});
