/** The fake must fail where Excel fails, or the adapter's tests prove nothing. */
import type { WorkbookGrid } from "../../../src/domain/grid";
import { FakeExcel } from "./fakeExcel";

const grid: WorkbookGrid = {
  ownedSheets: [],
  sheets: [
    { name: "学生与班级", visibility: "visible", merges: [], rows: [["学校标识码", "合计"], ["5328220001", 120], [null, { error: "#DIV/0!" }]] },
    { name: "Notes", visibility: "visible", merges: [], rows: [["x"]] },
  ],
};

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "no error",
    (e: { code?: string }) => e.code,
  );

describe("fake Excel", () => {
  it("throws PropertyNotLoaded until a property is loaded and synced", async () => {
    const excel = new FakeExcel(grid);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("学生与班级").getRange("A1:B3");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, valueTypes");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["学校标识码", "合计"], ["5328220001", 120], ["", "#DIV/0!"]]);
      expect(range.valueTypes).toEqual([["String", "String"], ["String", "Double"], ["Empty", "Error"]]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies queued writes only at sync, and counts syncs with their request size", async () => {
    const excel = new FakeExcel(grid);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("B2").values = [["later"]];
      expect(excel.cell("Notes", "B2")).toBeUndefined();
      await context.sync();
    });
    expect(excel.cell("Notes", "B2")?.value).toBe("later");
    expect(excel.syncCount).toBe(1);
    expect(excel.syncs[0].requestBytes).toBeGreaterThan(Buffer.byteLength('"later"'));
  });

  it("reads a value written into a General cell as Excel would type it, but keeps it as text under '@'", async () => {
    const excel = new FakeExcel(grid);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Notes");
      ws.getRange("A2:E2").values = [["=SUM(A1:A2)", "007", "2016-08-10", "TRUE", "-x"]];
      const text = ws.getRange("A3:E3");
      text.numberFormat = [["@", "@", "@", "@", "@"]];
      text.values = [["=SUM(A1:A2)", "007", "2016-08-10", "TRUE", "-x"]];
      await context.sync();
    });
    expect(["A2", "B2", "C2", "D2", "E2"].map((a) => excel.cell("Notes", a)?.type)).toEqual(["Error", "Double", "Double", "Boolean", "Error"]);
    expect(excel.cell("Notes", "A2")?.formula).toBe("=SUM(A1:A2)");
    expect(["A3", "B3", "C3", "D3", "E3"].map((a) => excel.cell("Notes", a)?.value)).toEqual(["=SUM(A1:A2)", "007", "2016-08-10", "TRUE", "-x"]);
  });

  it("rejects any write to a protected sheet with AccessDenied; atomic mode applies nothing of the batch", async () => {
    const excel = new FakeExcel(grid);
    excel.protect("学生与班级");
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("B1").values = [["before"]];
      context.workbook.worksheets.getItem("学生与班级").getRange("C1").format.fill.color = "#FF0000";
      await context.sync();
    });
    expect(await codeOf(attempt)).toBe("AccessDenied");
    expect(excel.cell("Notes", "B1")).toBeUndefined();
    expect(excel.syncs.at(-1)?.error).toBe("AccessDenied");
  });

  it("in sequential mode, like Excel, keeps what ran before the failing action", async () => {
    const excel = new FakeExcel(grid);
    excel.batchMode = "sequential";
    excel.protect("学生与班级");
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("B1").values = [["before"]];
      context.workbook.worksheets.getItem("学生与班级").getRange("C1").conditionalFormats.add("Custom");
      await context.sync();
    });
    expect(await codeOf(attempt)).toBe("AccessDenied");
    expect(excel.cell("Notes", "B1")?.value).toBe("before");
    expect(excel.sheet("学生与班级").formats).toEqual([]);
  });

  it("rejects a request over 5 MB before applying anything, and a response over 5 MB", async () => {
    const excel = new FakeExcel(grid);
    const big = Array.from({ length: 4000 }, () => Array.from({ length: 100 }, () => "数据数据"));
    const write = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("A1:CV4000").values = big;
      await context.sync();
    });
    expect(await codeOf(write)).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.cell("Notes", "A1")?.value).toBe("x");
    expect(excel.syncs[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);

    excel.responseLimitBytes = 20;
    const read = excel.run(async (context) => {
      context.workbook.worksheets.getItem("学生与班级").getRange("A1:B3").load("values");
      await context.sync();
    });
    expect(await codeOf(read)).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("throws ItemNotFound for a missing sheet at sync, and a null object for getItemOrNullObject", async () => {
    const excel = new FakeExcel(grid);
    expect(
      await codeOf(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("Gone").getRange("A1").load("values");
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
    await excel.run(async (context) => {
      const gone = context.workbook.worksheets.getItemOrNullObject("Gone").load("name");
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
  });

  it("throws ApiNotFound for an API above the supported requirement set, which isSetSupported reports", async () => {
    const excel = new FakeExcel(grid);
    excel.apiVersion = "1.8";
    expect(excel.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(excel.office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRanges("A1,B2").format.fill.color = "#FF0000";
      await context.sync();
    });
    expect(await codeOf(attempt)).toBe("ApiNotFound");
  });

  it("refuses getRanges addresses over 8 192 characters", async () => {
    const excel = new FakeExcel(grid);
    const address = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRanges(address).format.fill.color = "#FF0000";
      await context.sync();
    });
    expect(address.length).toBeGreaterThan(8192);
    expect(await codeOf(attempt)).toBe("InvalidArgument");
  });

  it("models conditional formats: custom rule, fill, areas, priority, null custom properties for other types", async () => {
    const excel = new FakeExcel(grid);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("学生与班级");
      ws.getRange("B2").conditionalFormats.add("DataBar");
      const cf = ws.getRanges("A1:A2, B3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=AND(TRUE,"x"<>"")';
      cf.custom.format.fill.color = "#FFC7CE";
      cf.priority = 0;
      await context.sync();
      const all = ws.getRange().conditionalFormats.load({ type: true, customOrNullObject: { rule: { formula: true } } });
      await context.sync();
      expect(all.items.map((f) => [String(f.type), f.customOrNullObject.isNullObject])).toEqual([
        ["Custom", false],
        ["DataBar", true],
      ]);
      expect(all.items[0].customOrNullObject.rule.formula).toBe('=AND(TRUE,"x"<>"")');
    });
    expect(excel.fillOf("学生与班级", "A2")).toBe("FFC7CE");
    expect(excel.fillOf("学生与班级", "B3")).toBe("FFC7CE");
    expect(excel.fillOf("学生与班级", "B2")).toBeNull();
  });

  it("fires selection changes to handlers registered (and synced) through the API", async () => {
    const excel = new FakeExcel(grid);
    const seen: string[] = [];
    const registration = await excel.run(async (context) => {
      const result = context.workbook.onSelectionChanged.add(async () => {
        seen.push("fired");
      });
      await context.sync();
      return result;
    });
    await excel.fireSelectionChanged("Notes", "C3");
    registration.remove();
    await excel.fireSelectionChanged("Notes", "C4");
    expect(seen).toEqual(["fired", "fired"]);
    await registration.context.sync();
    await excel.fireSelectionChanged("Notes", "C5");
    expect(seen).toEqual(["fired", "fired"]);
  });

  it("turns references into a deleted sheet into #REF!, which a new sheet of that name does not mend", async () => {
    const excel = new FakeExcel(grid);
    await excel.type("Notes", "A2", "=学生与班级!B2+'学生与班级'!B3");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("学生与班级").delete();
      context.workbook.worksheets.add("学生与班级");
      await context.sync();
    });
    expect(excel.cell("Notes", "A2")).toMatchObject({ formula: "=#REF!B2+#REF!B3", value: "#REF!", type: "Error" });
  });

  it("copies a range whole (cells, merges, drop-downs, conditional formats) and clears one, leaving validation to its own clear", async () => {
    const excel = new FakeExcel(grid);
    excel.addSheet("Copy");
    await excel.run(async (context) => {
      const source = context.workbook.worksheets.getItem("学生与班级");
      source.getRange("A1:B1").merge();
      source.getRange("B2").dataValidation.rule = { list: { inCellDropDown: true, source: "甲,乙" } };
      source.getRange("A1:B3").conditionalFormats.add("DataBar");
      context.workbook.worksheets.getItem("Copy").getRange("A1:B3").copyFrom(source.getRange("A1:B3"), "All");
      await context.sync();
    });
    const copy = excel.sheet("Copy");
    expect(excel.cell("Copy", "B2")?.value).toBe(120);
    expect(excel.validationOf("Copy", "B2")).toEqual(["甲", "乙"]);
    expect(copy.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(copy.formats.map((f) => f.type)).toEqual(["DataBar"]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Copy").getRange().clear("All");
      await context.sync();
    });
    expect(excel.cell("Copy", "B2")?.value ?? null).toBeNull();
    expect(excel.validationOf("Copy", "B2")).toEqual(["甲", "乙"]);
    // "Formulas" and the other copy types are not modelled: a test cannot lean on them by mistake.
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Copy");
        sheet.getRange("A1").copyFrom(sheet.getRange("B2"), "Values");
        await context.sync();
      }),
    ).rejects.toThrow(/"All" only/);
  });

  it("puts one AutoFilter on a sheet (ExcelApi 1.9), refused on a protected sheet", async () => {
    const excel = new FakeExcel(grid);
    excel.apiVersion = "1.9";
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("学生与班级").autoFilter.apply("A1:B3");
      await context.sync();
    });
    expect(excel.sheet("学生与班级").autoFilter).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
    excel.protect("学生与班级");
    const removal = excel.run(async (context) => {
      context.workbook.worksheets.getItem("学生与班级").autoFilter.remove();
      await context.sync();
    });
    expect(await codeOf(removal)).toBe("AccessDenied");
    excel.apiVersion = "1.8";
    const old = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").autoFilter.apply("A1:A1");
      await context.sync();
    });
    expect(await codeOf(old)).toBe("ApiNotFound");
  });
});
