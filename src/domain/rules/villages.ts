/** Village rules V-01, V-02 (普及与控辍): enrolled children cannot outnumber the children there are. */
import type { Finding } from "../findings";
import { numberOf, textOf } from "../register";
import { rowFinding, rowsOf, sumOf } from "./context";
import type { RuleDef } from "./types";
import type { FieldId } from "../fields/types";
import { say, template } from "./texts";
import { labelZh, labelEn } from "./wording";
import { fmt } from "./context";

const TABLE = "普及与控辍";

const STAGE_PAIRS = [
  { enrolled: "primaryEnrolled", age: "primaryAge" },
  { enrolled: "juniorEnrolled", age: "juniorAge" },
] as const;

const DISABLED: readonly FieldId[] = ["disabled.visual", "disabled.hearing", "disabled.intellectual"];
const DISABLED_ENROLLED: readonly FieldId[] = ["disabledEnrolled.regular", "disabledEnrolled.special", "disabledEnrolled.home"];


const V01 = {
  id: "V-01",
  severity: "error",
  table: TABLE,
  title: "已入学人数大于适龄人数",
  explanation:
    "“其中已入学”是适龄儿童少年中的一部分，不可能比适龄人数还多，否则入学率会超过 100%。常见原因是把在本村上学的外村孩子也算进了已入学，或者适龄人数少统计了。",
  example: "某村「小学适龄儿童数」填 100，「小学适龄儿童已入学」填 105。",
  fix: "按户籍重新核对适龄人数和其中已入学人数，已入学只算本村户籍的适龄儿童。",
  en: {
    title: "More enrolled than children of school age",
    explanation:
      "「其中已入学」 (of whom enrolled) is part of the children and adolescents of school age and cannot be more than them; otherwise the enrolment rate would exceed 100%. The usual causes: children from other villages attending school here were counted as enrolled, or too few children of school age were counted.",
    example: "A village has 「小学适龄儿童数」 (primary-age children) 100 and 「小学适龄儿童已入学」 (of whom enrolled) 105.",
    fix: "Count again by household registration the children of school age and those enrolled; count as enrolled only the village's own registered children of school age.",
  },
  texts: {
    "V-01": template<{ village: string; row: number; enrolledField: string; ageField: string; enrolled: number; age: number }>(
      (p) =>
        `${p.village === "" ? `第 ${p.row} 行的` : `村委会「${p.village}」的`}「${labelZh("villages", p.enrolledField as FieldId)}」${fmt(p.enrolled)} 人大于「${labelZh("villages", p.ageField as FieldId)}」${fmt(p.age)} 人，入学率超过 100%`,
      (p) =>
        `${p.village === "" ? `Row ${p.row}` : `Village “${p.village}”`}: ${labelEn("villages", p.enrolledField as FieldId)} ${fmt(p.enrolled)} exceed ${labelEn("villages", p.ageField as FieldId)} ${fmt(p.age)}, an enrolment rate above 100%`,
    ),
  },
  check(ctx): Finding[] {
    const findings: Finding[] = [];
    for (const row of rowsOf(ctx, "villages")) {
      for (const { enrolled, age } of STAGE_PAIRS) {
        const enrolledCount = numberOf(row, enrolled);
        const ageCount = numberOf(row, age);
        if (enrolledCount === null || ageCount === null || enrolledCount <= ageCount) continue;
        findings.push(rowFinding(ctx, V01, "villages", row, [enrolled, age],
          say(V01, "V-01", { village: textOf(row, "village") ?? "", row: row.row, enrolledField: enrolled, ageField: age, enrolled: enrolledCount, age: ageCount })));
      }
    }
    return findings;
  },
} satisfies RuleDef;

const V02 = {
  id: "V-02",
  severity: "error",
  table: TABLE,
  title: "残疾儿童已入学人数大于残疾适龄儿童数",
  explanation:
    "三类残疾（视力、听力言语、智力）适龄儿童少年，通过随班就读、在特教学校就读、送教上门三种方式入学。三种方式的人数加起来，不能超过三类残疾适龄儿童少年的总数。",
  example: "某村三类残疾适龄儿童共 3 人，却填了随班就读 2 人、送教上门 2 人，合计 4 人。",
  fix: "逐个核对残疾儿童名单：每个孩子只按一种入学方式统计一次，并确认残疾类别都已计入。",
  en: {
    title: "More disabled children enrolled than disabled children of school age",
    explanation:
      "Children and adolescents of school age with the three kinds of disability (visual, hearing and speech, intellectual) are enrolled in one of three ways: in a regular class, in a special-education school, or taught at home. The three ways together cannot exceed the number of such children of school age.",
    example: "A village has 3 children of school age with the three kinds of disability, but 2 in regular classes and 2 taught at home, 4 in all.",
    fix: "Go through the list of disabled children one by one: count each child once, under one way of enrolment, and make sure every kind of disability is counted.",
  },
  texts: {
    "V-02": template<{ village: string; row: number; enrolled: number; disabled: number }>(
      (p) =>
        `${p.village === "" ? `第 ${p.row} 行的` : `村委会「${p.village}」的`}残疾儿童已入学合计 ${fmt(p.enrolled)} 人（随班就读、特教学校、送教上门），大于三类残疾适龄儿童少年合计 ${fmt(p.disabled)} 人`,
      (p) =>
        `${p.village === "" ? `Row ${p.row}` : `Village “${p.village}”`}: disabled children enrolled (regular classes, special schools, home teaching), ${fmt(p.enrolled)}, exceed the ${fmt(p.disabled)} disabled children of school age`,
    ),
  },
  check(ctx): Finding[] {
    const findings: Finding[] = [];
    for (const row of rowsOf(ctx, "villages")) {
      const enrolled = sumOf(row, DISABLED_ENROLLED);
      const disabled = sumOf(row, DISABLED);
      if (enrolled === null || disabled === null || enrolled <= disabled) continue;
      findings.push(rowFinding(ctx, V02, "villages", row, [...DISABLED, ...DISABLED_ENROLLED],
        say(V02, "V-02", { village: textOf(row, "village") ?? "", row: row.row, enrolled, disabled })));
    }
    return findings;
  },
} satisfies RuleDef;

export const VILLAGE_RULES: readonly RuleDef[] = [V01, V02];
