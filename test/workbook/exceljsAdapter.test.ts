import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { describePortContract } from "./portContract";

async function reopen(workbook: ExcelJsWorkbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await workbook.toBuffer()) as unknown as ExcelJS.Buffer);
  return copy;
}

describePortContract("exceljs", async (grid) => {
  // Start from saved bytes, as the command line does, so reading goes through the real .xlsx parser.
  const port = await ExcelJsWorkbook.load(await ExcelJsWorkbook.fromGrid(grid).toBuffer());
  return {
    port,
    async fillOf(sheet, address) {
      const fill = (await reopen(port)).getWorksheet(sheet)!.getCell(address).fill;
      return fill?.type === "pattern" && fill.pattern === "solid" ? (fill.fgColor?.argb?.slice(2) ?? null) : null;
    },
    async linkOf(sheet, address) {
      const value = (await reopen(port)).getWorksheet(sheet)!.getCell(address).value;
      return value && typeof value === "object" && "hyperlink" in value ? value.hyperlink : null;
    },
    async reread() {
      return ExcelJsWorkbook.load(await port.toBuffer()).then((w) => w.read());
    },
  };
});
