/** The archive tables built from three checked years: rows, numbers, trends, counts and their pictures. */
import { runCheck, type CheckRun } from "../../../src/domain/check";
import { STAGE_LABEL } from "../../../src/domain/fields/dictionary";
import { layoutRegister } from "../../../src/domain/layout/registerLayout";
import { archiveSheets, ARCHIVE_SHEETS } from "../../../src/domain/archive/archivePlan";
import { archiveYears, type ArchiveYear } from "../../../src/domain/archive/archiveYears";
import { COEFFICIENT_COLUMNS } from "../../../src/domain/archive/coefficientSheet";
import { SCHOOL_COLUMNS, TOWNSHIP_COLUMNS } from "../../../src/domain/archive/countsSheet";
import { TREND_LABEL, trendOf } from "../../../src/domain/archive/trend";
import type { OutputSheet } from "../../../src/domain/outputs/writePlan";
import { coefficientBarMax } from "../../../src/domain/outputs/pictures";
import { parseCellAddress } from "../../../src/domain/grid";
import { isOutputSheet } from "../../../src/domain/recognise/sheetNames";
import { townshipYear, YEARS } from "./threeYears";

const runOf = (year: number): CheckRun => runCheck(layoutRegister(townshipYear(year)).grid);
const values = (sheet: OutputSheet, row: number) => sheet.rows[row].map((c) => c.value);
/** 0-based index of the row whose first cells are these values. */
const rowIndex = (sheet: OutputSheet, ...start: (string | number)[]) => sheet.rows.findIndex((r) => start.every((v, i) => r[i]?.value === v));

describe("archive sheets of three years", () => {
  // Given out of order: the archive puts them in year order.
  const years: ArchiveYear[] = archiveYears([2016, 2014, 2015].map((y) => ({ file: `${y}年登记表.xlsx`, run: runOf(y) })));
  const [coefficients, schools, counts] = archiveSheets(years);

  it("orders the years and names its three sheets, which are never read as register sheets", () => {
    expect(years.map((y) => y.year)).toEqual(["2014", "2015", "2016"]);
    expect([coefficients.name, schools.name, counts.name]).toEqual([...ARCHIVE_SHEETS]);
    for (const name of ARCHIVE_SHEETS) expect(isOutputSheet(name)).toBe(true);
    expect(coefficients.rows[0][0].value).toBe("示例乡 历年差异系数（2014—2016年度）");
    expect(coefficients.printHeader).toEqual({ left: "示例乡", right: "档案汇总 2014—2016年度" });
  });

  it("gives each stage, indicator and the composite a row per year with that year's CV and the change from the year before", () => {
    expect(values(coefficients, coefficients.headerRow - 1)).toEqual([...COEFFICIENT_COLUMNS]);
    const ids = [...years[0].run.pack.balanceIndicators, "composite"];
    const stages = (["primary", "junior"] as const).filter((s) => years.some((y) => y.run.evaluation.balance[s].units > 0));
    expect(coefficients.rows.length - coefficients.headerRow).toBe(stages.length * ids.length * YEARS.length);
    let moved = 0;
    for (const stage of stages) {
      for (const id of ids) {
        const cvs = years.map((y) => (id === "composite" ? y.run.evaluation.balance[stage].composite : y.run.evaluation.balance[stage].cv[id]));
        years.forEach((y, i) => {
          const label = id === "composite" ? "综合差异系数" : undefined;
          const r = coefficients.rows.findIndex((row) => row[0]?.value === STAGE_LABEL[stage] && (label ? row[1].value === label : String(row[1]?.value).startsWith(`${id} `)) && row[2]?.value === y.year);
          const row = values(coefficients, r);
          expect(row[5]).toBe(cvs[i]);
          if (i === 0) {
            expect(row.slice(6, 8)).toEqual([null, "—"]);
            return;
          }
          const trend = trendOf(cvs[i - 1], cvs[i]);
          // The change between the CVs as printed (three decimals).
          expect(row[6]).toBe((Math.round((cvs[i] as number) * 1000) - Math.round((cvs[i - 1] as number) * 1000)) / 1000);
          expect(row[7]).toBe(TREND_LABEL[trend.direction!]);
          if (trend.direction !== "flat") moved++;
        });
      }
    }
    // Books and computers changed, so some coefficients moved; the trend column is not all 持平.
    expect(moved).toBeGreaterThan(2);
  });

  it("judges only the composite in the basic pack, with that year's threshold", () => {
    const r = rowIndex(coefficients, "小学", "综合差异系数", "2016");
    const b = years[2].run.evaluation.balance.primary;
    expect(values(coefficients, r).slice(8, 10)).toEqual([b.threshold, b.passed ? "达到" : "未达到"]);
    const b1 = rowIndex(coefficients, "小学", values(coefficients, r - YEARS.length)[1] as string, "2016");
    expect(values(coefficients, b1).slice(8, 10)).toEqual([null, null]);
  });

  it("draws one data bar per stage over its CV column, on a scale from the threshold", () => {
    const primaryRows = coefficients.rows.map((row, i) => (row[0]?.value === "小学" ? i : -1)).filter((i) => i >= 0);
    const bar = coefficients.dataBars![0];
    const [from, to] = bar.ranges[0].split(":").map(parseCellAddress);
    expect([from.col, from.row, to.row]).toEqual([5, primaryRows[0], primaryRows[primaryRows.length - 1]]);
    expect(bar.min).toBe(0);
    const cvs = primaryRows.map((r) => coefficients.rows[r][5].value as number | null);
    expect(bar.max).toBe(coefficientBarMax(0.65, cvs));
    expect(bar.max).toBeGreaterThanOrEqual(0.975);
  });

  it("lists every unit of every year, a school's years together, with the year beside 学段", () => {
    const unitCount = years.reduce((n, y) => n + y.run.evaluation.units.length, 0);
    expect(schools.rows.length - schools.headerRow).toBe(unitCount);
    const header = values(schools, schools.headerRow - 1);
    expect(header.slice(0, 5)).toEqual(["学校", "标识码", "学段", "年度", "城乡分类"]);
    const first = values(schools, schools.headerRow);
    const second = values(schools, schools.headerRow + 1);
    expect([first[1], first[3], second[1], second[3]]).toEqual([first[1], "2014", first[1], "2015"]);
    // S6 (books) of the first school, 2016, is the 2016 run's value.
    const s6 = header.findIndex((h) => String(h).startsWith("S6 "));
    const unit = years[2].run.evaluation.units.find((e) => e.unit.schoolId === first[1] && e.unit.stage === "primary")!;
    expect(values(schools, schools.headerRow + 2)[s6]).toBe(unit.indicators.S6);
    expect(schools.dataBars!.length).toBeGreaterThan(0);
  });

  it("counts findings by severity and 整改清单 items per year, for the township and each school", () => {
    const header = rowIndex(counts, ...TOWNSHIP_COLUMNS);
    years.forEach((y, i) => {
      const row = values(counts, header + 1 + i);
      expect(row.slice(0, 9)).toEqual([y.year, y.file, y.run.summary.schools, y.run.summary.units, y.run.summary.error, y.run.summary.warning, 0, y.run.summary.info, y.run.rectification.length]);
      // These registers were never checked before, so no status was recorded: 无记录, not "未整改 n".
      expect(y.run.rectificationRecorded).toBe(false);
      expect(row.slice(9)).toEqual(["无记录", "无记录", "无记录"]);
    });
    expect(years.map((y) => y.run.summary.error)).toEqual([0, expect.any(Number), 0]);
    expect(years[1].run.summary.error).toBeGreaterThan(0);

    expect(counts.headerRow).toBe(rowIndex(counts, ...SCHOOL_COLUMNS) + 1);
    const broken = years[1].run.findings.find((f) => f.severity === "error")!.schoolId!;
    const schoolRow = counts.rows.findIndex((row) => row[1]?.value === broken && row[2]?.value === "2015");
    expect(schoolRow).toBeGreaterThan(counts.headerRow - 1);
    expect(values(counts, schoolRow)[3]).toBe(years[1].run.findings.filter((f) => f.schoolId === broken && f.severity === "error").length);
  });
});

