/**
 * What one school holds, read from its register rows: the resources indicators divide by students, per stage
 * where the statistics report them per stage (students, classes, teachers) and per school otherwise.
 */
import { STAGES } from "../fields/dictionary";
import type { SheetId, StageId } from "../fields/types";
import type { RegisterRow } from "../register";
import type { SchoolRows } from "../rules/context";
import { SCHOOL_STUDENT_FIELDS, stageField } from "../rules/stageHelpers";
import { NONE, type CellRef, type Quantity } from "./quantity";
import type { QualificationKey, StageFieldKey, TitleKey } from "../fields/types";

/** Facility resources shared by the stages of a mixed school, split with the pack's weights (docs/method.md §2). */
export const SHARED_RESOURCES = ["teachingArea", "gymArea", "sportsGround", "equipment", "computers", "teachingComputers", "books", "multimediaRooms"] as const;
/** Whole-school figures, never split: indicators on them divide by all the school's students. */
export const SCHOOL_RESOURCES = ["schoolStudents", "siteArea", "buildingArea", "greenArea", "staffTotal", "dangerous"] as const;
/** Reported per stage by the statistics. */
export const STAGE_RESOURCES = [
  "students", "classes", "fullTime", "qualified", "aboveQualified", "seniorTitles", "keyTeachers", "peTeachers", "artTeachers",
  "band56", "band66", "dropouts", "prevYearStudents",
] as const;

export type SharedResource = (typeof SHARED_RESOURCES)[number];
export type SchoolResource = (typeof SCHOOL_RESOURCES)[number];
export type StageResource = (typeof STAGE_RESOURCES)[number];
export type ResourceKey = SharedResource | SchoolResource | StageResource;
export type Resources = Readonly<Record<ResourceKey, Quantity>>;

type SheetNames = Partial<Record<SheetId, string>>;

/**
 * A quantity read from register cells. A province has some thirty per unit for hundreds of thousands of units, but
 * their cells are asked for only where a unit falls below standard (the orange highlights): listed from the row
 * when asked, they cost no array and no reference object for every other unit.
 */
class ReadQuantity implements Quantity {
  readonly #sheet: string;
  readonly #row: RegisterRow;
  /** The field read, or the fields added up. */
  readonly #fields: string | readonly string[];

  constructor(
    readonly value: number | null,
    sheet: string,
    row: RegisterRow,
    fields: string | readonly string[],
  ) {
    this.#sheet = sheet;
    this.#row = row;
    this.#fields = fields;
  }

  get cells(): readonly CellRef[] {
    const fields = typeof this.#fields === "string" ? [this.#fields] : this.#fields;
    return fields.flatMap((field) => {
      const reading = this.#row.fields[field];
      return reading ? [{ sheet: this.#sheet, cell: reading.cell }] : [];
    });
  }

  /** As JSON, the plain quantity it stands for. */
  toJSON(): Quantity {
    return { value: this.value, cells: this.cells };
  }
}

function quantity(row: RegisterRow | undefined, sheet: string | undefined, field: string): Quantity {
  const reading = row?.fields[field];
  if (!row || !reading || sheet === undefined) return NONE;
  return new ReadQuantity(typeof reading.value === "number" ? reading.value : null, sheet, row, field);
}

/** The sum of several fields of a row, as addQuantities of their quantities would give, without building each. */
function total(row: RegisterRow | undefined, sheet: string | undefined, fields: readonly string[]): Quantity {
  if (!row || sheet === undefined) return NONE;
  let value: number | null = null;
  for (const field of fields) {
    const reading = row.fields[field];
    if (typeof reading?.value === "number") value = (value ?? 0) + reading.value;
  }
  return new ReadQuantity(value, sheet, row, fields);
}

/** Teachers above the qualification a stage requires (B7, Q1): 小学 专科 and above, 初中 本科 and above. */
const ABOVE_REQUIRED: Record<StageId, readonly QualificationKey[]> = { primary: ["postgrad", "bachelor", "associate"], junior: ["postgrad", "bachelor"] };
/** Teachers with at least the required qualification (S9): 小学 中专/中师 and above, 初中 专科 and above. */
const QUALIFIED: Record<StageId, readonly QualificationKey[]> = { primary: ["postgrad", "bachelor", "associate", "highSchool"], junior: ["postgrad", "bachelor", "associate"] };
const SENIOR_TITLES: readonly TitleKey[] = ["intermediate", "viceSenior", "fullSenior"];

/** A stage's field ids, looked up once per stage rather than for every unit. */
function stageFieldIds(stage: StageId) {
  const id = (rest: StageFieldKey) => stageField(stage, rest);
  return {
    total: id("total"), classes: id("classes"), fullTime: id("fullTime"), keyTeachers: id("keyTeachers"), peTeachers: id("peTeachers"),
    artTeachers: id("artTeachers"), band56: id("band56"), band66: id("band66"), dropouts: id("dropouts"), prevYearStudents: id("prevYearStudents"),
    qualified: QUALIFIED[stage].map((k) => id(`edu.${k}`)),
    aboveQualified: ABOVE_REQUIRED[stage].map((k) => id(`edu.${k}`)),
    seniorTitles: SENIOR_TITLES.map((k) => id(`title.${k}`)),
  };
}

const STAGE_FIELD_IDS = Object.fromEntries(STAGES.map((s) => [s.id, stageFieldIds(s.id)])) as Record<StageId, ReturnType<typeof stageFieldIds>>;

export function schoolResources(school: SchoolRows, names: SheetNames, stage: StageId): Resources {
  const on = (sheet: SheetId, field: string) => quantity(school.rows[sheet], names[sheet], field);
  const sum = (sheet: SheetId, fields: readonly string[]) => total(school.rows[sheet], names[sheet], fields);
  const ids = STAGE_FIELD_IDS[stage];
  return {
    teachingArea: on("buildings", "teaching.total"),
    gymArea: on("buildings", "teaching.gym"),
    sportsGround: on("facilities", "sportsArea"),
    equipment: on("facilities", "equipmentValue"),
    computers: on("facilities", "computers"),
    teachingComputers: on("facilities", "teachingComputers"),
    books: on("facilities", "books"),
    multimediaRooms: on("facilities", "multimediaRooms"),
    schoolStudents: sum("students", SCHOOL_STUDENT_FIELDS),
    siteArea: on("facilities", "siteArea"),
    buildingArea: on("buildings", "totalArea"),
    greenArea: on("facilities", "greenArea"),
    staffTotal: on("staff", "staffTotal"),
    dangerous: on("buildings", "dangerous"),
    students: on("students", ids.total),
    classes: on("students", ids.classes),
    fullTime: on("staff", ids.fullTime),
    qualified: sum("staff", ids.qualified),
    aboveQualified: sum("staff", ids.aboveQualified),
    seniorTitles: sum("staff", ids.seniorTitles),
    keyTeachers: on("staff", ids.keyTeachers),
    peTeachers: on("staff", ids.peTeachers),
    artTeachers: on("staff", ids.artTeachers),
    band56: on("students", ids.band56),
    band66: on("students", ids.band66),
    dropouts: on("students", ids.dropouts),
    prevYearStudents: on("students", ids.prevYearStudents),
  };
}
