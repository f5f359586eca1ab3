/**
 * Consistent schools with a 初中 stage (a 九年一贯制学校 and a 初级中学), next to primarySchool(), so the
 * junior-stage rules have a clean baseline; and the A1 address a field gets in the canonical layout.
 */
import { cellAddress } from "../../src/domain/grid";
import type { SheetId } from "../../src/domain/fields/types";
import { layoutRegister, type RecordCells, type RegisterRecords } from "../../src/domain/layout/registerLayout";

export const CODE_NINE_YEAR = "5328220011";
export const CODE_JUNIOR = "5328220021";

type SchoolRecord = Partial<Record<SheetId, RecordCells>>;

/** 小学 6 classes (195 students, all 26–35) and 初中 3 classes (120 students, all 36–45): no rule fires on it. */
export function nineYearSchool(code = CODE_NINE_YEAR, name = "测试九年一贯制学校"): SchoolRecord {
  const primary = [35, 34, 33, 32, 31, 30];
  const junior = [40, 42, 38];
  return {
    schools: { code, name, type: "九年一贯制学校", sponsor: "县级政府", urbanRural: "乡村", village: "勐往", countsAsSchool: "是", boarding: "是" },
    students: {
      code, name,
      ...Object.fromEntries(primary.map((g, i) => [`primary.grade${i + 1}`, g])),
      "primary.total": 195, "primary.female": 95, "primary.minority": 150, "primary.entrants": 35, "primary.expectedGraduates": 30,
      "primary.classes": 6, "primary.band26": 6, "primary.prevYearStudents": 190, "primary.dropouts": 0,
      ...Object.fromEntries(junior.map((g, i) => [`junior.grade${i + 1}`, g])),
      "junior.total": 120, "junior.female": 60, "junior.minority": 100, "junior.entrants": 40, "junior.expectedGraduates": 38,
      "junior.classes": 3, "junior.band36": 3, "junior.prevYearStudents": 118, "junior.dropouts": 1,
    },
    staff: {
      code, name, staffTotal: 25,
      // One 中师 graduate teaching 小学 meets that stage's requirement.
      "primary.fullTime": 12, "primary.edu.bachelor": 7, "primary.edu.associate": 4, "primary.edu.highSchool": 1,
      "primary.title.intermediate": 6, "primary.title.assistant": 4, "primary.title.none": 2,
      "primary.keyTeachers": 2, "primary.peTeachers": 1, "primary.artTeachers": 1,
      "junior.fullTime": 10, "junior.edu.bachelor": 8, "junior.edu.associate": 2,
      "junior.title.viceSenior": 1, "junior.title.intermediate": 5, "junior.title.assistant": 4,
      "junior.keyTeachers": 1, "junior.peTeachers": 1, "junior.artTeachers": 1,
    },
    buildings: {
      code, name, totalArea: 4000.5, dangerous: 0, "teaching.total": 2500.3, "teaching.classrooms": 1500.1, "teaching.labs": 300.1,
      "teaching.library": 200.1, "teaching.computerRooms": 200, "teaching.languageLabs": 100, "teaching.gym": 200,
      admin: 300.2, living: 1000, other: 200,
    },
    facilities: {
      code, name, siteArea: 12000, greenArea: 2500, sportsArea: 5000, books: 12000, computers: 60, teachingComputers: 50,
      multimediaRooms: 9, equipmentValue: 30,
    },
  };
}

/** A 初级中学 with 3 classes of 46–55 (144 students) and no 小学 stage: no rule fires on it. */
export function juniorSchool(code = CODE_JUNIOR, name = "测试初级中学"): SchoolRecord {
  const junior = [50, 48, 46];
  return {
    schools: { code, name, type: "初级中学", sponsor: "县级政府", urbanRural: "镇区", village: "勐往", countsAsSchool: "是", boarding: "是" },
    students: {
      code, name,
      "primary.total": 0, "primary.classes": 0,
      ...Object.fromEntries(junior.map((g, i) => [`junior.grade${i + 1}`, g])),
      "junior.total": 144, "junior.female": 70, "junior.minority": 110, "junior.entrants": 50, "junior.expectedGraduates": 46,
      "junior.classes": 3, "junior.band46": 3, "junior.prevYearStudents": 140, "junior.dropouts": 0,
    },
    staff: {
      code, name, staffTotal: 16, "primary.fullTime": 0,
      "junior.fullTime": 12, "junior.edu.postgrad": 1, "junior.edu.bachelor": 9, "junior.edu.associate": 2,
      "junior.title.viceSenior": 2, "junior.title.intermediate": 6, "junior.title.assistant": 3, "junior.title.junior": 1,
      "junior.keyTeachers": 2, "junior.peTeachers": 1, "junior.artTeachers": 1,
    },
    buildings: {
      code, name, totalArea: 3000, dangerous: 0, "teaching.total": 1800, "teaching.classrooms": 900, "teaching.labs": 300,
      "teaching.library": 200, "teaching.computerRooms": 200, "teaching.languageLabs": 0, "teaching.gym": 200,
      admin: 300, living: 800, other: 100,
    },
    facilities: {
      code, name, siteArea: 10000, greenArea: 2000, sportsArea: 4000, books: 6000, computers: 50, teachingComputers: 45,
      multimediaRooms: 3, equipmentValue: 25,
    },
  };
}

/** A1 address of a field's cell in the canonical layout of `input` (record index 0 = first school on that sheet). */
export function addressOf(input: RegisterRecords, sheet: SheetId, fieldId: string, recordIndex = 0): string {
  const layout = layoutRegister(input).layouts[sheet];
  const col = layout?.columnOf.get(fieldId);
  if (!layout || col === undefined) throw new Error(`no column for ${sheet}.${fieldId} in this layout`);
  return cellAddress(layout.firstDataRow + recordIndex, col);
}

export function addressesOf(input: RegisterRecords, sheet: SheetId, fieldIds: readonly string[], recordIndex = 0): string[] {
  return fieldIds.map((f) => addressOf(input, sheet, f, recordIndex));
}
