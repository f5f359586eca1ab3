/** 基础基522 land and equipment (522-01..03): parts of the site, computers, and empty-shell schools. */
import type { Finding } from "../findings";
import { numberOf } from "../register";
import { rowFinding, rowsOf, sumOf } from "./context";
import { exceeds, hasUnreadable, studentsOfSchool } from "./stageHelpers";
import type { RuleDef } from "./types";
import { say, template } from "./texts";
import { fieldList, fieldsOf, labelZh, labelEn, areaZh, areaEn, plural } from "./wording";
import { fmt } from "./context";

const TABLE = "基础基522";


const SITE_PARTS = ["greenArea", "sportsArea"] as const;

const sitePartsOverSite = {
  id: "522-01",
  severity: "error",
  table: TABLE,
  title: "绿化用地与运动场地之和大于占地面积",
  explanation: "绿化用地和运动场地都在学校占地范围之内，两者加起来不可能比学校占地面积还大。",
  example: "占地面积 6000 ㎡，绿化用地 1500 ㎡，运动场地却填 5000 ㎡（之和 6500 ㎡）。",
  fix: "按学校平面图或土地证核对占地面积、绿化用地面积和运动场地面积。",
  en: {
    title: "Green area and sports ground larger than the site",
    explanation:
      "The green area and the sports grounds both lie within the school's site, so together they cannot be larger than the site area.",
    example: "Site area 6000 m², green area 1500 m², but sports grounds 5000 m² (sum 6500 m²).",
    fix: "Check the site area, green area and sports ground area against the school's site plan or land certificate.",
  },
  texts: {
    "522-01": template<{ fields: string; parts: number; site: number }>(
      (p) => {
        const filled = fieldsOf(p.fields);
        return `${filled.map((f) => labelZh("facilities", f)).join("与")}${filled.length > 1 ? "之和" : ""} ${areaZh(p.parts)} 大于占地面积 ${areaZh(p.site)}`;
      },
      (p) => {
        const filled = fieldsOf(p.fields);
        return `${filled.map((f) => labelEn("facilities", f)).join(" and ")}${filled.length > 1 ? " together" : ""}, ${areaEn(p.parts)}, exceed the site area ${areaEn(p.site)}`;
      },
    ),
  },
  check: (ctx): Finding[] =>
    rowsOf(ctx, "facilities").flatMap((row) => {
      const parts = sumOf(row, SITE_PARTS);
      const site = numberOf(row, "siteArea");
      if (parts === null || site === null || hasUnreadable(row, SITE_PARTS)) return [];
      if (!exceeds(parts, site, ctx.tolerances.area)) return [];
      const filled = SITE_PARTS.filter((f) => numberOf(row, f) !== null);
      const message = say(sitePartsOverSite, "522-01", { fields: fieldList(filled), parts, site });
      return [rowFinding(ctx, sitePartsOverSite, "facilities", row, [...SITE_PARTS, "siteArea"], message)];
    }),
} satisfies RuleDef;

const teachingComputersOverComputers = {
  id: "522-02",
  severity: "error",
  table: TABLE,
  title: "教学用计算机多于计算机总数",
  explanation: "“其中教学用计算机”是计算机总台数的一部分（另一部分是办公用计算机），不能比总数多。",
  example: "计算机填 30 台，其中教学用计算机填 35 台。",
  fix: "清点全校计算机（含平板电脑），分清教学用和办公用，使教学用不超过总数。",
  en: {
    title: "More teaching computers than computers",
    explanation:
      "「其中教学用计算机」 (of which for teaching) is part of all the computers (the rest are office computers) and cannot be more than the total.",
    example: "Computers 30, of which for teaching 35.",
    fix: "Count the school's computers (tablets included), tell those for teaching from those for office use, so that teaching computers do not exceed the total.",
  },
  texts: {
    "522-02": template<{ teaching: number; all: number }>(
      (p) => `其中教学用计算机 ${fmt(p.teaching)} 台多于计算机 ${fmt(p.all)} 台`,
      (p) => `Teaching computers ${fmt(p.teaching)} exceed all computers ${fmt(p.all)}`,
    ),
  },
  check: (ctx): Finding[] =>
    rowsOf(ctx, "facilities").flatMap((row) => {
      const teaching = numberOf(row, "teachingComputers");
      const all = numberOf(row, "computers");
      if (teaching === null || all === null || !exceeds(teaching, all, ctx.tolerances.count)) return [];
      const message = say(teachingComputersOverComputers, "522-02", { teaching, all });
      return [rowFinding(ctx, teachingComputersOverComputers, "facilities", row, ["teachingComputers", "computers"], message)];
    }),
} satisfies RuleDef;

/** Resources every school with students has; 0 in any of them looks like an empty shell to national checks. */
const ESSENTIALS = ["books", "equipmentValue", "siteArea"] as const;

const emptyShellSchool = {
  id: "522-03",
  severity: "warning",
  table: TABLE,
  title: "有学生但图书、仪器设备或占地面积为 0",
  explanation: "有在校生的学校，一定有占地、图书和教学仪器设备。国家统计数据核查会专门查找这类“空壳学校”：有学生，却没有图书、设备值或占地面积。",
  example: "某小学在校生 180 人，图书填 0 册，教学仪器设备资产值填 0。",
  fix: "按图书登记簿、固定资产账和土地证补填；确实为 0 的（如借用其他学校校园），填写审核说明。",
  en: {
    title: "Students but no books, equipment or site area",
    explanation:
      "A school with students has a site, books and teaching equipment. The national statistics data verification looks specifically for such \"empty shell schools\": students, but no books, equipment value or site area.",
    example: "A primary school has 180 students, 0 books and a teaching equipment value of 0.",
    fix: "Fill in from the book register, the fixed-asset accounts and the land certificate; if it really is 0 (for example the school uses another school's campus), fill in 「审核说明」.",
  },
  texts: {
    "522-03": template<{ students: number; fields: string }>(
      (p) => `学校有在校生 ${fmt(p.students)} 人，但${fieldsOf(p.fields).map((f) => labelZh("facilities", f)).join("、")}为 0`,
      (p) => `The school has ${plural(p.students, "student")}, but its ${fieldsOf(p.fields).map((f) => labelEn("facilities", f)).join(", ")} ${fieldsOf(p.fields).length > 1 ? "are" : "is"} 0`,
    ),
  },
  check: (ctx): Finding[] => {
    const findings: Finding[] = [];
    for (const school of ctx.schools.values()) {
      const row = school.rows.facilities;
      const students = studentsOfSchool(school);
      if (!row || students === null || students <= 0) continue;
      const zero = ESSENTIALS.filter((f) => numberOf(row, f) === 0);
      if (zero.length === 0) continue;
      findings.push(rowFinding(ctx, emptyShellSchool, "facilities", row, zero, say(emptyShellSchool, "522-03", { students, fields: fieldList(zero) })));
    }
    return findings;
  },
} satisfies RuleDef;

export const LAND_EQUIPMENT_RULES: readonly RuleDef[] = [sitePartsOverSite, teachingComputersOverComputers, emptyShellSchool];
