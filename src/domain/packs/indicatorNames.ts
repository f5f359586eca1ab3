/**
 * What users call the indicators (docs/method.md §3) and coverage targets (§6), with the unit a value is shown in.
 * One table, so the standards sheet, the indicator sheet and the report all say the same thing.
 *
 * Units: rates and qualification rates are fractions (0.98 = 98 %), shown with the unit 比例, because the JSON
 * result and the packs keep ratios as fractions (docs/workbook-format.md §4); the standards sheet also reads "98%".
 * B6–B8 are per-student ratios (published tables print 0.054 = 1 : 18.5).
 */

export interface IndicatorName {
  readonly name: string;
  readonly unit: string;
  /**
   * true when the standard is a ceiling (S8 students per staff member, S10 class size): a school meets it with a
   * value at or below it. Every other standard is a floor.
   */
  readonly atMost: boolean;
}

/** The unit of fractions: 1 = 100 %. */
export const FRACTION_UNIT = "比例";

const floor = (name: string, unit: string): IndicatorName => ({ name, unit, atMost: false });
const ceiling = (name: string, unit: string): IndicatorName => ({ name, unit, atMost: true });

export const INDICATOR_NAMES: Readonly<Record<string, IndicatorName>> = {
  B1: floor("生均教学及辅助用房面积", "㎡"),
  B2: floor("生均体育运动场馆面积", "㎡"),
  B3: floor("生均教学仪器设备值", "元"),
  B4: floor("每百名学生拥有计算机台数", "台"),
  B5: floor("生均图书册数", "册"),
  B6: floor("师生比", "人/生"),
  B7: floor("生均高于规定学历教师数", "人/生"),
  B8: floor("生均中级及以上专业技术职务教师数", "人/生"),

  Q1: floor("每百名学生拥有高于规定学历教师数", "人"),
  Q2: floor("每百名学生拥有县级以上骨干教师数", "人"),
  Q3: floor("每百名学生拥有体育、艺术（美术、音乐）专任教师数", "人"),
  Q4: floor("生均教学及辅助用房面积", "㎡"),
  Q5: floor("生均体育运动场馆面积", "㎡"),
  Q6: floor("生均教学仪器设备值", "元"),
  Q7: floor("每百名学生拥有网络多媒体教室数", "间"),

  S1: floor("生均占地面积", "㎡"),
  S2: floor("生均校舍建筑面积", "㎡"),
  S3: floor("生均绿化用地面积", "㎡"),
  S4: floor("生均体育运动场馆面积", "㎡"),
  S5: floor("生均教学仪器设备值", "元"),
  S6: floor("生均图书册数", "册"),
  S7: floor("每百名学生计算机台数", "台"),
  S8: ceiling("教职工与学生比（1 : n）", "人(学生/教职工)"),
  S9: floor("专任教师学历合格率", FRACTION_UNIT),
  S10: ceiling("平均班额", "人"),
};

export type TargetId = "T1" | "T2" | "T3" | "T4" | "T5" | "T6" | "T7";

/** Coverage targets (docs/method.md §6). T1–T5 are fractions; T6/T7 count classes. */
export const TARGET_NAMES: Readonly<Record<TargetId, IndicatorName>> = {
  T1: floor("小学入学率", FRACTION_UNIT),
  T2: floor("初中入学率", FRACTION_UNIT),
  T3: floor("三类残疾儿童少年入学率", FRACTION_UNIT),
  T4: ceiling("小学年辍学率", FRACTION_UNIT),
  T5: ceiling("初中年辍学率", FRACTION_UNIT),
  T6: ceiling("超大班额（66人及以上）班数", "个"),
  T7: ceiling("大班额（56—65人）班数", "个"),
};

/** Name and unit of an indicator or target id; unknown ids are shown as themselves. */
export function indicatorName(id: string): IndicatorName {
  return INDICATOR_NAMES[id] ?? (TARGET_NAMES as Readonly<Record<string, IndicatorName>>)[id] ?? { name: id, unit: "", atMost: false };
}

export function isFractionUnit(unit: string): boolean {
  return unit === FRACTION_UNIT;
}
