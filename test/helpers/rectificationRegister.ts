/**
 * A small township for the rectification tests, every shortfall computable by hand (see the comments), built
 * through the canonical layout and the real recogniser, then validated and evaluated with the default pack.
 */
import { evaluate, type Evaluation } from "../../src/domain/evaluation/evaluate";
import type { Finding } from "../../src/domain/findings";
import { layoutRegister, type RegisterRecords } from "../../src/domain/layout/registerLayout";
import { YUNNAN_2016_BASIC } from "../../src/domain/packs/yunnan2016Basic";
import { recogniseRegister } from "../../src/domain/recognise/register";
import { validateRegister } from "../../src/domain/validate";
import { CODE_A, CODE_B, primarySchool, records, withCells } from "./register";
import { CODE_JUNIOR, juniorSchool } from "./stageSchools";
import { village } from "./villageRecords";

export const CODE_PRIVATE = "5328220003";
export const META = { 乡镇: "测试乡", 统计年度: "2016", 数据日期: "2016-09-01" };

/** Every target of the village met: 小学 and 初中 all enrolled, the three disabled children all placed. */
const ALL_ENROLLED = { juniorEnrolled: 50, "disabledEnrolled.home": 1 };

/**
 * 短缺小学 (乡村, village 勐往): 200 students in 4 classes (3 of 46–55, 1 of 56–65), with
 * 占地 3 876.25 ㎡, 校舍 987.66 ㎡ (of which 危房 120.5 ㎡), 仪器设备 6 万元, 图书 4 000 册, 计算机 15 台.
 */
export function shortSchool() {
  return withCells(primarySchool(CODE_A, "短缺小学"), {
    students: {
      "primary.grade1": 34, "primary.grade2": 34, "primary.grade3": 33, "primary.grade4": 33, "primary.grade5": 33, "primary.grade6": 33,
      "primary.total": 200, "primary.female": 98, "primary.minority": 160, "primary.entrants": 34, "primary.expectedGraduates": 33,
      "primary.classes": 4, "primary.band26": 0, "primary.band46": 3, "primary.band56": 1, "primary.prevYearStudents": 198, "primary.dropouts": 0,
    },
    buildings: {
      totalArea: 987.66, dangerous: 120.5, "teaching.total": 600.66, "teaching.classrooms": 400.66, "teaching.labs": 50,
      "teaching.library": 50, "teaching.computerRooms": 50, "teaching.languageLabs": 0, "teaching.gym": 50,
      admin: 100, living: 187, other: 100,
    },
    facilities: { siteArea: 3876.25, greenArea: 500, sportsArea: 2000, books: 4000, computers: 15, teachingComputers: 12, multimediaRooms: 4, equipmentValue: 6 },
  });
}

/** 南山小学: meets every standard, but 三年级 is 2 too many (312-01), and its village 南山 enrols 396 of 400 (99 %). */
export function errorSchool() {
  const base = primarySchool(CODE_B, "南山小学");
  return withCells(base, { schools: { village: "南山" }, students: { "primary.grade3": 32 } });
}

/**
 * 测试初级中学 (镇区): 166 students in 3 classes (2 of 46–55, 1 of 66+: 212-05), 5 of last year's 140 dropped out.
 */
export function crowdedJuniorSchool() {
  return withCells(juniorSchool(CODE_JUNIOR, "测试初级中学"), {
    students: {
      "junior.grade1": 56, "junior.grade2": 50, "junior.grade3": 60, "junior.total": 166, "junior.entrants": 56, "junior.expectedGraduates": 60,
      "junior.classes": 3, "junior.band46": 2, "junior.band66": 1, "junior.prevYearStudents": 140, "junior.dropouts": 5,
    },
    facilities: { books: 7000 },
  });
}

/** 民办小学: not evaluated (民办), far below every standard, and its 图书 cell says 约50 (D01). */
export function privateSchool() {
  return withCells(primarySchool(CODE_PRIVATE, "民办小学"), {
    schools: { sponsor: "民办" },
    buildings: { dangerous: 50 },
    facilities: { books: "约50", equipmentValue: 1 },
  });
}

export function townshipRecords(): RegisterRecords {
  return {
    ...records(
      shortSchool(), errorSchool(), crowdedJuniorSchool(), privateSchool(),
      village("勐往", ALL_ENROLLED), village("南山", { ...ALL_ENROLLED, primaryAge: 400, primaryEnrolled: 396 }),
    ),
    meta: META,
  };
}

export interface Evaluated {
  readonly input: RegisterRecords;
  readonly findings: readonly Finding[];
  readonly evaluation: Evaluation;
}

export function evaluated(input: RegisterRecords = townshipRecords()): Evaluated {
  const register = recogniseRegister(layoutRegister(input).grid);
  const findings = validateRegister(register);
  return { input, findings, evaluation: evaluate(register, YUNNAN_2016_BASIC, findings) };
}
