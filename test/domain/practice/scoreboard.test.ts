import { runCheck } from "../../../src/domain/check";
import type { Finding } from "../../../src/domain/findings";
import { layoutRegister, type RegisterRecords } from "../../../src/domain/layout/registerLayout";
import { cleanPracticeRegister, practiceRegister } from "../../../src/domain/practice/practiceRegister";
import { scoreboard } from "../../../src/domain/practice/scoreboard";
import { restoreEntries } from "../../helpers/practice";

function findingsOf(records: RegisterRecords): readonly Finding[] {
  return runCheck(layoutRegister(records).grid).findings;
}

describe("scoreboard", () => {
  const seed = 17;
  const n = 9;
  const { records, key } = practiceRegister({ seed, errors: n });

  it("counts nothing fixed on the untouched practice file", () => {
    const board = scoreboard(key, findingsOf(records));
    expect(board.fixed).toEqual([]);
    expect(board.missed).toEqual(key.errors);
    expect(board.introduced).toEqual([]);
    expect(board.text).toBe(`已改正 0/${n} 处，未改正 ${n} 处，新引入问题 0 处`);
  });

  it("counts two fixed errors after restoring their clean values", () => {
    const fixedEntries = [key.errors[0], key.errors[3]];
    const fixed = restoreEntries(records, cleanPracticeRegister(seed), fixedEntries);
    const board = scoreboard(key, findingsOf(fixed));
    expect(board.fixed).toEqual(fixedEntries);
    expect(board.missed).toHaveLength(n - 2);
    expect(board.introduced).toEqual([]);
    expect(board.text).toBe(`已改正 2/${n} 处，未改正 ${n - 2} 处，新引入问题 0 处`);
  });

  it("counts a new error the trainee made", () => {
    const all = restoreEntries(records, cleanPracticeRegister(seed), key.errors);
    const used = new Set(key.errors.filter((e) => e.sheet === "学生与班级").map((e) => e.schoolId));
    const students = (all.sheets.students ?? []).map((r) => ({ ...r }));
    const victim = students.findIndex((r) => !used.has(String(r.code)) && typeof r["primary.total"] === "number" && r["primary.total"] > 0);
    students[victim]["primary.female"] = (students[victim]["primary.total"] as number) + 1;
    const board = scoreboard(key, findingsOf({ ...all, sheets: { ...all.sheets, students } }));
    expect(board.fixed).toHaveLength(n);
    expect(board.missed).toEqual([]);
    expect(board.introduced.map((f) => [f.rule, f.schoolId])).toEqual([["312-02", students[victim].code]]);
  });

  it("matches by rule, school, sheet and a common cell", () => {
    const entry = { rule: "D01", severity: "error" as const, schoolId: "5328000001", sheet: "场地与装备", cells: ["H4"], description: "x" };
    const finding: Finding = { rule: "D01", severity: "error", schoolId: "5328000001", schoolName: null, sheet: "场地与装备", cells: ["H4"], message: "", explained: false };
    const k = { seed: 1, errors: [entry] };
    expect(scoreboard(k, [finding]).missed).toHaveLength(1);
    expect(scoreboard(k, [{ ...finding, cells: ["H5"] }]).introduced).toHaveLength(1);
    expect(scoreboard(k, [{ ...finding, schoolId: "5328000002" }]).fixed).toHaveLength(1);
    expect(scoreboard(k, [{ ...finding, severity: "info" }]).introduced).toEqual([]);
  });
});
