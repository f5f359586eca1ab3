/** Year-on-year rules H-01..H-04 over a pair of generated years: they fire on the changed cells and nowhere else. */
import { readInputs, runCheck } from "../../src/domain/check";
import type { Finding } from "../../src/domain/findings";
import type { SheetId } from "../../src/domain/fields/types";
import { parsePack, PACKS } from "../../src/domain/packs/registry";
import { recogniseRegister } from "../../src/domain/recognise/register";
import { matchSchools } from "../../src/domain/rules/historyMatch";
import type { RegisterRecords } from "../../src/domain/layout/registerLayout";
import { contextOf, primarySchool, records, CODE_A, CODE_B } from "../helpers/register";
import { codesOf, firstYear, lastYearWorkbook, numberAt, withCode, withoutSchool, withSchoolCells, yearGrid } from "../helpers/yearPair";

const year1 = firstYear();
const previous = lastYearWorkbook(yearGrid(year1));

const historyOf = (findings: readonly Finding[]) => findings.filter((f) => f.rule.startsWith("H-"));

/** The 小学 of the township that are not its 中心小学 (no teaching point hangs on them). */
function villageSchools(r: RegisterRecords): string[] {
  return (r.sheets.schools ?? []).filter((s) => s.type === "小学" && !String(s.name).includes("中心")).map((s) => String(s.code));
}

/** Where a field of a school is in a year's workbook, as `sheet!cell`. */
function cellOf(r: RegisterRecords, code: string, sheet: SheetId, field: string): string {
  const rec = recogniseRegister(yearGrid(r)).sheets[sheet]!;
  return `${rec.name}!${rec.rows.find((row) => row.key === code)!.fields[field].cell}`;
}

const located = (f: Finding) => `${f.rule} ${f.schoolId} ${f.cells.map((c) => `${f.sheet}!${c}`).join(",")}`;

