/**
 * Schools for the evaluation tests, described by exactly the numbers the indicators read (students, classes,
 * teachers by qualification and title, buildings, site, equipment), and laid out through the canonical layout and
 * the real recogniser (contextOf). Every qualification and title cell is written (0 when not given) so no number
 * the test does not state can reach an indicator. Money is given in 万元, as the statistics report it.
 */
import type { SheetId } from "../../src/domain/fields/types";
import type { RecordCells, RegisterRecords } from "../../src/domain/layout/registerLayout";
import { evaluate, type Evaluation, type UnitEvaluation } from "../../src/domain/evaluation/evaluate";
import { evaluationUnits, type EvaluationUnit, type UnitsResult } from "../../src/domain/evaluation/units";
import { packById } from "../../src/domain/packs/registry";
import type { RulePack } from "../../src/domain/packs/schema";
import { contextOf, records } from "./register";

export type SchoolRecord = Partial<Record<SheetId, RecordCells>>;

const EDU = ["postgrad", "bachelor", "associate", "highSchool", "belowHigh"] as const;
const TITLES = ["fullSenior", "viceSenior", "intermediate", "assistant", "junior", "none"] as const;
type EduKey = (typeof EDU)[number];
type TitleKey = (typeof TITLES)[number];

export interface StageCells {
  readonly students: number;
  readonly classes: number;
  readonly fullTime: number;
  readonly edu?: Partial<Record<EduKey, number>>;
  readonly titles?: Partial<Record<TitleKey, number>>;
  readonly keyTeachers?: number;
  readonly peTeachers?: number;
  readonly artTeachers?: number;
  readonly prevYearStudents?: number;
  readonly dropouts?: number;
  readonly band56?: number;
  readonly band66?: number;
}

/** Whole-school figures; shared facility resources of a mixed school are given for the whole school. */
export interface FacilityCells {
  readonly siteArea: number;
  readonly greenArea: number;
  /** 校舍建筑面积合计. */
  readonly buildingArea: number;
  /** 教学及辅助用房合计 (includes 体育馆). */
  readonly teachingArea: number;
  readonly gym: number;
  readonly sportsArea: number;
  readonly books: number;
  readonly computers: number;
  readonly teachingComputers?: number;
  readonly multimediaRooms?: number;
  /** 教学仪器设备资产值 in 万元 (the register's unit); the recogniser holds it in 元. */
  readonly equipmentWan: number;
}

export interface SchoolSpec {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly sponsor?: string;
  readonly urbanRural?: string;
  readonly village?: string;
  readonly countsAsSchool?: string;
  readonly parentCode?: string;
  readonly primary?: StageCells;
  readonly junior?: StageCells;
  readonly seniorStudents?: number;
  readonly staffTotal: number;
  readonly facilities: FacilityCells;
}

function stageCells(stage: "primary" | "junior", cells: StageCells | undefined, sheet: "students" | "staff"): Record<string, number> {
  if (!cells) return sheet === "students" ? { [`${stage}.total`]: 0, [`${stage}.classes`]: 0 } : { [`${stage}.fullTime`]: 0 };
  if (sheet === "students") {
    const out: Record<string, number> = { [`${stage}.total`]: cells.students, [`${stage}.classes`]: cells.classes };
    if (cells.prevYearStudents !== undefined) out[`${stage}.prevYearStudents`] = cells.prevYearStudents;
    if (cells.dropouts !== undefined) out[`${stage}.dropouts`] = cells.dropouts;
    if (cells.band56 !== undefined) out[`${stage}.band56`] = cells.band56;
    if (cells.band66 !== undefined) out[`${stage}.band66`] = cells.band66;
    return out;
  }
  return {
    [`${stage}.fullTime`]: cells.fullTime,
    ...Object.fromEntries(EDU.map((k) => [`${stage}.edu.${k}`, cells.edu?.[k] ?? 0])),
    ...Object.fromEntries(TITLES.map((k) => [`${stage}.title.${k}`, cells.titles?.[k] ?? 0])),
    [`${stage}.keyTeachers`]: cells.keyTeachers ?? 0,
    [`${stage}.peTeachers`]: cells.peTeachers ?? 0,
    [`${stage}.artTeachers`]: cells.artTeachers ?? 0,
  };
}

