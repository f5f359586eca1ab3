/**
 * Builds registers for tests through the canonical layout and the real recogniser, so a test states only the
 * cells it cares about and findings point at real addresses.
 */
import type { CellValue } from "../../src/domain/grid";
import type { SheetId } from "../../src/domain/fields/types";
import { layoutRegister, type RecordCells, type RegisterRecords } from "../../src/domain/layout/registerLayout";
import { recogniseRegister } from "../../src/domain/recognise/register";
import { buildContext, type CheckContext } from "../../src/domain/rules/context";
import type { RuleDef } from "../../src/domain/rules/types";
import type { Finding } from "../../src/domain/findings";

export const CODE_A = "5328220001";
export const CODE_B = "5328220002";

/** A consistent 小学 with 6 classes of 30 students: no rule fires on it. */
export function primarySchool(code = CODE_A, name = "测试小学"): Partial<Record<SheetId, RecordCells>> {
  const grades = [30, 30, 30, 30, 30, 30];
  return {
    schools: { code, name, type: "小学", sponsor: "县级政府", urbanRural: "乡村", village: "勐往", countsAsSchool: "是", boarding: "否" },
    students: {
      code, name,
      ...Object.fromEntries(grades.map((g, i) => [`primary.grade${i + 1}`, g])),
      "primary.total": 180, "primary.female": 88, "primary.minority": 150, "primary.entrants": 30, "primary.expectedGraduates": 30,
      "primary.classes": 6, "primary.band26": 6, "primary.prevYearStudents": 178, "primary.dropouts": 0,
      "junior.total": 0, "junior.classes": 0,
    },
    staff: {
      code, name, staffTotal: 12, "primary.fullTime": 11,
      "primary.edu.bachelor": 6, "primary.edu.associate": 5,
      "primary.title.intermediate": 5, "primary.title.assistant": 4, "primary.title.none": 2,
      "primary.keyTeachers": 1, "primary.peTeachers": 1, "primary.artTeachers": 1,
      "junior.fullTime": 0,
    },
    buildings: {
      code, name, totalArea: 2000, dangerous: 0, "teaching.total": 1200, "teaching.classrooms": 800, "teaching.labs": 100,
      "teaching.library": 100, "teaching.computerRooms": 100, "teaching.languageLabs": 0, "teaching.gym": 100,
      admin: 200, living: 500, other: 100,
    },
    facilities: {
      code, name, siteArea: 6000, greenArea: 1000, sportsArea: 2000, books: 5400, computers: 30, teachingComputers: 25,
      multimediaRooms: 6, equipmentValue: 12,
    },
  };
}

/** Merges per-school records (later cells override earlier ones) into register records. */
export function records(...schools: Partial<Record<SheetId, RecordCells>>[]): RegisterRecords {
  const sheets: Partial<Record<SheetId, RecordCells[]>> = {};
  for (const school of schools) {
    for (const [sheet, cells] of Object.entries(school) as [SheetId, RecordCells][]) (sheets[sheet] ??= []).push(cells);
  }
  return { sheets };
}

/** A school record with some cells changed. */
export function withCells(
  school: Partial<Record<SheetId, RecordCells>>,
  changes: Partial<Record<SheetId, Record<string, CellValue>>>,
): Partial<Record<SheetId, RecordCells>> {
  const out: Partial<Record<SheetId, RecordCells>> = { ...school };
  for (const [sheet, cells] of Object.entries(changes) as [SheetId, Record<string, CellValue>][]) out[sheet] = { ...school[sheet], ...cells };
  return out;
}

export function contextOf(input: RegisterRecords): CheckContext {
  return buildContext(recogniseRegister(layoutRegister(input).grid));
}

export function runRule(rule: RuleDef, input: RegisterRecords): Finding[] {
  return rule.check(contextOf(input));
}