describe("history rules on a pair of generated years", () => {
  const [booksSchool, equipmentSchool, studentSchool, renamed, closed] = villageSchools(year1);

  const year2 = (() => {
    let r = withSchoolCells(year1, booksSchool, "facilities", { books: numberAt(year1, booksSchool, "facilities", "books") - 300 });
    r = withSchoolCells(r, equipmentSchool, "facilities", { equipmentValue: numberAt(r, equipmentSchool, "facilities", "equipmentValue") * 2 });
    r = withSchoolCells(r, studentSchool, "students", { "primary.total": Math.round(numberAt(r, studentSchool, "students", "primary.total") * 1.4) });
    r = withCode(r, renamed, "5328990001");
    return withoutSchool(r, closed);
  })();

  it("reports nothing when last year's register is this year's", () => {
    expect(historyOf(runCheck(yearGrid(year1), { previous }).findings)).toEqual([]);
  });

  it("fires on the changed cells only", () => {
    const findings = historyOf(runCheck(yearGrid(year2), { previous }).findings);
    expect(findings.map(located).sort()).toEqual(
      [
        `H-02 ${booksSchool} ${cellOf(year2, booksSchool, "facilities", "books")}`,
        `H-02 ${equipmentSchool} ${cellOf(year2, equipmentSchool, "facilities", "equipmentValue")}`,
        `H-01 ${studentSchool} ${cellOf(year2, studentSchool, "students", "primary.total")}`,
        `H-04 5328990001 ${cellOf(year2, "5328990001", "schools", "code")}`,
        `H-03 ${closed} `,
      ].sort(),
    );
    const bySchool = (code: string) => findings.find((f) => f.schoolId === code)!;
    expect(bySchool(booksSchool).message).toMatch(/^图书 \d+ 册，上年 \d+ 册，减少 [\d.]+%（比上年减少）$/);
    expect(bySchool(equipmentSchool).message).toMatch(/增加 100%（增加超过 50%）/);
    const [was, is] = [numberAt(year1, studentSchool, "students", "primary.total"), numberAt(year2, studentSchool, "students", "primary.total")];
    const rise = Math.round(((is - was) / was) * 1000) / 10;
    expect(bySchool(studentSchool).message).toBe(`在校生 ${is} 人，上年 ${was} 人，增加 ${rise}%，超过 ±30% 的比对范围`);
    expect(bySchool(studentSchool).severity).toBe("warning");
    expect(bySchool("5328990001").message).toContain(`（${renamed}）`);
    expect(bySchool(closed)).toMatchObject({ severity: "info", sheet: null, cells: [] });
  });

  it("compares the school matched by name like any other", () => {
    const r = withSchoolCells(withCode(year1, renamed, "5328990001"), "5328990001", "buildings", { totalArea: 1 });
    const findings = historyOf(runCheck(yearGrid(r), { previous }).findings);
    expect(findings.map((f) => f.rule).sort()).toEqual(["H-02", "H-04"]);
  });

  it("reports a new school as info on its 学校基本情况 row", () => {
    const findings = historyOf(runCheck(yearGrid(year1), { previous: lastYearWorkbook(yearGrid(withoutSchool(year1, closed))) }).findings);
    expect(findings.map(located)).toEqual([`H-03 ${closed} ${cellOf(year1, closed, "schools", "code")},${cellOf(year1, closed, "schools", "name")}`]);
    expect(findings[0].severity).toBe("info");
  });

  it("takes its thresholds from the pack", () => {
    const pack = parsePack({ ...PACKS[0], history: { ...PACKS[0].history, students: 0.5, resourceFall: 0.2, resourceRise: 1.5 } });
    const findings = historyOf(runCheck(yearGrid(year2), { previous, pack }).findings);
    expect(findings.map((f) => f.rule).sort()).toEqual(["H-03", "H-04"]);
  });

  it("gives pack files without history thresholds the shipped ones", () => {
    const older: Record<string, unknown> = { ...PACKS[0] };
    delete older.history;
    expect(parsePack(older).history).toEqual(PACKS[0].history);
    expect(PACKS[0].history).toMatchObject({ students: 0.3, resourceFall: 0, resourceRise: 0.5, provenance: { kind: "reference" } });
    expect(() => parsePack({ ...PACKS[0], history: { ...PACKS[0].history, resourceFall: 2 } })).toThrow(/history\.resourceFall/);
  });

  it("leaves runs without last year's register as they were", () => {
    expect(codesOf(year2)).not.toContain(closed);
    const withPrevious = runCheck(yearGrid(year2), { previous });
    expect(historyOf(withPrevious.findings)).not.toEqual([]);
    const without = runCheck(yearGrid(year2));
    expect(without.findings).toEqual(withPrevious.findings.filter((f) => !f.rule.startsWith("H-")));
    expect(without.rectification).toEqual(withPrevious.rectification);
  });

  it("recognises last year's workbook in the input stage, naming the file when it holds no register", () => {
    const inputs = readInputs(yearGrid(year2), { previous });
    expect(inputs.lastYear?.register).toEqual(recogniseRegister(yearGrid(year1)));
    const notes = lastYearWorkbook({ sheets: [{ name: "Sheet1", rows: [["会议记录"]], merges: [], visibility: "visible" }], ownedSheets: [] }, "会议记录.xlsx");
    expect(() => readInputs(yearGrid(year2), { previous: notes })).toThrow(/^上年数据「会议记录\.xlsx」无法使用：/);
  });
});

describe("matching schools across years", () => {
  it("pairs by code first, then by a name that is unique on both sides", () => {
    const before = contextOf(records(primarySchool(CODE_A, "老寨小学"), primarySchool(CODE_B, "新寨小学")));
    const now = contextOf(records(primarySchool(CODE_A, "老寨小学（改名）"), primarySchool("5328220009", " 新寨小学")));
    const match = matchSchools(now, before);
    expect(match.pairs.map((p) => [p.current.code, p.previous.code, p.byName])).toEqual([
      [CODE_A, CODE_A, false],
      ["5328220009", CODE_B, true],
    ]);
    expect(match.appeared).toEqual([]);
    expect(match.disappeared).toEqual([]);
  });

  it("does not guess between two unpaired schools of the same name", () => {
    const before = contextOf(records(primarySchool(CODE_A, "老寨教学点"), primarySchool(CODE_B, "老寨教学点")));
    const now = contextOf(records(primarySchool("5328220009", "老寨教学点")));
    const match = matchSchools(now, before);
    expect(match.pairs).toEqual([]);
    expect(match.appeared.map((s) => s.code)).toEqual(["5328220009"]);
    expect(match.disappeared.map((s) => s.code)).toEqual([CODE_A, CODE_B]);
  });
});
