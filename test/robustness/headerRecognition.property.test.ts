/**
 * The header recogniser on arbitrary header variants and on arbitrary grids: it never throws anything but the
 * Chinese InputError for "no register here", every column it was meant to read is read as its field, and every
 * other non-empty header is reported (W-01), never dropped silently.
 */
import fc from "fast-check";
import { InputError } from "../../src/domain/errors";
import { columnLetter, type CellValue, type SheetGrid, type WorkbookGrid } from "../../src/domain/grid";
import { normaliseHeaderLevel } from "../../src/domain/recognise/headerText";
import { recogniseRegister } from "../../src/domain/recognise/register";
import { RegisterRowSchema, type Register } from "../../src/domain/register";
import { headerSample, UNKNOWN_HEADER } from "./headerVariants";

const RUNS = { numRuns: 300 };

function recognise(...sheets: SheetGrid[]): Register {
  return recogniseRegister({ sheets, ownedSheets: [] });
}

describe("normalising a header level", () => {
  it("never throws, leaves no white space, and is stable when applied again", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.stringMatching(/^[（(【[]*[a-z册万元㎡ \u3000]*[)）】\]]*$/)), (raw) => {
        const once = normaliseHeaderLevel(raw);
        expect(once.text).not.toMatch(/\s/);
        expect(normaliseHeaderLevel(once.text).text).toBe(once.text);
      }),
      RUNS,
    );
  });
});

describe("recognising header variants", () => {
  it("reads every column as the field it was written for, whatever the spelling, layout and merging", () => {
    fc.assert(
      fc.property(headerSample, (sample) => {
        const register = recognise(sample.sheet);
        const sheet = register.sheets[sample.sheetId];
        expect(sheet?.name).toBe(sample.sheet.name);
        expect(sheet!.columns.map((c) => [c.letter, c.fieldId])).toEqual(sample.fieldIds.flatMap((id, c) => (id === null ? [] : [[columnLetter(c), id]])));
        for (const column of sheet!.columns) {
          const unit = sample.moneyUnits.get(column.col);
          if (unit) expect([column.letter, column.scale]).toEqual([column.letter, unit === "万元" ? 10000 : 1]);
        }
        // The column of the user's own is reported by its header (under any group header merged over it), at its
        // own column, and nothing else is.
        const unknownLetter = columnLetter(sample.fieldIds.indexOf(null));
        const reported = register.issues.filter((i) => i.kind !== "missingColumn");
        expect(reported.map((i) => [i.kind, i.sheet, i.detail.split("/").pop(), i.cells.map((a) => a.replace(/\d+$/, ""))])).toEqual([
          ["unknownColumns", sample.sheet.name, UNKNOWN_HEADER, [unknownLetter]],
        ]);
        expect(sheet!.rows.map((r) => r.row)).toEqual([sample.dataRow]);
        // Every recognised column's data cell is read as written (money scaled to 元), with its own address.
        const row = sheet!.rows[0];
        expect(row.key).toBe(sample.sheetId === "villages" ? "勐往村" : "5328220001");
        for (const column of sheet!.columns) {
          expect([column.fieldId, row.fields[column.fieldId]]).toEqual([column.fieldId, { value: sample.expected.get(column.fieldId), cell: `${column.letter}${sample.dataRow}` }]);
        }
      }),
      RUNS,
    );
  });
});

const word = fc.constantFrom("学校标识码", "学校名称", "学校代码", "小学", "初中", "合计", "班数", "一年级", "专任教师", "本科", "图书（册）", "占地面积", "村委会", "合计", "甲", "乙", "1", "填报说明", "数据日期", "乡镇");
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: word },
  { weight: 2, arbitrary: fc.constantFrom("5328220001", 5328220001, 532822001, "甲小学", "无", "约50", "-") },
  // Valid dates only: adapters turn a corrupt date into #NUM! (test/workbook), and WorkbookGrid promises no invalid Date.
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.date({ noInvalidDate: true }), fc.constant({ error: "#NUM!" })) },
  { weight: 1, arbitrary: fc.oneof(fc.string(), fc.constantFrom("#REF!", "#N/A").map((error) => ({ error }))) },
);
const range = fc
  .tuple(fc.nat({ max: 12 }), fc.nat({ max: 10 }), fc.nat({ max: 12 }), fc.nat({ max: 10 }))
  .map(([a, b, c, d]) => ({ top: Math.min(a, c), left: Math.min(b, d), bottom: Math.max(a, c), right: Math.max(b, d) }));
const sheetGrid: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.constantFrom("学校基本情况", "学生与班级", "教职工", "校舍", "场地与装备", "普及与控辍", "Sheet1", "审核结果", "填报说明", "表2 学生"),
  rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }),
  merges: fc.array(range, { maxLength: 4 }),
  visibility: fc.constantFrom("visible", "hidden", "veryHidden"),
});
const workbook: fc.Arbitrary<WorkbookGrid> = fc.record({ sheets: fc.array(sheetGrid, { maxLength: 4 }), ownedSheets: fc.constant([]) });

describe("recognising arbitrary grids", () => {
  it("returns a register of valid rows, or refuses with a Chinese InputError — nothing else", () => {
    fc.assert(
      fc.property(workbook, (grid) => {
        let register: Register;
        try {
          register = recogniseRegister(grid);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
          return;
        }
        for (const sheet of Object.values(register.sheets)) {
          for (const row of sheet!.rows) expect(RegisterRowSchema.safeParse(row).success).toBe(true);
        }
        for (const issue of register.issues) expect(grid.sheets.map((s) => s.name)).toContain(issue.sheet);
      }),
      { numRuns: 500 },
    );
  });
});
