import { runCheck } from "../../../src/domain/check";
import type { Finding } from "../../../src/domain/findings";
import { layoutRegister, type RegisterRecords } from "../../../src/domain/layout/registerLayout";
import {
  cleanPracticeRegister,
  PRACTICE_CATALOGUE,
  PRACTICE_MAX_ERRORS,
  PRACTICE_TITLE,
  practiceRegister,
} from "../../../src/domain/practice/practiceRegister";
import { parseCellAddress } from "../../../src/domain/grid";
import { restoreEntries } from "../../helpers/practice";

function findingsOf(records: RegisterRecords): readonly Finding[] {
  return runCheck(layoutRegister(records).grid).findings;
}

const signature = (f: { rule: string; severity: string; schoolId: string | null; sheet: string | null; cells: readonly string[] }) =>
  `${f.severity} ${f.rule} | ${f.schoolId ?? "-"} | ${f.sheet ?? "-"} | ${[...f.cells].sort().join(",")}`;

const problems = (findings: readonly Finding[]) => findings.filter((f) => f.severity !== "info");

describe("practiceRegister", () => {
  it("is the same for the same seed and number of errors, and differs for another seed", () => {
    const a = practiceRegister({ seed: 11, errors: 8 });
    expect(practiceRegister({ seed: 11, errors: 8 })).toEqual(a);
    expect(practiceRegister({ seed: 12, errors: 8 }).records).not.toEqual(a.records);
    expect(practiceRegister({ seed: 12, errors: 8 }).key).not.toEqual(a.key);
    expect(a.records.title).toBe(PRACTICE_TITLE);
    expect(a.records.sheets.schools).toHaveLength(12);
  });

  it("starts from a clean township", () => {
    for (const seed of [1, 2, 3, 4]) expect(problems(findingsOf(cleanPracticeRegister(seed))).map(signature)).toEqual([]);
  });

  it.each([
    [1, 1],
    [2, 5],
    [3, 8],
    [4, 12],
    [5, PRACTICE_MAX_ERRORS],
    [6, PRACTICE_MAX_ERRORS],
    [7, PRACTICE_MAX_ERRORS],
    [8, PRACTICE_MAX_ERRORS],
    [9, PRACTICE_MAX_ERRORS],
    [10, PRACTICE_MAX_ERRORS],
  ])("seed %i with %i errors: checking reports exactly the key", (seed, errors) => {
    const { records, key } = practiceRegister({ seed, errors });
    expect(key.seed).toBe(seed);
    expect(key.errors).toHaveLength(errors);
    const actual = problems(findingsOf(records)).map((f) => `${signature(f)}: ${f.message}`).sort();
    expect(actual.map((s) => s.split(": ")[0])).toEqual(key.errors.map(signature).sort());
    expect(new Set(key.errors.map((e) => e.description)).size).toBe(errors);
  });

  it("uses every maker of the catalogue at most once and caps the number of errors", () => {
    expect(PRACTICE_CATALOGUE.length).toBeGreaterThanOrEqual(20);
    expect(practiceRegister({ seed: 3, errors: 1000 }).key.errors).toHaveLength(PRACTICE_MAX_ERRORS);
    expect(practiceRegister({ seed: 3, errors: 0 }).key.errors).toEqual([]);
    expect(() => practiceRegister({ seed: 3, errors: -1 })).toThrow();
  });

  it("keeps the key out of the workbook", () => {
    const { records, key } = practiceRegister({ seed: 21, errors: PRACTICE_MAX_ERRORS });
    const text = JSON.stringify(layoutRegister(records).grid.sheets.map((s) => s.rows));
    for (const e of key.errors) expect(text).not.toContain(e.description);
  });

  it("restoring the key's cells from the clean township removes those findings", () => {
    const { records, key } = practiceRegister({ seed: 5, errors: PRACTICE_MAX_ERRORS });
    const fixed = restoreEntries(records, cleanPracticeRegister(5), key.errors);
    expect(problems(findingsOf(fixed)).map(signature)).toEqual([]);
  });

  it("records every planted change: putting each original value back gives the solution, cell for cell", () => {
    for (const seed of [5, 6]) {
      const { records, key, solution } = practiceRegister({ seed, errors: PRACTICE_MAX_ERRORS });
      const grid = layoutRegister(records).grid;
      const rows = new Map(grid.sheets.map((s) => [s.name, s.rows.map((r) => [...r])]));
      for (const e of key.errors) {
        for (const c of e.changes!) {
          const { row, col } = parseCellAddress(c.cell);
          expect(rows.get(e.sheet)![row][col]).toEqual(c.planted);
          rows.get(e.sheet)![row][col] = c.original;
        }
      }
      const expected = layoutRegister(solution).grid.sheets.map((s) => [s.name, s.rows]);
      expect([...rows]).toEqual(expected);
    }
  });
});
