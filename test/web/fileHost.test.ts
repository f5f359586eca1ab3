import { runCheck } from "../../src/domain/check";
import { InputError } from "../../src/domain/errors";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import { HIGHLIGHT_COLOURS } from "../../src/domain/outputs/palette";
import { sampleRegister } from "../../src/domain/sample/sample";
import { FileHost } from "../../src/web/fileHost";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { shownFill } from "../helpers/checkedCopy";

const grid = layoutRegister(sampleRegister()).grid;

async function sampleFile(): Promise<File> {
  const bytes = await ExcelJsWorkbook.fromGrid(grid).toBuffer();
  return new File([bytes.slice()], "示例登记表.xlsx");
}

const fillOf = shownFill;

describe("FileHost", () => {
  it("reads the picked file's sheets", async () => {
    const host = await FileHost.fromFile(await sampleFile());
    const read = await host.read();
    expect(read.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
    expect(host.downloadName).toBe("示例登记表.审核.xlsx");
  });

  it("refuses a file that is not an .xlsx with the assertXlsxBytes message", async () => {
    const file = new File([new TextEncoder().encode("学校,学生数\n")], "登记表.csv");
    await expect(FileHost.fromFile(file)).rejects.toThrow(InputError);
    await expect(FileHost.fromFile(file)).rejects.toThrow("文件「登记表.csv」不是 Excel 工作簿（.xlsx）");
  });

  it("writes highlights into the downloaded copy, and clearing restores the original's bytes", async () => {
    const host = await FileHost.fromFile(await sampleFile());
    const read = await host.read();
    const run = runCheck(read);
    const plan = checkWritePlan(run, read);
    const errors = plan.highlights.find((g) => g.kind === "error")!;
    expect(errors.cells.length).toBeGreaterThan(0);
    const cell = errors.cells[0];

    await host.write({ highlights: plan.highlights, sheets: [] });
    expect(await fillOf(await host.toBuffer(), errors.sheet, cell)).toBe(HIGHLIGHT_COLOURS.error);

    await host.clearHighlights();
    expect(await fillOf(await host.toBuffer(), errors.sheet, cell)).toBe(await fillOf(await ExcelJsWorkbook.fromGrid(grid).toBuffer(), errors.sheet, cell));
    expect(await fillOf(await host.toBuffer(), errors.sheet, cell)).not.toBe(HIGHLIGHT_COLOURS.error);
    expect((await host.read()).sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
  });

  it("keeps written sheets across writes while each write replaces the highlights", async () => {
    const host = await FileHost.fromFile(await sampleFile());
    const read = await host.read();
    const plan = checkWritePlan(runCheck(read), read);
    await host.write(plan);
    await host.write({ highlights: [], sheets: [] });
    const after = await host.read();
    for (const sheet of plan.sheets) expect(after.sheets.map((s) => s.name)).toContain(sheet.name);
    const errors = plan.highlights.find((g) => g.kind === "error")!;
    expect(await fillOf(await host.toBuffer(), errors.sheet, errors.cells[0])).not.toBe(HIGHLIGHT_COLOURS.error);
  });

  it("records the selection", async () => {
    const host = await FileHost.fromFile(await sampleFile());
    const heard: string[] = [];
    const stop = await host.onSelectionChanged((s) => heard.push(`${s.sheet}!${s.cell}`));
    await host.select({ sheet: grid.sheets[0].name, cell: "B3" });
    expect(host.selection).toEqual({ sheet: grid.sheets[0].name, cell: "B3" });
    host.userSelected({ sheet: grid.sheets[0].name, cell: "C4" });
    stop();
    host.userSelected({ sheet: grid.sheets[0].name, cell: "C5" });
    expect(heard).toEqual([`${grid.sheets[0].name}!C4`]);
  });

  it("tells the page's grid what changed: the copy's sheets, the highlights, the cell asked for", async () => {
    const host = await FileHost.fromFile(await sampleFile());
    const views = [host.view()];
    host.subscribe(() => views.push(host.view()));
    expect(views[0]).toMatchObject({ highlights: [], selection: null });
    const read = await host.read();
    const plan = checkWritePlan(runCheck(read), read);
    await host.write(plan);
    const written = views[views.length - 1];
    expect(written.highlights).toEqual(plan.highlights);
    expect(written.grid.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(plan.sheets.map((s) => s.name)));
    await host.select({ sheet: "学生与班级", cell: "S4" });
    expect(host.view()).toMatchObject({ selection: { sheet: "学生与班级", cell: "S4" }, highlights: plan.highlights });
    await host.clearHighlights();
    expect(host.view().highlights).toEqual([]);
    expect(new Set(views).size).toBe(views.length);
  });
});