/** One school's records on the five school sheets. */
export function evaluationSchool(spec: SchoolSpec): SchoolRecord {
  const { code, name, facilities: f } = spec;
  const schools: Record<string, string> = {
    code, name, type: spec.type, sponsor: spec.sponsor ?? "县级政府", urbanRural: spec.urbanRural ?? "乡村",
    village: spec.village ?? "勐往", countsAsSchool: spec.countsAsSchool ?? "是", boarding: "否",
  };
  if (spec.parentCode !== undefined) schools.parentCode = spec.parentCode;
  const students: Record<string, string | number> = {
    code, name, ...stageCells("primary", spec.primary, "students"), ...stageCells("junior", spec.junior, "students"),
  };
  if (spec.seniorStudents !== undefined) students["senior.students"] = spec.seniorStudents;
  return {
    schools,
    students,
    staff: { code, name, staffTotal: spec.staffTotal, ...stageCells("primary", spec.primary, "staff"), ...stageCells("junior", spec.junior, "staff") },
    buildings: { code, name, totalArea: f.buildingArea, dangerous: 0, "teaching.total": f.teachingArea, "teaching.gym": f.gym },
    facilities: {
      code, name, siteArea: f.siteArea, greenArea: f.greenArea, sportsArea: f.sportsArea, books: f.books, computers: f.computers,
      teachingComputers: f.teachingComputers ?? f.computers, multimediaRooms: f.multimediaRooms ?? 0, equipmentValue: f.equipmentWan,
    },
  };
}

export function shippedPack(id: "yunnan-2016-basic" | "national-2017-quality"): RulePack {
  const pack = packById(id);
  if (!pack) throw new Error(`pack ${id} is not shipped`);
  return pack;
}

export const BASIC = (): RulePack => shippedPack("yunnan-2016-basic");
export const QUALITY = (): RulePack => shippedPack("national-2017-quality");

export function evaluateRecords(input: RegisterRecords, pack: RulePack = BASIC()): Evaluation {
  const ctx = contextOf(input);
  return evaluate(ctx.register, pack, [], ctx);
}

export function evaluateSchools(pack: RulePack, ...schools: SchoolRecord[]): Evaluation {
  return evaluateRecords(records(...schools), pack);
}

export function unitsOfSchools(pack: RulePack, ...schools: SchoolRecord[]): UnitsResult {
  const ctx = contextOf(records(...schools));
  return evaluationUnits(ctx.register, pack, ctx);
}

/** The unit `code:stage`; fails the test when it is missing. */
export function unitOf(result: UnitsResult, code: string, stage: "primary" | "junior"): EvaluationUnit {
  const unit = result.units.find((u) => u.id === `${code}:${stage}`);
  if (!unit) throw new Error(`no unit ${code}:${stage} (units: ${result.units.map((u) => u.id).join(", ")})`);
  return unit;
}

export function evaluationOf(result: Evaluation, code: string, stage: "primary" | "junior"): UnitEvaluation {
  const unit = result.units.find((u) => u.unit.id === `${code}:${stage}`);
  if (!unit) throw new Error(`no unit ${code}:${stage} (units: ${result.units.map((u) => u.unit.id).join(", ")})`);
  return unit;
}

/**
 * Facilities of a 200-student 小学 that meet every set S standard: 校舍 1 400 ㎡ (7 each), 教学及辅助 900 with a
 * 100 ㎡ gym, site 5 000 (25), green 600, sports ground 1 900, books 6 000 (30), computers 30 (15 per 100),
 * equipment 10 万元 (500 元 each).
 */
export const FACILITIES: FacilityCells = {
  buildingArea: 1400, teachingArea: 900, gym: 100, siteArea: 5000, greenArea: 600, sportsArea: 1900, books: 6000, computers: 30, equipmentWan: 10,
};
