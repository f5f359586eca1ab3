/** 基础基512 buildings (512-01..04): the parts of 校舍 against their totals, 危房, and schools without buildings. */
import type { Finding } from "../findings";
import { TEACHING_ROOM_FIELDS } from "../fields/dictionary";
import { numberOf } from "../register";
import { rowFinding, rowsOf } from "./context";
import { exceeds, numberOrZeroIfEmpty, studentsOfSchool, sumMismatch, emptyOrZero } from "./stageHelpers";
import type { RuleDef } from "./types";
import { say, template } from "./texts";
import { areaZh, areaEn, zeroZh, zeroEn, plural } from "./wording";
import { fmt } from "./context";

const TABLE = "基础基512";


const teachingPartsNotTotal = {
  id: "512-01",
  severity: "error",
  table: TABLE,
  title: "教学及辅助用房各项之和与合计不符",
  explanation: "教学及辅助用房合计 = 教室 + 实验室 + 图书室 + 微机室 + 语音室 + 体育馆。分项加起来必须等于合计（允许 0.01 ㎡ 的四舍五入误差）。",
  example: "教室 800、实验室 100、图书室 100、微机室 100、体育馆 100（之和 1200 ㎡），合计却填 1300 ㎡。",
  fix: "按校舍台账逐项核对面积，用各分项之和作为合计。",
  en: {
    title: "Teaching and auxiliary rooms do not add up to their total",
    explanation:
      "Teaching and auxiliary rooms total = classrooms + laboratories + library + computer room + language lab + gymnasium. The items must add up to the total (a rounding difference of 0.01 m² is allowed).",
    example: "Classrooms 800, laboratories 100, library 100, computer room 100, gymnasium 100 (sum 1200 m²), but the total is 1300 m².",
    fix: "Check each area against the buildings ledger, and take the sum of the items as the total.",
  },
  texts: {
    "512-01": template<{ sum: number; total: number }>(
      (p) => `教学及辅助用房各项之和 ${areaZh(p.sum)} 与合计 ${areaZh(p.total)} 不相等`,
      (p) => `The teaching rooms add up to ${areaEn(p.sum)}, not to their total ${areaEn(p.total)}`,
    ),
  },
  check: (ctx): Finding[] =>
    rowsOf(ctx, "buildings").flatMap((row) => {
      const mismatch = sumMismatch(row, TEACHING_ROOM_FIELDS, "teaching.total", ctx.tolerances.area);
      if (!mismatch) return [];
      const message = say(teachingPartsNotTotal, "512-01", { sum: mismatch.sum, total: mismatch.total });
      return [rowFinding(ctx, teachingPartsNotTotal, "buildings", row, [...TEACHING_ROOM_FIELDS, "teaching.total"], message)];
    }),
} satisfies RuleDef;

const OTHER_GROUPS = ["admin", "living", "other"] as const;
const FOUR_GROUPS = ["teaching.total", ...OTHER_GROUPS] as const;

const groupsNotTotalArea = {
  id: "512-02",
  severity: "error",
  table: TABLE,
  title: "四类用房之和与校舍建筑面积合计不符",
  explanation: "校舍建筑面积合计 = 教学及辅助用房 + 行政办公用房 + 生活用房 + 其他用房。四类加起来必须等于合计（允许 0.01 ㎡ 的误差）。",
  example: "教学及辅助用房 1200、行政办公用房 200、生活用房 500、其他用房 100（之和 2000 ㎡），校舍建筑面积合计却填 2100 ㎡。",
  fix: "核对四类用房面积，每栋楼的面积只计入一类，再用四类之和作为合计。",
  en: {
    title: "The four kinds of rooms do not add up to the total building area",
    explanation:
      "Total building area = teaching and auxiliary rooms + administrative offices + living rooms + other rooms. The four must add up to the total (a difference of 0.01 m² is allowed).",
    example: "Teaching and auxiliary rooms 1200, administrative offices 200, living rooms 500, other rooms 100 (sum 2000 m²), but the total building area is 2100 m².",
    fix: "Check the area of the four kinds of rooms, count each building's area under one kind only, then take the sum of the four as the total.",
  },
  texts: {
    "512-02": template<{ sum: number; total: number }>(
      (p) => `教学及辅助用房、行政办公用房、生活用房、其他用房之和 ${areaZh(p.sum)} 与校舍建筑面积合计 ${areaZh(p.total)} 不相等`,
      (p) => `Teaching, office, living and other rooms add up to ${areaEn(p.sum)}, not to the total building area ${areaEn(p.total)}`,
    ),
  },
  check: (ctx): Finding[] =>
    rowsOf(ctx, "buildings").flatMap((row) => {
      // Only when a group besides 教学及辅助用房 is filled: a sheet without them cannot be checked this way.
      if (OTHER_GROUPS.every((f) => numberOf(row, f) === null) || numberOf(row, "teaching.total") === null) return [];
      const mismatch = sumMismatch(row, FOUR_GROUPS, "totalArea", ctx.tolerances.area);
      if (!mismatch) return [];
      const message = say(groupsNotTotalArea, "512-02", { sum: mismatch.sum, total: mismatch.total });
      return [rowFinding(ctx, groupsNotTotalArea, "buildings", row, [...FOUR_GROUPS, "totalArea"], message)];
    }),
} satisfies RuleDef;

