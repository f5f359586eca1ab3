import { fieldDef } from "../../src/domain/fields/dictionary";
import { readCode, readEnum, readNumber } from "../../src/domain/recognise/values";

const books = fieldDef("facilities", "books");
const area = fieldDef("facilities", "siteArea");
const money = fieldDef("facilities", "equipmentValue");

describe("reading numbers", () => {
  it.each([
    [120, 120, undefined],
    ["120", 120, undefined],
    [" 120 ", 120, undefined],
    ["1 250", 1250, "untidy"],
    ["１２０", 120, "untidy"],
    ["1,250", 1250, "untidy"],
    ["1，250", 1250, "untidy"],
    ["1,250册", 1250, "untidy"],
    ["1250本", 1250, "untidy"],
    ["无", 0, "zeroWord"],
    ["—", 0, "zeroWord"],
    ["约50", null, "unreadable"],
    ["120平方米", null, "unreadable"],
    [true, null, "unreadable"],
    [{ error: "#N/A" }, null, "excelError"],
    [null, null, undefined],
    ["  ", null, undefined],
  ])("%p in 图书 reads as %p (%s)", (raw, value, note) => {
    const read = readNumber(raw, books);
    expect(read.value).toBe(value);
    expect(read.note?.kind).toBe(note);
  });

  it("accepts the column's own unit on areas", () => {
    expect(readNumber("120平方米", area)).toEqual({ value: 120, note: { kind: "untidy", text: "120平方米" } });
    expect(readNumber("120㎡", area).value).toBe(120);
  });

  it("holds money in 元: the column scale for plain numbers, the written unit otherwise", () => {
    expect(readNumber(12.5, money, 10000).value).toBe(125000);
    expect(readNumber("5万元", money, 1).value).toBe(50000);
    expect(readNumber("3000元", money, 10000).value).toBe(3000);
  });

  it("reports a date typed into a count column", () => {
    expect(readNumber(new Date("2016-09-01T00:00:00Z"), books)).toEqual({ value: null, note: { kind: "unreadable", text: "日期 2016-09-01" } });
  });
});

describe("reading codes and enums", () => {
  it("keeps a numeric school code as its ten digits", () => {
    expect(readCode(5328220001).value).toBe("5328220001");
    expect(readCode("５３２８２２０００１ ").value).toBe("5328220001");
  });

  it("maps aliases and 城乡分类代码 to the allowed values, and reports others", () => {
    const urbanRural = fieldDef("schools", "urbanRural");
    expect(readEnum("220", urbanRural).value).toBe("乡村");
    expect(readEnum(121, urbanRural).value).toBe("镇区");
    expect(readEnum("农 村", urbanRural).value).toBe("乡村");
    expect(readEnum("山区", urbanRural)).toEqual({ value: null, note: { kind: "notAllowed", text: "山区" } });
  });

  it.each(["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"])("reads a cell holding %p as a value not allowed, never as Object.prototype's member", (text) => {
    for (const field of [fieldDef("schools", "urbanRural"), fieldDef("schools", "boarding"), fieldDef("schools", "sponsor")]) {
      expect(readEnum(text, field)).toEqual({ value: null, note: { kind: "notAllowed", text } });
    }
  });
});
