/**
 * The task pane's session over the Office.js adapter and the strict fake Excel: what a statistician does in a
 * sitting (check, write the results, edit them, write again, fix cells) and what must hold after each step.
 */
import { HIGHLIGHT_COLOURS } from "../../src/domain/outputs/palette";
import { CancelledError } from "../../src/taskpane/cancel";
import { runSession, watchInputs, writeOutputSheets, writeStandardsSheet } from "../../src/taskpane/session";
import type { HostError } from "../../src/workbook/host";
import { OfficeWorkbook } from "../../src/workbook/office/OfficeWorkbook";
import { FakeExcel } from "../workbook/office/fakeExcel";
import { junhengFormats } from "../workbook/office/fixtures";
import { sampleGrid } from "./gridHost";

function opened(options: { requestBudgetBytes?: number } = {}) {
  const excel = new FakeExcel(sampleGrid());
  const host = new OfficeWorkbook(excel.run, { ...options, isSetSupported: excel.isSetSupported });
  return { excel, host };
}

/** The address of the cell in `header`'s column on the row whose hidden key column holds `key`. */
async function cellOf(host: OfficeWorkbook, sheet: string, keyHeader: string, key: string, header: string): Promise<string> {
  const rows = (await host.read()).sheets.find((s) => s.name === sheet)!.rows;
  const headerRow = rows.find((r) => r.includes(keyHeader) && r.includes(header))!;
  const row = rows.findIndex((r) => r[headerRow.indexOf(keyHeader)] === key);
  return `${String.fromCharCode(65 + headerRow.indexOf(header))}${row + 1}`;
}

/** Everything a user could see of the workbook: sheets, cells, formats and settings. */
function everything(excel: FakeExcel): unknown {
  return structuredClone({ sheets: excel.state.sheets, settings: excel.state.settings });
}

