/** The work calendar (docs/method.md §1): the plan's schedule dated in the statistical year, edits carried. */
import { milestoneDate, statisticalYear, workCalendar } from "../../../src/domain/calendar/calendar";
import { progressSheet, readProgressSheet } from "../../../src/domain/outputs/progressSheet";
import { outputToGrid, withCell } from "../../helpers/outputToGrid";
import { BASIC, QUALITY } from "../../helpers/evaluationSchools";

describe("statisticalYear", () => {
  it.each([
    ["2017", 2017],
    ["2017年", 2017],
    ["2016—2017学年", 2016],
    ["", null],
    ["本年度", null],
  ])("reads %s as %s", (text, year) => {
    expect(statisticalYear({ 统计年度: text })).toBe(year);
  });
});

/** 工作进度 as written for `year`, with the user's date and status typed into the 编制统计报表 (compile) row. */
function editedProgress(year: string, date: string, status: string) {
  const written = outputToGrid(progressSheet(workCalendar(BASIC(), { 统计年度: year }), {}));
  const row = written.rows.findIndex((r) => String(r[6]).endsWith("|compile")) + 1;
  return readProgressSheet(withCell(withCell(written, `C${row}`, date), `E${row}`, status));
}

describe("workCalendar", () => {
  it("dates the plan's milestones in the statistical year, in both packs", () => {
    for (const pack of [BASIC(), QUALITY()]) {
      const calendar = workCalendar(pack, { 统计年度: "2017" });
      expect(milestoneDate(calendar, "compile")).toBe("2017-07-25");
      expect(milestoneDate(calendar, "archive")).toBe("2017-08-10");
      expect(calendar.milestones.every((m) => m.date.startsWith("2017-") && m.status === "未开始")).toBe(true);
    }
  });

  it("gives month and day only when the year is unknown, never a guessed year", () => {
    const calendar = workCalendar(BASIC(), {});
    expect(calendar.year).toBeNull();
    expect(milestoneDate(calendar, "compile")).toBe("7月25日");
  });

  it("keeps a date and status set in 工作进度 for the same year", () => {
    const calendar = workCalendar(BASIC(), { 统计年度: "2017" }, editedProgress("2017", "2017-07-28", "已完成"));
    expect(calendar.milestones.find((m) => m.id === "compile")).toMatchObject({ date: "2017-07-28", status: "已完成" });
  });

  it("moves last year's dates to this year and starts every status afresh", () => {
    const calendar = workCalendar(BASIC(), { 统计年度: "2017" }, editedProgress("2016", "2016-07-28", "已完成"));
    expect(calendar.milestones.find((m) => m.id === "compile")).toMatchObject({ date: "2017-07-28", status: "未开始" });
    expect(milestoneDate(calendar, "archive")).toBe("2017-08-10");
  });

  it("ignores what is not a date or a status", () => {
    expect(workCalendar(BASIC(), { 统计年度: "2017" }, editedProgress("2017", "七月底", "差不多")).milestones.find((m) => m.id === "compile")).toMatchObject({
      date: "2017-07-25",
      status: "未开始",
    });
  });
});