const dangerousBuildings = {
  id: "512-03",
  severity: "error",
  table: TABLE,
  title: "危房面积大于校舍总面积，或存在危房",
  explanation: "“其中危房”是校舍建筑面积的一部分，不能比合计还大（错误）。只要危房面积大于 0 就会提示（警告）：均衡发展评估的底线要求之一是学校没有 D 级危房，有危房必须列入整改。",
  example: "校舍建筑面积合计 2000 ㎡，其中危房填 2500 ㎡（多半把单位或栏目填错了）。",
  fix: "核对危房鉴定结论和面积；确有 D 级危房的，停止使用并列入整改清单，写明拆除或加固计划。",
  en: {
    title: "Dilapidated area larger than the building area, or dilapidated buildings",
    explanation:
      "「其中危房」 (of which dilapidated) is part of the building area and cannot be larger than the total (error). Any dilapidated area above 0 is flagged (warning): one of the bottom lines of the balanced-development evaluation is that schools have no grade-D dilapidated buildings, and any there are must be rectified.",
    example: "Total building area 2000 m², of which dilapidated 2500 m² (most likely a wrong unit or column).",
    fix: "Check the safety appraisal and the area; grade-D dilapidated buildings must be taken out of use and put on the rectification list (「整改清单」) with the plan to demolish or reinforce them.",
  },
  texts: {
    "512-03.over": template<{ dangerous: number; total: number }>(
      (p) => `其中危房 ${areaZh(p.dangerous)} 大于校舍建筑面积合计 ${areaZh(p.total)}`,
      (p) => `Unsafe buildings ${areaEn(p.dangerous)} exceed the total building area ${areaEn(p.total)}`,
    ),
    "512-03.some": template<{ dangerous: number }>(
      (p) => `有危房 ${areaZh(p.dangerous)}，不符合“无 D 级危房”的底线要求`,
      (p) => `${areaEn(p.dangerous)} of unsafe buildings, against the baseline of no grade-D unsafe buildings`,
    ),
  },
  check: (ctx): Finding[] =>
    rowsOf(ctx, "buildings").flatMap((row) => {
      const dangerous = numberOf(row, "dangerous");
      if (dangerous === null || dangerous <= 0) return [];
      const total = numberOf(row, "totalArea");
      if (total !== null && exceeds(dangerous, total, ctx.tolerances.area)) {
        return [rowFinding(ctx, dangerousBuildings, "buildings", row, ["dangerous", "totalArea"], say(dangerousBuildings, "512-03.over", { dangerous, total }))];
      }
      return [rowFinding(ctx, dangerousBuildings, "buildings", row, ["dangerous"], say(dangerousBuildings, "512-03.some", { dangerous }), "warning")];
    }),
} satisfies RuleDef;

const studentsWithoutBuildings = {
  id: "512-04",
  severity: "error",
  table: TABLE,
  title: "有学生但没有校舍面积",
  explanation: "学生表里有在校生的学校，一定有上课用的校舍，校舍建筑面积合计不能是 0 或空着。租用、借用的校舍也要按实际使用面积填写。",
  example: "某小学在校生 180 人，校舍表的校舍建筑面积合计填 0。",
  fix: "按校舍台账填写校舍建筑面积合计及各类用房面积。",
  en: {
    title: "Students but no building area",
    explanation:
      "A school with students on the students sheet has buildings to teach in, so its total building area cannot be 0 or empty. Rented or borrowed buildings are entered by the area actually used.",
    example: "A primary school has 180 students, but the total building area on the buildings sheet is 0.",
    fix: "Enter the total building area and the area of each kind of room from the buildings ledger.",
  },
  texts: {
    "512-04": template<{ students: number; area: string }>(
      (p) => `学校有在校生 ${fmt(p.students)} 人，但校舍建筑面积合计${zeroZh(p.area)}`,
      (p) => `The school has ${plural(p.students, "student")}, but its total building area ${zeroEn(p.area)}`,
    ),
  },
  check: (ctx): Finding[] => {
    const findings: Finding[] = [];
    for (const school of ctx.schools.values()) {
      const row = school.rows.buildings;
      const students = studentsOfSchool(school);
      if (!row || students === null || students <= 0) continue;
      if (numberOrZeroIfEmpty(row, "totalArea") !== 0) continue;
      findings.push(rowFinding(ctx, studentsWithoutBuildings, "buildings", row, ["totalArea"], say(studentsWithoutBuildings, "512-04", { students, area: emptyOrZero(row, "totalArea") })));
    }
    return findings;
  },
} satisfies RuleDef;

export const BUILDING_RULES: readonly RuleDef[] = [teachingPartsNotTotal, groupsNotTotalArea, dangerousBuildings, studentsWithoutBuildings];
