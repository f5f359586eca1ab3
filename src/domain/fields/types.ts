export type SheetId = "schools" | "students" | "staff" | "buildings" | "facilities" | "villages";

export type StageId = "primary" | "junior";

/**
 * How a column's values are read: codes and text stay strings; counts must be whole numbers;
 * areas in ㎡; money is held in 元 whatever the column's own unit.
 */
export type FieldType = "code" | "text" | "enum" | "count" | "area" | "money";

export type MoneyUnit = "元" | "万元";

export interface FieldDef {
  /** Stable ASCII id, e.g. `primary.grade1`. Ids are unique across the whole dictionary's sheet. */
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