describe("task pane session in Excel (strict fake)", () => {
  it("keeps what the user typed in the result sheets when they are written again", async () => {
    const { excel, host } = opened();
    const session = await runSession(host, {});
    await writeOutputSheets(host, session.run, session.grid);
    const key = session.run.rectification[0].key;
    const status = await cellOf(host, "整改清单", "整改项标识", key, "状态");
    const responsible = await cellOf(host, "整改清单", "整改项标识", key, "责任单位");
    const note = await cellOf(host, "整改清单", "整改项标识", key, "备注");
    await excel.type("整改清单", status, "已完成");
    await excel.type("整改清单", responsible, "勐往乡中心学校");
    await excel.type("整改清单", note, "经费已申请，待县局拨付");

    await writeOutputSheets(host, session.run, session.grid);

    expect(excel.cell("整改清单", await cellOf(host, "整改清单", "整改项标识", key, "状态"))?.value).toBe("已完成");
    expect(excel.cell("整改清单", await cellOf(host, "整改清单", "整改项标识", key, "责任单位"))?.value).toBe("勐往乡中心学校");
    expect(excel.cell("整改清单", await cellOf(host, "整改清单", "整改项标识", key, "备注"))?.value).toBe("经费已申请，待县局拨付");
    // And at the next check, in the run and its JSON.
    const again = await runSession(host, {});
    expect(again.run.rectification.find((i) => i.key === key)?.note).toBe("经费已申请，待县局拨付");
  });

  it("keeps a 状态 it cannot read as typed, counts it as 未整改 and reports it as L-01 at the next check", async () => {
    const { excel, host } = opened();
    const session = await runSession(host, {});
    await writeOutputSheets(host, session.run, session.grid);
    const key = session.run.rectification[0].key;
    const status = await cellOf(host, "整改清单", "整改项标识", key, "状态");
    await excel.type("整改清单", status, "完成了");
    await writeOutputSheets(host, session.run, session.grid);
    expect(excel.cell("整改清单", await cellOf(host, "整改清单", "整改项标识", key, "状态"))?.value).toBe("完成了");
    const again = await runSession(host, {});
    expect(again.run.rectification.find((i) => i.key === key)?.status).toBe("未整改");
    const reported = again.run.findings.filter((f) => f.rule === "L-01");
    expect(reported.map((f) => [f.sheet, f.cells])).toEqual([["整改清单", [await cellOf(host, "整改清单", "整改项标识", key, "状态")]]]);
    expect(reported[0].message).toContain("完成了");
  });

  it("gives each school's 状态 cells in 整改清单 a drop-down of the three statuses, where Excel has data validation", async () => {
    const { excel, host } = opened();
    const session = await runSession(host, {});
    await writeOutputSheets(host, session.run, session.grid);
    for (const item of session.run.rectification) {
      expect(excel.validationOf("整改清单", await cellOf(host, "整改清单", "整改项标识", item.key, "状态"))).toEqual(["未整改", "整改中", "已完成"]);
    }
    // Not on the header, nor on another column.
    const key = session.run.rectification[0].key;
    const status = await cellOf(host, "整改清单", "整改项标识", key, "状态");
    const rows = (await host.read()).sheets.find((s) => s.name === "整改清单")!.rows;
    const header = rows.findIndex((r) => r.includes("状态"));
    expect(excel.validationOf("整改清单", `${status[0]}${header + 1}`)).toBeNull();
    expect(excel.validationOf("整改清单", await cellOf(host, "整改清单", "整改项标识", key, "责任单位"))).toBeNull();

    // Before ExcelApi 1.8 the sheets are written all the same, without the list.
    const older = new FakeExcel(sampleGrid());
    older.apiVersion = "1.7";
    const olderHost = new OfficeWorkbook(older.run, { isSetSupported: older.isSetSupported });
    const run = await runSession(olderHost, {});
    await writeOutputSheets(olderHost, run.run, run.grid);
    expect(older.validationOf("整改清单", status)).toBeNull();
    expect(older.cell("整改清单", status)?.value).toBe("未整改");
  });

  it("undoes a check's colours, and their clearing, with one Ctrl+Z each where Excel merges undo (ExcelApi 1.20)", async () => {
    // A small request budget spreads the highlights over several requests, each its own undo step unless merged.
    const steps = async (apiVersion: string) => {
      const { excel, host } = opened({ requestBudgetBytes: 600 });
      excel.apiVersion = apiVersion;
      await runSession(host, {});
      const afterCheck = excel.undoSteps;
      await host.clearHighlights();
      return { afterCheck, afterClear: excel.undoSteps - afterCheck };
    };
    expect(await steps("1.20")).toEqual({ afterCheck: 1, afterClear: 1 });
    const unmerged = await steps("1.19");
    expect(unmerged.afterCheck).toBeGreaterThan(1);
  });

  it("keeps an earlier version's _junheng sheet through a merged check and drops it at the next sheet write", async () => {
    const { excel, host } = opened();
    excel.apiVersion = "1.20";
    excel.addLegacyMarker(["旧结果"]);
    // Deleting a sheet cannot be undone: inside an undo group Excel would refuse the whole check (UndoNotSupported).
    const session = await runSession(host, {});
    expect(session.notWritten).toBeUndefined();
    expect(excel.undoSteps).toBe(1);
    expect(excel.sheetNames()).toContain("_junheng");
    await writeOutputSheets(host, session.run, session.grid);
    expect(excel.sheetNames()).not.toContain("_junheng");
  });

  it("keeps a row the user added to 整改清单 through two re-checks and writes", async () => {
    const { excel, host } = opened();
    const first = await runSession(host, {});
    await writeOutputSheets(host, first.run, first.grid);
    // The county's finding typed on the free row under the first school's items, as a user does.
    const item = first.run.rectification[0];
    const lastOfSchool = [...first.run.rectification].reverse().find((i) => i.schoolId === item.schoolId)!;
    const problemCell = await cellOf(host, "整改清单", "整改项标识", lastOfSchool.key, "问题");
    const row = Number(problemCell.slice(1)) + 1;
    const rows = (await host.read()).sheets.find((sh) => sh.name === "整改清单")!.rows;
    expect(rows[row - 1].every((v) => v === null || v === "")).toBe(true);
    await excel.type("整改清单", `${problemCell[0]}${row}`, "县级复评发现：围墙破损");

    for (let round = 0; round < 2; round++) {
      const again = await runSession(host, {});
      expect(again.run.addedRectification.map((r) => [r.schoolId, r.cells["问题"]])).toEqual([[item.schoolId, "县级复评发现：围墙破损"]]);
      await writeOutputSheets(host, again.run, again.grid);
    }
    const written = (await host.read()).sheets.find((sh) => sh.name === "整改清单")!.rows;
    expect(written.filter((r) => r.includes("县级复评发现：围墙破损"))).toHaveLength(1);
  });

  it("writes the result sheets three times in a row, then the standards sheet", async () => {
    const { excel, host } = opened();
    const session = await runSession(host, {});
    for (let i = 0; i < 3; i++) await writeOutputSheets(host, session.run, session.grid);
    await writeStandardsSheet(host, session.run, session.grid);
    expect(excel.sheetNames()).toEqual(expect.arrayContaining(["审核结果", "整改清单", "考核自查", "标准参数"]));
    // No second copy, and no hidden bookkeeping sheet left behind.
    expect(excel.sheetNames().filter((n) => n.startsWith("整改清单"))).toEqual(["整改清单"]);
    expect(excel.state.sheets.filter((s) => s.visibility !== "Visible")).toEqual([]);
  });

  it("keeps a formula that points into 整改清单 working after the result sheets are written again", async () => {
    const { excel, host } = opened();
    const session = await runSession(host, {});
    await writeOutputSheets(host, session.run, session.grid);
    const key = session.run.rectification[0].key;
    const status = await cellOf(host, "整改清单", "整改项标识", key, "状态");
    excel.addSheet("县里汇总");
    await excel.type("县里汇总", "A1", `=整改清单!${status}`);
    excel.sheet("整改清单").pageLayout.paperSize = "A3";
    const position = excel.sheetNames().indexOf("整改清单");

    await writeOutputSheets(host, session.run, session.grid);

    expect(excel.cell("县里汇总", "A1")?.formula).toBe(`=整改清单!${status}`);
    // The same sheet, where it was, with the print setting the user chose; its content written again.
    expect(excel.sheetNames().indexOf("整改清单")).toBe(position);
    expect(excel.sheet("整改清单").pageLayout.paperSize).toBe("A3");
    expect(excel.cell("整改清单", status)?.value).toBe("未整改");
    expect(excel.validationOf("整改清单", status)).toEqual(expect.arrayContaining(["未整改", "已完成"]));
    expect(excel.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
  });

  it("refuses to write the results into a result sheet the user protected, and changes nothing", async () => {
    const { excel, host } = opened();
    const session = await runSession(host, {});
    await writeOutputSheets(host, session.run, session.grid);
    excel.protect("整改清单");
    const before = everything(excel);
    const failure = writeOutputSheets(host, session.run, session.grid);
    await expect(failure).rejects.toThrow(/结果工作表「整改清单」受保护/);
    await expect(failure.catch((e: HostError) => e.refusal)).resolves.toEqual({ kind: "resultProtected", sheet: "整改清单" });
    expect(everything(excel)).toEqual(before);
  });

  it("puts filter buttons on the header row of 审核结果 and 指标计算, and still reads every row", async () => {
    const { excel, host } = opened();
    const session = await runSession(host, {});
    await writeOutputSheets(host, session.run, session.grid);
    const rows = (await host.read()).sheets.find((s) => s.name === "审核结果")!.rows;
    const header = rows.findIndex((r) => r[0] === "级别");
    expect(excel.sheet("审核结果").autoFilter).toEqual({ top: header, left: 0, bottom: rows.length - 1, right: rows[header].length - 1 });
    expect(excel.sheet("指标计算").autoFilter).not.toBeNull();
    // One block per school: no sheet-wide filter.
    expect(excel.sheet("整改清单").autoFilter).toBeNull();
    // Written again in place: the filter is there once, over the new rows; a re-check reads the same results.
    await writeOutputSheets(host, session.run, session.grid);
    expect(excel.sheet("审核结果").autoFilter?.top).toBe(header);
    expect((await runSession(host, {})).run.summary).toEqual(session.run.summary);
  });

  it("replaces the sheets an earlier version listed in its very hidden _junheng sheet, and removes that sheet", async () => {
    const { excel, host } = opened();
    const first = await runSession(host, {});
    await writeOutputSheets(host, first.run, first.grid);
    excel.addLegacyMarker(["整改清单"]);
    excel.state.settings = {};
    const again = await runSession(host, {});
    await writeOutputSheets(host, again.run, again.grid);
    expect(excel.sheetNames()).not.toContain("_junheng");
    expect(excel.sheetNames().filter((n) => n.startsWith("整改清单"))).toEqual(["整改清单"]);
  });

  it("shows the findings of a protected register and names what could not be written", async () => {
    const { excel, host } = opened();
    excel.protect("学生与班级");
    const session = await runSession(host, {});
    expect(session.run.summary.error).toBe(8);
    expect(session.notWritten).toContain("学生与班级");
    expect(session.notWritten).toContain("撤销工作表保护");
    // The result sheets can still be written (without highlights) ...
    await writeOutputSheets(host, session.run, session.grid, { highlighted: session.highlighted });
    expect(excel.sheetNames()).toContain("审核结果");
    // ... and the unprotected sheets keep theirs.
    expect(excel.fillOf("教职工", "D9")).toBe(HIGHLIGHT_COLOURS.error);
  });

  it("marks the results stale when the workbook changes, but not when Junheng writes or the user edits its sheets", async () => {
    const { excel, host } = opened();
    const session = await runSession(host, {});
    const changes: string[] = [];
    const stop = await watchInputs(host, (sheet) => changes.push(sheet));
    await writeOutputSheets(host, session.run, session.grid);
    await excel.eventsDelivered();
    await excel.type("整改清单", "L5", "整改中");
    expect(changes).toEqual([]);
    await excel.type("学生与班级", "I8", 170);
    expect(changes).toEqual(["学生与班级"]);
    stop();
    await excel.type("学生与班级", "I8", 171);
    expect(changes).toEqual(["学生与班级"]);
  });

  it("clears a live highlight as soon as the value is fixed", async () => {
    const { excel, host } = opened();
    await runSession(host, {});
    // 312-01: grades C8:H8 sum to 170, the total I8 says 168.
    expect(excel.fillOf("学生与班级", "C8")).toBe(HIGHLIGHT_COLOURS.error);
    expect(excel.fillOf("学生与班级", "I8")).toBe(HIGHLIGHT_COLOURS.error);
    await excel.type("学生与班级", "I8", 170);
    expect(excel.fillOf("学生与班级", "C8")).toBeNull();
    expect(excel.fillOf("学生与班级", "I8")).toBeNull();
    // D01: 「约40」 in a number cell.
    expect(excel.fillOf("场地与装备", "G6")).toBe(HIGHLIGHT_COLOURS.error);
    await excel.type("场地与装备", "G6", 40);
    expect(excel.fillOf("场地与装备", "G6")).toBeNull();
    // A rule without a formula keeps its colour until the next check.
    expect(excel.fillOf("场地与装备", "C4")).toBe(HIGHLIGHT_COLOURS.error);
  });

  it("cancels a running check: nothing is written and the pane is told", async () => {
    const { excel, host } = opened();
    const controller = new AbortController();
    const before = everything(excel);
    const running = runSession(host, {}, (phase) => phase === "check" && controller.abort(), controller.signal);
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(everything(excel)).toEqual(before);
  });

  it("leaves the workbook as it was when a write fails midway", async () => {
    // Small enough to split the write into many requests, large enough for the final swap to be one (stagedWrite.ts).
    const { excel, host } = opened({ requestBudgetBytes: 128 * 1024 });
    const session = await runSession(host, {});
    const first = excel.syncCount;
    await writeOutputSheets(host, session.run, session.grid);
    const syncs = excel.syncCount - first;
    expect(syncs).toBeGreaterThan(6);
    const before = everything(excel);
    const start = excel.syncCount;
    // The same write again, failing two requests before its end (its reads come first and succeed).
    excel.beforeSync((index, fake) => {
      if (index === start + syncs - 2) fake.failNextSync("ConnectionFailure");
    });
    const failure = writeOutputSheets(host, session.run, session.grid);
    await expect(failure).rejects.toThrow(/已撤回/);
    // Excel's own code and words stay with the failure, for the English pane.
    await expect(failure.catch((e: HostError) => e.excel?.code)).resolves.toBe("ConnectionFailure");
    expect(everything(excel)).toEqual(before);
    expect(junhengFormats(excel, "学生与班级").length).toBeGreaterThan(0);
  });
});
