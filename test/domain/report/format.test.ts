import {
  chineseNumber,
  cvText,
  grouped,
  indicatorText,
  indicatorWithUnit,
  percentText,
  plainNumber,
  ratePercent,
  standardText,
  townshipWord,
} from "../../../src/domain/report/format";

describe("numbers as the report prints them", () => {
  it("rounds CVs to 3 decimals and never prints NaN", () => {
    expect(cvText(0.22851474268775898)).toBe("0.229");
    expect(cvText(0.0495)).toBe("0.050");
    expect(cvText(null)).toBe("—");
    expect(cvText(Number.NaN)).toBe("—");
  });

  it("groups digits with spaces, money whole", () => {
    expect(grouped(1234567)).toBe("1 234 567");
    expect(grouped(-1234.5, 2)).toBe("-1 234.50");
    expect(grouped(-0.001, 2)).toBe("0.00");
    expect(indicatorText("S5", 15025.4)).toBe("15 025");
    expect(indicatorText("S2", 4.5867)).toBe("4.59");
    expect(indicatorText("S9", 0.9833)).toBe("98.3%");
    expect(indicatorText("B6", 0.06078)).toBe("0.0608");
    expect(indicatorText("S10", 35.67)).toBe("35.7");
    expect(indicatorText("S6", null)).toBe("—");
  });

  it("writes standards and rates as they are written", () => {
    expect(standardText("S2", 5.1)).toBe("5.1");
    expect(standardText("Q6", 2000)).toBe("2 000");
    expect(standardText("S9", 0.98)).toBe("98%");
    expect(standardText("S3", null)).toBe("未设定");
    expect(plainNumber(0.1 + 0.2)).toBe("0.3");
    expect(ratePercent(0.9923664)).toBe("99.24%");
    expect(ratePercent(1)).toBe("100%");
    expect(ratePercent(0.995)).toBe("99.5%");
    expect(percentText(0.011, 1)).toBe("1.1%");
  });

  it("adds units in sentences, ratios as 1 : n", () => {
    expect(indicatorWithUnit("S5", 291.71)).toBe("292 元");
    expect(indicatorWithUnit("S8", 20.46)).toBe("1 : 20.5");
    expect(indicatorWithUnit("S8", 19, true)).toBe("1 : 19");
    expect(indicatorWithUnit("B6", 0.0608)).toBe("0.0608（1 : 16.4）");
  });

  it("speaks of 全乡 or 全镇 as the township names itself", () => {
    expect(townshipWord({ 乡镇: "勐往乡（示例）" })).toBe("乡");
    expect(townshipWord({ 乡镇: "勐混镇" })).toBe("镇");
    expect(townshipWord({})).toBe("乡");
    expect([1, 10, 12, 20, 23].map(chineseNumber)).toEqual(["一", "十", "十二", "二十", "二十三"]);
  });
});
