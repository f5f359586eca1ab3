/**
 * How each indicator of docs/method.md §3 is computed from a unit's resources, which input cells feed it, and how
 * large a shortfall is in physical units (docs/method.md §8): ㎡, 册, 元, 台, 间, 人, 个.
 */
import type { RulePack } from "../packs/schema";
import type { ResourceKey, Resources } from "./resources";

export type Direction = "min" | "max";

export type RectificationCategory = RulePack["rectification"][number]["category"];

export interface Gap {
  readonly amount: number;
  readonly unit: string;
  readonly action: string;
}

export interface IndicatorFormula {
  /** min: the value must reach the standard; max: it must not exceed it (班额, 生师比). */
  readonly direction: Direction;
  /** Resources whose cells feed the indicator; highlighted in orange when the unit is below standard. */
  readonly feeds: readonly ResourceKey[];
  readonly category: RectificationCategory;
  /** Computed on the whole school (占地, 校舍, 绿化, 教职工), so every stage of a mixed school shares one value. */
  readonly schoolWide: boolean;
  value(r: Resources, pack: RulePack): number | null;
  /** The shortfall against `threshold`, or null when it cannot be computed. */
  gap(r: Resources, threshold: number, pack: RulePack): Gap | null;
}

const v = (r: Resources, key: ResourceKey) => r[key].value;

function sum(r: Resources, keys: readonly ResourceKey[]): number | null {
  let total: number | null = null;
  for (const k of keys) if (r[k].value !== null) total = (total ?? 0) + (r[k].value as number);
  return total;
}

function ratio(numerator: number | null, denominator: number | null, per = 1): number | null {
  return numerator === null || denominator === null || denominator <= 0 ? null : (numerator * per) / denominator;
}

