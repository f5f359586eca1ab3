export type SheetId = "schools" | "students" | "staff" | "buildings" | "facilities" | "villages";

export type StageId = "primary" | "junior";

/** Keys of the class-size bands of 基础基212 (CLASS_SIZE_BANDS in dictionary.ts). */
export type ClassBandKey = "band25" | "band26" | "band36" | "band46" | "band56" | "band66";
/** Keys of the teachers' qualifications and titles of 基础基422 (QUALIFICATIONS, TITLES). */
export type QualificationKey = "postgrad" | "bachelor" | "associate" | "highSchool" | "belowHigh";
export type TitleKey = "fullSenior" | "viceSenior" | "intermediate" | "assistant" | "junior" | "none";
/** Keys of the teaching rooms of 基础基512 (TEACHING_ROOMS). */
export type TeachingRoomKey = "classrooms" | "labs" | "library" | "computerRooms" | "languageLabs" | "gym";

/** A stage's columns, each once per stage (`primary.total`, `junior.edu.bachelor` …). */
export type StageFieldKey =
  | "total" | "female" | "minority" | "entrants" | "expectedGraduates" | "classes" | "prevYearStudents" | "dropouts"
  | ClassBandKey
  | "fullTime" | `edu.${QualificationKey}` | `title.${TitleKey}` | "keyTeachers" | "peTeachers" | "artTeachers";

/**
 * Every column id of the field dictionary (dictionary.ts builds its fields through `field(id: FieldId, …)`, so the
 * dictionary cannot hold an id this type lacks): a misspelt field id in a rule or a layout fails to compile.
 */
export type FieldId =
  // 学校基本情况
  | "code" | "name" | "type" | "sponsor" | "urbanRural" | "village" | "countsAsSchool" | "parentCode" | "boarding"
  // 学生与班级, 教职工
  | `primary.grade${1 | 2 | 3 | 4 | 5 | 6}` | `junior.grade${1 | 2 | 3}`
  | `${StageId}.${StageFieldKey}`
  | "senior.students" | "staffTotal"
  // 校舍
  | "totalArea" | "dangerous" | "teaching.total" | `teaching.${TeachingRoomKey}` | "admin" | "living" | "other"
  // 场地与装备
  | "siteArea" | "greenArea" | "sportsArea" | "books" | "computers" | "teachingComputers" | "multimediaRooms" | "equipmentValue"
  // 普及与控辍
  | "primaryAge" | "primaryEnrolled" | "juniorAge" | "juniorEnrolled"
  | `disabled.${"visual" | "hearing" | "intellectual"}`
  | `disabledEnrolled.${"regular" | "special" | "home"}`;

/**
 * How a column's values are read: codes and text stay strings; counts must be whole numbers;
 * areas in ㎡; money is held in 元 whatever the column's own unit.
 */
export type FieldType = "code" | "text" | "enum" | "count" | "area" | "money";

export type MoneyUnit = "元" | "万元";

/** How a column is read: a field of the dictionary, or a column of a sheet Junheng reads back (标准参数's 标准值). */
export interface ColumnDef {
  readonly id: string;
  /** What users call it, e.g. `小学一年级`. */
  readonly label: string;
  /** Canonical header path, each level already normalised. */
  readonly path: readonly string[];
  readonly aliases: readonly (readonly string[])[];
  readonly type: FieldType;
  readonly required: boolean;
  /** Allowed values of an enum, canonical spelling. */
  readonly values?: readonly string[];
  /**
   * Other spellings users type for an enum value (normalised text → canonical value). A Map, not an object: the
   * key is cell text, and a cell holding `toString` must not find Object.prototype's function.
   */
  readonly valueAliases?: ReadonlyMap<string, string>;
  /** The unit a money column holds when its header does not say. */
  readonly moneyUnit?: MoneyUnit;
  /** The unit word shown after values and accepted after a number (㎡, 册, 台, 人 …). */
  readonly unit?: string;
}

/** A column of the register: a ColumnDef whose id is one of the dictionary's. */
export interface FieldDef extends ColumnDef {
  /** Stable ASCII id, e.g. `primary.grade1`. Ids are unique across the whole dictionary's sheet. */
  readonly id: FieldId;
}

export interface SheetDef {
  readonly id: SheetId;
  /** Canonical sheet name. */
  readonly name: string;
  readonly aliases: readonly string[];
  /** Statistics table code the sheet corresponds to. */
  readonly table: string;
  /** The field that identifies a row: the school code, or the village name. */
  readonly keyField: string;
  /** A second field that also marks a data row (the school name), used to find where data starts. */
  readonly nameField?: string;
  readonly fields: readonly FieldDef[];
}
