/**
 * The figures of 表Ⅰ 基本情况 and of the sentences in 一、基本情况: schools by type, classes, students, staff and
 * full-time teachers per stage.
 *
 * Read from the register rows, not from the evaluation units, and over EVERY school of the township — 民办,
 * special schools and teaching points included — because the national form describes the whole township and
 * units leave such schools out (and a teaching point merged into its parent would be counted twice). Teaching
 * points are "不计校数": they are listed apart and not added to the number of schools, but their classes, students
 * and teachers are counted. 完全中学 and 十二年一贯制 count only their compulsory stages; 教职工 is a whole-school
 * figure in the statistics and stays one.
 */
import { STAGES, stagesOfType } from "../fields/dictionary";
import type { StageId } from "../fields/types";
import { numberOf, textOf, type Register, type RegisterRow } from "../register";
import { buildContext } from "../rules/context";
import type { StageFieldKey } from "../fields/types";

export const TYPE_COLUMNS = [
  { key: "primary", label: "小学", types: ["小学"] },
  { key: "through", label: "一贯制", types: ["九年一贯制学校", "十二年一贯制学校"] },
  { key: "junior", label: "初中", types: ["初级中学"] },
  { key: "complete", label: "完中", types: ["完全中学"] },
  { key: "special", label: "特教", types: ["特殊教育学校"] },
] as const;

export type TypeKey = (typeof TYPE_COLUMNS)[number]["key"];

export interface BasicFacts {
  /** Schools that count as schools (teaching points not included). */
  readonly schools: number;
  readonly byType: Readonly<Record<TypeKey, number>>;
  /** Schools of type 其他 or with no readable type: in `schools`, in no type column. */
  readonly otherTypes: readonly string[];
  readonly points: number;
  readonly classes: Readonly<Record<StageId, number>>;
  readonly students: Readonly<Record<StageId, number>>;
  readonly fullTime: Readonly<Record<StageId, number>>;
  readonly staff: number;
  /** Schools with a figure of the table missing or unreadable (counted as 0), so the note can name them. */
  readonly incomplete: readonly string[];
  /** True when a 完全中学 or 十二年一贯制 is present, whose senior stage is left out. */
  readonly hasSenior: boolean;
}

/** As the evaluation decides it (units.ts): the type says so, or the record is marked "不计校数". */
function isTeachingPoint(row: RegisterRow): boolean {
  return textOf(row, "type") === "小学教学点" || textOf(row, "countsAsSchool") === "否";
}

const zeroByStage = (): Record<StageId, number> => ({ primary: 0, junior: 0 });

export function basicFacts(register: Register): BasicFacts {
  const ctx = buildContext(register);
  const byType: Record<TypeKey, number> = { primary: 0, through: 0, junior: 0, complete: 0, special: 0 };
  const classes = zeroByStage();
  const students = zeroByStage();
  const fullTime = zeroByStage();
  const otherTypes: string[] = [];
  const incomplete = new Set<string>();
  let schools = 0;
  let points = 0;
  let staff = 0;
  let hasSenior = false;
  const seen = new Set<string>();
  for (const row of register.sheets.schools?.rows ?? []) {
    if (row.key === null || seen.has(row.key)) continue;
    seen.add(row.key);
    const school = ctx.schools.get(row.key);
    const name = school?.name ?? row.key;
    const type = textOf(row, "type");
    if (isTeachingPoint(row)) points += 1;
    else {
      schools += 1;
      const column = TYPE_COLUMNS.find((c) => (c.types as readonly string[]).includes(type ?? ""));
      if (column) byType[column.key] += 1;
      else otherTypes.push(name);
    }
    if (type === "完全中学" || type === "十二年一贯制学校") hasSenior = true;
    const add = (target: Record<StageId, number>, sheetRow: RegisterRow | undefined, stage: StageId, field: StageFieldKey) => {
      const value = numberOf(sheetRow, `${stage}.${field}`);
      if (value === null) incomplete.add(name);
      else target[stage] += value;
    };
    // Stages the type runs; for 特教 and 其他, the stages that report students.
    const stages = stagesOfType(type) ?? STAGES.map((s) => s.id).filter((s) => (numberOf(school?.rows.students, `${s}.total`) ?? 0) > 0);
    for (const stage of stages) {
      add(students, school?.rows.students, stage, "total");
      add(classes, school?.rows.students, stage, "classes");
      add(fullTime, school?.rows.staff, stage, "fullTime");
    }
    const staffTotal = numberOf(school?.rows.staff, "staffTotal");
    if (staffTotal === null) incomplete.add(name);
    else staff += staffTotal;
  }
  return { schools, byType, otherTypes, points, classes, students, fullTime, staff, incomplete: [...incomplete], hasSenior };
}