/** 1250 → "1 250", as published tables and the spec write large amounts. */
export function groupDigits(n: number): string {
  const [whole, fraction] = String(n).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

type Rounding = "area" | "whole";

function rounded(amount: number, rounding: Rounding): number {
  return rounding === "area" ? Math.ceil(amount * 100 - 1e-6) / 100 : Math.ceil(amount - 1e-9);
}

interface PerStudentSpec {
  feeds: readonly ResourceKey[];
  category: RectificationCategory;
  /** Students of the unit, or of the whole school for whole-school figures (占地, 校舍, 绿化). */
  base: "students" | "schoolStudents";
  per?: number;
  unit: string;
  rounding: Rounding;
  action: (amount: string) => string;
  numerator?: (r: Resources, pack: RulePack) => number | null;
}

/** An indicator "resource per student (or per 100 students)" that must reach its standard. */
function perStudent(spec: PerStudentSpec): IndicatorFormula {
  const per = spec.per ?? 1;
  const numerator = spec.numerator ?? ((r: Resources) => sum(r, spec.feeds));
  return {
    direction: "min",
    feeds: spec.feeds,
    category: spec.category,
    schoolWide: spec.base === "schoolStudents",
    value: (r, pack) => ratio(numerator(r, pack), v(r, spec.base), per),
    gap(r, threshold, pack) {
      const current = numerator(r, pack);
      const base = v(r, spec.base);
      if (current === null || base === null) return null;
      const amount = rounded((threshold * base) / per - current, spec.rounding);
      return amount > 0 ? { amount, unit: spec.unit, action: spec.action(groupDigits(amount)) } : null;
    },
  };
}

const teachingArea = (r: Resources, pack: RulePack) => {
  const total = v(r, "teachingArea");
  return total === null || !pack.formulas.teachingAreaExcludesGym ? total : total - (v(r, "gymArea") ?? 0);
};
const computers = (r: Resources, pack: RulePack) => v(r, pack.formulas.computers === "teaching" ? "teachingComputers" : "computers");

const B1 = perStudent({ feeds: ["teachingArea"], numerator: teachingArea, category: "building", base: "students", unit: "㎡", rounding: "area", action: (n) => `新建或改扩建教学及辅助用房约 ${n} ㎡` });
const SPORTS = perStudent({ feeds: ["sportsGround", "gymArea"], category: "sports", base: "students", unit: "㎡", rounding: "area", action: (n) => `扩建体育运动场地或场馆约 ${n} ㎡` });
const EQUIPMENT = perStudent({ feeds: ["equipment"], category: "equipment", base: "students", unit: "元", rounding: "whole", action: (n) => `购置教学仪器设备约 ${n} 元` });
const COMPUTERS = perStudent({ feeds: ["computers"], numerator: computers, category: "computers", base: "students", per: 100, unit: "台", rounding: "whole", action: (n) => `补充计算机约 ${n} 台` });
const BOOKS = perStudent({ feeds: ["books"], category: "books", base: "students", unit: "册", rounding: "whole", action: (n) => `补充图书约 ${n} 册` });
const teacherSpec = (feeds: readonly ResourceKey[], per: number, action: (n: string) => string): IndicatorFormula =>
  perStudent({ feeds, category: "teachers", base: "students", per, unit: "人", rounding: "whole", action });

const B6: IndicatorFormula = {
  ...teacherSpec(["fullTime"], 1, (n) => `补充专任教师约 ${n} 人`),
  category: "staffing",
  value: (r, pack) =>
    pack.formulas.teacherBase === "allStaff"
      ? ratio(v(r, "staffTotal") === null ? null : (v(r, "staffTotal") as number) * (ratio(v(r, "students"), v(r, "schoolStudents")) ?? 0), v(r, "students"))
      : ratio(v(r, "fullTime"), v(r, "students")),
};

/** 教职工与学生比 1 : n — n students per staff member must not exceed the standard. */
const S8: IndicatorFormula = {
  direction: "max",
  feeds: ["staffTotal"],
  category: "staffing",
  schoolWide: true,
  value: (r) => ratio(v(r, "schoolStudents"), v(r, "staffTotal")),
  gap(r, threshold) {
    const students = v(r, "schoolStudents");
    const staff = v(r, "staffTotal");
    if (students === null || staff === null) return null;
    const amount = Math.ceil(students / threshold - 1e-9) - staff;
    return amount > 0 ? { amount, unit: "人", action: `补充教职工约 ${groupDigits(amount)} 人` } : null;
  },
};

/** 专任教师学历合格率 as a fraction of the stage's full-time teachers. */
const S9: IndicatorFormula = {
  direction: "min",
  feeds: ["qualified"],
  category: "teachers",
  schoolWide: false,
  value: (r) => ratio(v(r, "qualified"), v(r, "fullTime")),
  gap(r, threshold) {
    const qualified = v(r, "qualified");
    const teachers = v(r, "fullTime");
    if (qualified === null || teachers === null) return null;
    const amount = Math.ceil(threshold * teachers - qualified - 1e-9);
    return amount > 0 ? { amount, unit: "人", action: `组织约 ${groupDigits(amount)} 名教师提升学历` } : null;
  },
};

/** 平均班额: students per class must not exceed the standard; the gap is in classes to add. */
const S10: IndicatorFormula = {
  direction: "max",
  feeds: ["classes"],
  category: "classes",
  schoolWide: false,
  value: (r) => ratio(v(r, "students"), v(r, "classes")),
  gap(r, threshold) {
    const students = v(r, "students");
    const classes = v(r, "classes");
    if (students === null || classes === null) return null;
    const amount = Math.ceil(students / threshold - 1e-9) - classes;
    return amount > 0 ? { amount, unit: "个", action: `增设约 ${groupDigits(amount)} 个教学班（相应增加教室和教师）` } : null;
  },
};

export const FORMULAS: Readonly<Record<string, IndicatorFormula>> = {
  B1,
  B2: SPORTS,
  B3: EQUIPMENT,
  B4: COMPUTERS,
  B5: BOOKS,
  B6,
  B7: teacherSpec(["aboveQualified"], 1, (n) => `补充或培养高于规定学历的教师约 ${n} 人`),
  B8: teacherSpec(["seniorTitles"], 1, (n) => `培养中级及以上职称教师约 ${n} 人`),
  Q1: teacherSpec(["aboveQualified"], 100, (n) => `补充或培养高于规定学历的教师约 ${n} 人`),
  Q2: teacherSpec(["keyTeachers"], 100, (n) => `培养或引进县级以上骨干教师约 ${n} 人`),
  Q3: teacherSpec(["peTeachers", "artTeachers"], 100, (n) => `补充体育、艺术专任教师约 ${n} 人`),
  Q4: B1,
  Q5: SPORTS,
  Q6: EQUIPMENT,
  Q7: perStudent({ feeds: ["multimediaRooms"], category: "equipment", base: "students", per: 100, unit: "间", rounding: "whole", action: (n) => `建设网络多媒体教室约 ${n} 间` }),
  S1: perStudent({ feeds: ["siteArea"], category: "land", base: "schoolStudents", unit: "㎡", rounding: "area", action: (n) => `增加学校占地约 ${n} ㎡` }),
  S2: perStudent({ feeds: ["buildingArea"], category: "building", base: "schoolStudents", unit: "㎡", rounding: "area", action: (n) => `新建或扩建校舍约 ${n} ㎡` }),
  S3: perStudent({ feeds: ["greenArea"], category: "green", base: "schoolStudents", unit: "㎡", rounding: "area", action: (n) => `增加绿化用地约 ${n} ㎡` }),
  S4: SPORTS,
  S5: EQUIPMENT,
  S6: BOOKS,
  S7: COMPUTERS,
  S8,
  S9,
  S10,
};

export function formulaOf(id: string): IndicatorFormula {
  const formula = FORMULAS[id];
  if (!formula) throw new Error(`no formula for indicator ${id}`);
  return formula;
}
