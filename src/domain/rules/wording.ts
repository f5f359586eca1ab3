/**
 * The words rules' sentences share (rules/texts.ts): stage, column and sheet names in English, areas, changes and
 * plurals. Parameters keep the user's own text (school and village names, cell text, 办学类型 values) as the user
 * wrote it; field ids, stage ids and numbers are rendered in the language.
 */
import { fieldDef, STAGE_LABEL } from "../fields/dictionary";
import type { FieldId, SheetId, StageId } from "../fields/types";
import { fmt } from "./context";

export const STAGE_EN: Record<StageId, string> = { primary: "Primary", junior: "Junior secondary" };
export const stageZh = (stage: string) => STAGE_LABEL[stage as StageId] ?? stage;
export const stageEn = (stage: string) => STAGE_EN[stage as StageId] ?? stage;

/** English names of the columns messages name; any other column is named by its Chinese label. */
export const FIELD_EN: Partial<Record<FieldId, string>> = {
  greenArea: "green area",
  sportsArea: "sports ground area",
  siteArea: "site area",
  books: "books",
  equipmentValue: "teaching equipment value",
  primaryAge: "primary-age children",
  primaryEnrolled: "of whom enrolled (primary)",
  juniorAge: "junior-secondary-age children",
  juniorEnrolled: "of whom enrolled (junior secondary)",
};

export const SHEET_EN: Partial<Record<SheetId, string>> = {
  schools: "school facts (学校基本情况)",
  students: "students and classes (学生与班级)",
  staff: "staff (教职工)",
  buildings: "buildings (校舍)",
  facilities: "land and equipment (场地与装备)",
  villages: "enrolment and dropout (普及与控辍)",
};

/** A list of field ids as one parameter (`greenArea,sportsArea`), named in the language when rendered. */
export const fieldList = (fields: readonly FieldId[]) => fields.join(",");
export const fieldsOf = (list: string) => (list === "" ? [] : (list.split(",") as FieldId[]));
export const labelZh = (sheet: SheetId, field: FieldId) => fieldDef(sheet, field).label;
export const labelEn = (sheet: SheetId, field: FieldId) => FIELD_EN[field] ?? fieldDef(sheet, field).label;
export const areaZh = (value: number) => `${fmt(value)} ㎡`;
export const areaEn = (value: number) => `${fmt(value)} m²`;
/** How a message says a cell counted as 0 was: typed 0, or left empty (stageHelpers.zeroOrEmptyText). */
export const zeroZh = (how: string) => (how === "empty" ? "未填写" : "为 0");
export const zeroEn = (how: string) => (how === "empty" ? "is empty" : "is 0");
export const plural = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

export const percent = (share: number) => `${fmt(Math.round(share * 1000) / 10)}%`;
export function changeZh(current: number, previous: number): string {
  if (previous === 0) return "上年为 0";
  const share = (current - previous) / previous;
  return `${share >= 0 ? "增加" : "减少"} ${percent(Math.abs(share))}`;
}
export function changeEn(current: number, previous: number): string {
  if (previous === 0) return "last year 0";
  const share = (current - previous) / previous;
  return `${share >= 0 ? "up" : "down"} ${percent(Math.abs(share))}`;
}