describe("archiveYears", () => {
  const run = (meta: Record<string, string>): CheckRun => {
    const records = townshipYear(2016, meta);
    return runCheck(layoutRegister(records).grid);
  };

  it("refuses files without a year, naming them and how to give one", () => {
    expect(() => archiveYears([{ file: "甲.xlsx", run: run({ 统计年度: "2016" }) }, { file: "乙.xlsx", run: run({ 乡镇: "示例乡" }) }], "，或用 --year 指定")).toThrow(
      "无法确定「乙.xlsx」的统计年度：请在填报说明中填写统计年度，或用 --year 指定。",
    );
  });

  it("refuses two files of one year, however the year is written", () => {
    expect(() => archiveYears([{ file: "甲.xlsx", run: run({ 统计年度: "2016" }) }, { file: "乙.xlsx", run: run({ 统计年度: "2016年度" }) }])).toThrow(
      "「甲.xlsx」与「乙.xlsx」都是 2016 年度的登记表：每个年度只能有一个文件。",
    );
  });
});

describe("trendOf", () => {
  it("calls a change that does not show at three decimals 持平, and a fall a narrowing of the difference", () => {
    expect(trendOf(0.5, 0.5004)).toEqual({ change: 0, direction: "flat" });
    expect(trendOf(0.5, 0.4).direction).toBe("down");
    expect(trendOf(0.4, 0.5).direction).toBe("up");
    expect(trendOf(null, 0.5)).toEqual({ change: null, direction: null });
  });

  it("compares the values as printed: 0.2294 → 0.2296 shows 0.229 → 0.230, so +0.001 上升, not +0.000 持平", () => {
    expect(trendOf(0.2294, 0.2296)).toEqual({ change: 0.001, direction: "up" });
    expect(trendOf(0.2296, 0.2304)).toEqual({ change: 0, direction: "flat" });
  });
});
