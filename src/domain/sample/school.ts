/**
 * The building block of generated registers: one school, described by a few facts (kind, size, village, where it
 * deliberately falls short), turned into its record on each of the five school sheets. Everything else is drawn
 * from the school's own random stream, consistent by construction (see the blocks it uses).
 */
import type { CellValue } from "../grid";
import type { SheetId } from "../fields/types";
import type { SchoolType, UrbanRural } from "../fields/dictionary";
import type { Rng } from "./random";
import { buildingCells, facilityCells } from "./premisesBlock";
import { stageStaff, staffTotal, teachersFor } from "./staffBlock";
import type { Resource, StudentCounts } from "./standards";
import { CLASS_CAP } from "./standards";
import { stageStudents } from "./studentBlock";

export type SchoolKind = "central" | "village" | "point" | "junior" | "nineYear" | "complete" | "private";

export const KIND_TYPE: Readonly<Record<SchoolKind, SchoolType>> = {
  central: "小学",
  village: "小学",
  point: "小学教学点",
  junior: "初级中学",
  nineYear: "九年一贯制学校",
  complete: "完全中学",
  private: "小学",
};

export interface SchoolSpec {
  readonly code: string;
  readonly name: string;
  readonly kind: SchoolKind;
  readonly village: string;
  readonly urbanRural: Extract<UrbanRural, "乡村" | "镇区">;
  readonly boarding: boolean;
  /** 上级学校标识码 of a teaching point. */
  readonly parentCode?: string;
  readonly students: StudentCounts;
  /** Grades a teaching point teaches (from 一年级). */
  readonly grades?: number;
  /** Resources below the reference standard, as a fraction of it (e.g. `{ books: 0.8 }`). */
  readonly shortfalls?: Partial<Record<Resource, number>>;
}

export type SchoolSheetId = Exclude<SheetId, "villages">;
export const SCHOOL_SHEET_IDS: readonly SchoolSheetId[] = ["schools", "students", "staff", "buildings", "facilities"];

/** One school's cells per sheet; mutable so the sample can seed its errors into a copy. */
export type SchoolRecords = Record<SchoolSheetId, Record<string, CellValue>>;

function schoolCells(spec: SchoolSpec): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {
    code: spec.code,
    name: spec.name,
    type: KIND_TYPE[spec.kind],
    sponsor: spec.kind === "private" ? "民办" : "县级政府",
    urbanRural: spec.urbanRural,
    village: spec.village,
    countsAsSchool: spec.kind === "point" ? "否" : "是",
    boarding: spec.boarding ? "是" : "否",
  };
  if (spec.parentCode !== undefined) cells.parentCode = spec.parentCode;
  return cells;
}

export function schoolRecords(spec: SchoolSpec, rng: Rng): SchoolRecords {
  const id = { code: spec.code, name: spec.name };
  const small = spec.kind === "point";
  const { primary: p, junior: j, senior: s } = spec.students;
  if (spec.kind === "point" || spec.kind === "village" || spec.kind === "central" || spec.kind === "private") {
    if (j > 0 || s > 0) throw new Error(`${spec.name}: a ${KIND_TYPE[spec.kind]} has no 初中 or 高中 students`);
  }
  if (spec.kind === "junior" && (p > 0 || s > 0)) throw new Error(`${spec.name}: an 初级中学 has only 初中 students`);
  if (spec.kind === "complete" && p > 0) throw new Error(`${spec.name}: a 完全中学 has no 小学 students`);
  if (spec.kind === "nineYear" && (p === 0 || j === 0)) throw new Error(`${spec.name}: a 九年一贯制 has both stages`);

  const primary = stageStudents("primary", p, rng, {
    cap: spec.kind === "central" ? CLASS_CAP.primary : rng.int(40, CLASS_CAP.primary),
    grades: spec.grades,
    compositeUpTo: small ? 25 : 0,
    maxDropoutRate: p >= 200 ? 0.005 : 0,
  });
  const junior = stageStudents("junior", j, rng, { cap: CLASS_CAP.junior, maxDropoutRate: 0.015 });
  // Object.assign, not spread: spreading these many-keyed objects is several times slower in V8.
  const students: Record<string, CellValue> = Object.assign({}, id, primary.cells, junior.cells);
  if (spec.kind === "complete") students["senior.students"] = s;

  const primaryStaff = stageStaff("primary", teachersFor("primary", p, primary.classes, rng), rng);
  const juniorStaff = stageStaff("junior", teachersFor("junior", j, junior.classes, rng), rng);
  // 高中 teachers have no column here, but they are on the school's 教职工.
  const seniorTeachers = Math.ceil(s / 12);
  const total = staffTotal(primaryStaff.fullTime + juniorStaff.fullTime + seniorTeachers, spec.boarding, small, rng);
  const staff: Record<string, CellValue> = Object.assign({}, id, { staffTotal: total }, primaryStaff.cells, juniorStaff.cells);

  const premises = {
    students: spec.students,
    classes: primary.classes + junior.classes,
    boarding: spec.boarding,
    seatSchool: spec.kind !== "village" && spec.kind !== "point" && spec.kind !== "private",
    small,
    shortfalls: spec.shortfalls,
  };
  return {
    schools: schoolCells(spec),
    students,
    staff,
    buildings: Object.assign({}, id, buildingCells(premises, rng)),
    facilities: Object.assign({}, id, facilityCells(premises, rng)),
  };
}
