import ExcelJS from "exceljs";
import { recogniseRegister } from "../../src/domain/recognise/register";
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

describe("exceljs adapter: a date no Date can hold", () => {
  it("reads a corrupt date serial, typed or a formula's cached result, as Excel's #NUM! error, never an invalid Date", async () => {
    const workbook = new ExcelJS.Workbook();
    const info = workbook.addWorksheet("填报说明");
    info.addRow(["数据日期", 1e20]);
    info.addRow(["乡镇", { formula: "B1", result: 1e20 } as ExcelJS.CellFormulaValue]);
    info.getCell("B1").numFmt = "yyyy-mm-dd";
    info.getCell("B2").numFmt = "yyyy-mm-dd";
    const schools = workbook.addWorksheet("学校基本情况");
    schools.addRow(["学校标识码", "学校名称"]);
    schools.addRow(["5328220001", "甲小学"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    // exceljs itself gives an invalid Date here: the adapter is where it must stop.
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(Number.isNaN((raw.getWorksheet("填报说明")!.getCell("B1").value as Date).getTime())).toBe(true);

    const grid = await (await ExcelJsWorkbook.load(bytes)).read();
    const rows = grid.sheets.find((s) => s.name === "填报说明")!.rows;
    expect(rows.map((row) => row[1])).toEqual([{ error: "#NUM!" }, { error: "#NUM!" }]);
    // The recogniser, which prints dates with toISOString, reads the workbook and leaves the error out of 填报说明.
    expect(recogniseRegister(grid).meta).toEqual({});
  });
});
