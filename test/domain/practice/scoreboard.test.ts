import { runCheck } from "../../../src/domain/check";
import type { Finding } from "../../../src/domain/findings";
import { sheetDef } from "../../../src/domain/fields/dictionary";
import { layoutRegister, layoutSheet, type RegisterRecords } from "../../../src/domain/layout/registerLayout";
import { cleanPracticeRegister, practiceMaxErrors, practiceRegister, type PracticeKeyEntry } from "../../../src/domain/practice/practiceRegister";
import { holdsOriginal, scoreboard, scoreSections } from "../../../src/domain/practice/scoreboard";
import { parseCellAddress, type WorkbookGrid } from "../../../src/domain/grid";
import { lastYearWorkbook } from "../../helpers/yearPair";
import { restoreEntries } from "../../helpers/practice";

/** Checked as a trainee checks: against last year's register when the practice file comes with one (综合). */
function scoreOf(key: Parameters<typeof scoreboard>[0], records: RegisterRecords, lastYear?: RegisterRecords) {
  const grid = layoutRegister(records).grid;
  const findings = runCheck(grid, lastYear ? { previous: lastYearWorkbook(layoutRegister(lastYear).grid) } : {}).findings;
  return { board: scoreboard(key, findings, grid), findings };
}

describe("scoreboard", () => {
  const seed = 17;
  const n = 9;
  const { records, key } = practiceRegister({ seed, errors: n });

  it("counts nothing fixed on the untouched practice file", () => {
    const { board } = scoreOf(key, records);
    expect(board.fixed).toEqual([]);
    expect(board.missed).toEqual(key.errors);
    expect(board.wrongFix).toEqual([]);
    expect(board.introduced).toEqual([]);
    expect(board.text).toBe(`已改正 0/${n} 处，改错位置 0 处，未改正 ${n} 处，新引入问题 0 处`);
  });

  it("counts two fixed errors after restoring their clean values", () => {
    const fixedEntries = [key.errors[0], key.errors[3]];
    const { board } = scoreOf(key, restoreEntries(records, cleanPracticeRegister(seed), fixedEntries));
    expect(board.fixed).toEqual(fixedEntries);
    expect(board.missed).toHaveLength(n - 2);
    expect(board.introduced).toEqual([]);
    expect(board.text).toBe(`已改正 2/${n} 处，改错位置 0 处，未改正 ${n - 2} 处，新引入问题 0 处`);
  });

  it("counts a new error the trainee made", () => {
    const all = restoreEntries(records, cleanPracticeRegister(seed), key.errors);
    const used = new Set(key.errors.filter((e) => e.sheet === "学生与班级").map((e) => e.schoolId));
    const students = (all.sheets.students ?? []).map((r) => ({ ...r }));
    const victim = students.findIndex((r) => !used.has(String(r.code)) && typeof r["primary.total"] === "number" && r["primary.total"] > 0);
    students[victim]["primary.female"] = (students[victim]["primary.total"] as number) + 1;
    const { board } = scoreOf(key, { ...all, sheets: { ...all.sheets, students } });
    expect(board.fixed).toHaveLength(n);
    expect(board.missed).toEqual([]);
    expect(board.introduced.map((f) => [f.rule, f.schoolId])).toEqual([["312-02", students[victim].code]]);
  });

  describe("a finding silenced by changing another cell is a wrong fix", () => {
    const made = practiceRegister({ seed: 4, errors: practiceMaxErrors("comprehensive"), level: "comprehensive" });

    /** The records with one field of the row an entry changed set to a new value, as a trainee typing would. */
    function changeRow(entry: PracticeKeyEntry, sheetId: "students" | "villages", field: string, value: (row: Record<string, unknown>) => number): RegisterRecords {
      const { firstDataRow } = layoutSheet(sheetDef(sheetId), [], made.records.title);
      const index = parseCellAddress(entry.changes![0].cell).row - firstDataRow;
      const rows = (made.records.sheets[sheetId] ?? []).map((r) => ({ ...r }));
      rows[index][field] = value(rows[index]);
      return { ...made.records, sheets: { ...made.records.sheets, [sheetId]: rows } };
    }

    it("raising 合计 to match an inflated 二年级 (312-01) is not 已改正", () => {
      const entry = made.key.errors.find((e) => /^31[23]-01$/.test(e.rule))!;
      const stage = entry.rule.startsWith("312") ? "primary" : "junior";
      const { board, findings } = scoreOf(made.key, changeRow(entry, "students", `${stage}.total`, (row) => (row[`${stage}.total`] as number) + 2), made.previous);
      const result = board.results.find((r) => r.entry === entry)!;
      expect(result.outcome).toBe("wrongFix");
      expect(result.unrestored).toEqual([{ cell: entry.changes![0].cell, original: entry.changes![0].original, actual: entry.changes![0].planted }]);
      expect(board.fixed).not.toContain(entry);
      const wrong = scoreSections(board, findings).find((s) => s.kind === "wrongFix")!;
      expect(wrong.lines).toEqual([`[${entry.rule}] 学生与班级!${entry.changes![0].cell} 应为 ${entry.changes![0].original}，现为 ${entry.changes![0].planted}`]);
    });

    it("raising the age group to match inflated enrolment (V-01) is not 已改正", () => {
      const entry = made.key.errors.find((e) => e.rule === "V-01")!;
      const { board } = scoreOf(made.key, changeRow(entry, "villages", "juniorAge", (row) => (row.juniorEnrolled as number) + 1), made.previous);
      expect(board.results.find((r) => r.entry === entry)?.outcome).toBe("wrongFix");
      expect(board.wrongFix).toEqual([entry]);
      expect(board.introduced).toEqual([]);
    });
  });

  it("compares numbers as numbers, text trimmed, blank as blank", () => {
    expect(holdsOriginal(12, 12)).toBe(true);
    expect(holdsOriginal(12, 12.0000000000001)).toBe(true);
    expect(holdsOriginal(12, " 12 ")).toBe(true);
    expect(holdsOriginal(12, "１２")).toBe(false);
    expect(holdsOriginal(12, "约12")).toBe(false);
    expect(holdsOriginal(12, 13)).toBe(false);
    expect(holdsOriginal(12, null)).toBe(false);
    expect(holdsOriginal(null, "  ")).toBe(true);
    expect(holdsOriginal(null, 0)).toBe(false);
    expect(holdsOriginal("乡村", " 乡村")).toBe(true);
    expect(holdsOriginal("乡村", "镇区")).toBe(false);
    expect(holdsOriginal({ error: "#DIV/0!" }, { error: "#DIV/0!" })).toBe(true);
  });

  it("scores a key without recorded changes (version 1) by its finding", () => {
    const entry = { rule: "D01", severity: "error" as const, schoolId: "5328000001", sheet: "场地与装备", cells: ["H4"], description: "x" };
    const finding: Finding = { rule: "D01", severity: "error", schoolId: "5328000001", schoolName: null, sheet: "场地与装备", cells: ["H4"], message: "", explained: false, params: {} };
    const k = { seed: 1, errors: [entry] };
    const grid: WorkbookGrid = { sheets: [], ownedSheets: [] };
    expect(scoreboard(k, [finding], grid).missed).toHaveLength(1);
    expect(scoreboard(k, [{ ...finding, cells: ["H5"] }], grid).introduced).toHaveLength(1);
    expect(scoreboard(k, [{ ...finding, schoolId: "5328000002" }], grid).fixed).toHaveLength(1);
    expect(scoreboard(k, [{ ...finding, severity: "info" }], grid).introduced).toEqual([]);
  });
});
