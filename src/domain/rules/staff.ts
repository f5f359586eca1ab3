/** 基础基422 staff (422-01..06): full-time teachers per stage against 教职工, their breakdowns and the students. */
import type { Finding } from "../findings";
import { QUALIFICATIONS } from "../fields/dictionary";
import type { StageId } from "../fields/types";
import { numberOf } from "../register";
import { fmt, rowFinding, rowsOf, sumOf } from "./context";
import { exceeds, hasUnreadable, numberOrZeroIfEmpty, qualificationFields, eachStageRow, STAGE_IDS, stageField, sumMismatch, titleFields, emptyOrZero } from "./stageHelpers";
import type { RuleDef } from "./types";
import type { RuleId } from "../ruleIds";
import type { FieldId, QualificationKey } from "../fields/types";
import { say, template } from "./texts";
import { stageZh, stageEn, labelZh, zeroZh, zeroEn, plural } from "./wording";

const TABLE = "基础基422";

const fullTimeField = (stage: StageId) => stageField(stage, "fullTime");

const teachersOverStaff = {
  id: "422-01",
  severity: "error",
  table: TABLE,
  title: "专任教师多于教职工",
  explanation: "专任教师是教职工的一部分。小学和初中的专任教师加起来，不可能比全校教职工数还多。",
  example: "教职工数填 12，小学专任教师却填 13。",
  fix: "核对教职工数（含专任教师、行政、教辅、工勤人员）和各学段专任教师数，改正填错的一项。",
  en: {
    title: "More full-time teachers than staff",
    explanation:
      "Full-time teachers are part of the staff. The primary and junior secondary full-time teachers together cannot outnumber the school's staff.",
    example: "Staff are 12, but primary full-time teachers are 13.",
    fix: "Check the staff (full-time teachers, administrative, teaching-support and service staff) and each stage's full-time teachers, and correct the wrong one.",
  },
  texts: {
    "422-01": template<{ teachers: number; staff: number }>(
      (p) => `小学与初中专任教师合计 ${fmt(p.teachers)} 人多于教职工数 ${fmt(p.staff)} 人`,
      (p) => `Full-time teachers of primary and junior secondary, ${fmt(p.teachers)}, exceed the staff total ${fmt(p.staff)}`,
    ),
  },
  check: (ctx): Finding[] =>
    rowsOf(ctx, "staff").flatMap((row) => {
      const teacherFields = STAGE_IDS.map(fullTimeField);
      const teachers = sumOf(row, teacherFields);
      const staff = numberOf(row, "staffTotal");
      if (teachers === null || staff === null || hasUnreadable(row, teacherFields)) return [];
      if (!exceeds(teachers, staff, ctx.tolerances.count)) return [];
      const message = say(teachersOverStaff, "422-01", { teachers, staff });
      return [rowFinding(ctx, teachersOverStaff, "staff", row, ["staffTotal", ...teacherFields], message)];
    }),
} satisfies RuleDef;

/** The sentence of 422-02 and 422-03, the rules breakdownRule builds. */
const BREAKDOWN_TEXT = template<{ stage: string; by: "qualification" | "title"; sum: number; total: number }>(
  (p) => `${stageZh(p.stage)}专任教师按${p.by === "qualification" ? "学历" : "职称"}分列之和 ${fmt(p.sum)} 与专任教师数 ${fmt(p.total)} 不相等`,
  (p) => `${stageEn(p.stage)}: full-time teachers by ${p.by} add up to ${fmt(p.sum)}, not to the ${fmt(p.total)} full-time teachers`,
);

function breakdownRule(id: RuleId, by: "qualification" | "title", fieldsOf: (stage: StageId) => readonly FieldId[], about: Pick<RuleDef, "title" | "explanation" | "example" | "fix" | "en">): RuleDef {
  const rule = {
    id,
    severity: "error",
    table: TABLE,
    ...about,
    texts: {
      "422-breakdown": BREAKDOWN_TEXT,
    },
    check: (ctx): Finding[] =>
      eachStageRow(ctx, "staff", (row, stage) => {
        const parts = fieldsOf(stage);
        const mismatch = sumMismatch(row, parts, fullTimeField(stage), ctx.tolerances.count);
        if (!mismatch) return [];
        const message = say(rule, "422-breakdown", { stage, by, sum: mismatch.sum, total: mismatch.total });
        return [rowFinding(ctx, rule, "staff", row, [...parts, fullTimeField(stage)], message)];
      }),
  } satisfies RuleDef;
  return rule;
}

const qualificationsNotTeachers = breakdownRule("422-02", "qualification", qualificationFields, {
  title: "专任教师学历分列之和与专任教师数不符",
  explanation: "每位专任教师都有且只有一个最高学历（研究生、本科、专科、高中、高中以下），所以各学历人数加起来必须等于该学段专任教师数。",
  example: "小学专任教师填 11，学历只填了本科 6、专科 4（之和 10），漏了 1 名中师毕业的教师。",
  fix: "按每位教师的最高学历重新统计，使各学历人数之和等于专任教师数。",
  en: {
    title: "Full-time teachers by qualification do not add up to the full-time teachers",
    explanation:
      "Every full-time teacher has exactly one highest qualification (postgraduate, bachelor's, associate, senior secondary, below senior secondary), so the teachers by qualification must add up to the stage's full-time teachers.",
    example: "Primary full-time teachers are 11, but only bachelor's 6 and associate 4 are filled in (sum 10): one teacher who graduated from a secondary normal school was left out.",
    fix: "Count again by each teacher's highest qualification, so that the qualifications add up to the full-time teachers.",
  },
});

const titlesNotTeachers = breakdownRule("422-03", "title", titleFields, {
  title: "专任教师职称分列之和与专任教师数不符",
  explanation: "每位专任教师都归入一个职称级别（正高级、副高级、中级、助理级、员级、未定职级），还没有评职称的计入“未定职级”，所以各级人数之和必须等于该学段专任教师数。",
  example: "初中专任教师填 12，职称只填了中级 6、助理级 4（之和 10），新教师 2 人没有计入“未定职级”。",
  fix: "按每位教师现聘职称重新统计，没有职称的计入“未定职级”。",
  en: {
    title: "Full-time teachers by professional title do not add up to the full-time teachers",
    explanation:
      "Every full-time teacher belongs to one title level (「正高级」 senior, 「副高级」 associate senior, 「中级」 intermediate, 「助理级」 assistant, 「员级」 junior, 「未定职级」 no title yet); teachers without a title yet count under 「未定职级」, so the levels must add up to the stage's full-time teachers.",
    example: "Junior secondary full-time teachers are 12, but only intermediate 6 and assistant 4 are filled in (sum 10): 2 new teachers were not counted under 「未定职级」.",
    fix: "Count again by each teacher's current title, with teachers without a title under 「未定职级」.",
  },
});

const SUBSETS = ["keyTeachers", "peTeachers", "artTeachers"] as const;

const subsetOverTeachers = {
  id: "422-04",
  severity: "error",
  table: TABLE,
  title: "骨干、体育或艺术教师多于专任教师",
  explanation: "县级及以上骨干教师、体育专任教师、艺术（音乐、美术）专任教师都是该学段专任教师中的一部分，任何一项都不能比专任教师数多。",
  example: "小学专任教师填 11，体育专任教师却填 12（把兼课教师也算了进去）。",
  fix: "只统计本学段的专任教师；兼任体育、艺术课的教师按其主要任教学科计入一类。",
  en: {
    title: "More key, PE or arts teachers than full-time teachers",
    explanation:
      "County-level and higher key teachers, full-time PE teachers and full-time arts (music, fine arts) teachers are all part of the stage's full-time teachers; none of them can outnumber the full-time teachers.",
    example: "Primary full-time teachers are 11, but full-time PE teachers are 12 (teachers who also teach PE were counted).",
    fix: "Count only the full-time teachers of the stage; count a teacher who also teaches PE or arts once, under the subject they mainly teach.",
  },
  texts: {
    "422-04": template<{ stage: string; field: string; count: number; teachers: number }>(
      (p) => `${labelZh("staff", p.field as FieldId)} ${fmt(p.count)} 人多于${stageZh(p.stage)}专任教师 ${fmt(p.teachers)} 人`,
      (p) => {
        const what = p.field.endsWith("keyTeachers") ? "key teachers" : p.field.endsWith("peTeachers") ? "PE teachers" : "arts teachers";
        return `${stageEn(p.stage)} ${what} ${fmt(p.count)} exceed its ${fmt(p.teachers)} full-time teachers`;
      },
    ),
  },
  check: (ctx): Finding[] =>
    eachStageRow(ctx, "staff", (row, stage) => {
      const teachers = numberOf(row, fullTimeField(stage));
      if (teachers === null) return [];
      return SUBSETS.flatMap((key) => {
        const field = stageField(stage, key);
        const count = numberOf(row, field);
        if (count === null || !exceeds(count, teachers, ctx.tolerances.count)) return [];
        const message = say(subsetOverTeachers, "422-04", { stage, field, count, teachers });
        return [rowFinding(ctx, subsetOverTeachers, "staff", row, [field, fullTimeField(stage)], message)];
      });
    }),
} satisfies RuleDef;

const studentsWithoutTeachers = {
  id: "422-05",
  severity: "error",
  table: TABLE,
  title: "有学生的学段没有专任教师",
  explanation: "学生表里某个学段有在校生，教职工表里这个学段的专任教师就不能是 0 或空着。九年一贯制等学校常把全部教师都填在一个学段下，需要按实际任教学段分开填。",
  example: "九年一贯制学校初中在校生 120 人，初中专任教师却填 0，教师全部填在了小学栏。",
  fix: "按每位教师主要任教的学段，把专任教师分别填到小学和初中。",
  en: {
    title: "A stage with students has no full-time teachers",
    explanation:
      "If the students sheet has students in a stage, that stage's full-time teachers on the staff sheet cannot be 0 or empty. Nine-year through schools and the like often enter all their teachers under one stage; they need entering by the stage each teacher actually teaches.",
    example: "A nine-year through school has 120 junior secondary students but 0 junior secondary full-time teachers: all teachers were entered in the primary columns.",
    fix: "Enter the full-time teachers under primary and junior secondary by the stage each teacher mainly teaches.",
  },
  texts: {
    "422-05": template<{ stage: string; students: number; teachers: string }>(
      (p) => `${stageZh(p.stage)}有在校生 ${fmt(p.students)} 人，但${stageZh(p.stage)}专任教师${zeroZh(p.teachers)}`,
      (p) => `${stageEn(p.stage)} has ${plural(p.students, "student")}, but its full-time teachers ${zeroEn(p.teachers)}`,
    ),
  },
  check: (ctx): Finding[] => {
    const findings: Finding[] = [];
    for (const school of ctx.schools.values()) {
      const students = school.rows.students;
      const staff = school.rows.staff;
      if (!students || !staff) continue;
      for (const stage of STAGE_IDS) {
        const pupils = numberOf(students, stageField(stage, "total"));
        const teachers = numberOrZeroIfEmpty(staff, fullTimeField(stage));
        if (pupils === null || pupils <= 0 || teachers !== 0) continue;
        const message = say(studentsWithoutTeachers, "422-05", { stage, students: pupils, teachers: emptyOrZero(staff, fullTimeField(stage)) });
        findings.push(rowFinding(ctx, studentsWithoutTeachers, "staff", staff, [fullTimeField(stage)], message));
      }
    }
    return findings;
  },
} satisfies RuleDef;

/** Qualifications below what the Teachers Law (教师法 第十一条) requires of a teacher of each stage. */
const BELOW_REQUIRED: Readonly<Record<StageId, { keys: readonly QualificationKey[]; required: string; requiredEn: string }>> = {
  primary: { keys: ["belowHigh"], required: "中师（高中）及以上", requiredEn: "secondary normal school (senior secondary) or above" },
  junior: { keys: ["highSchool", "belowHigh"], required: "专科及以上", requiredEn: "junior college or above" },
};

const qualificationLabel = (key: string) => QUALIFICATIONS.find((q) => q.key === key)?.label ?? key;
const QUALIFICATION_EN: Partial<Record<string, string>> = { highSchool: "senior secondary", belowHigh: "below senior secondary" };
/** The `counts` parameter of 422-06 (`highSchool:2,belowHigh:1`) as [qualification key, count] pairs. */
const countsOf = (counts: string) => counts.split(",").map((part) => part.split(":")).map(([key, n]) => [key, Number(n)] as const);

const underqualifiedTeachers = {
  id: "422-06",
  severity: "warning",
  table: TABLE,
  title: "专任教师学历低于规定要求",
  explanation: "《教师法》规定：小学教师应具备中等师范学校（高中阶段）及以上学历，初中教师应具备专科及以上学历。学历低于这个要求的教师会影响“学历合格率”指标，督导评估时要说明情况和提升计划。",
  example: "初中专任教师中，学历填在“高中(中专、中师)”栏的有 2 人。",
  fix: "先核对学历是否填错栏（以最高学历为准）；属实的，填写审核说明（如正在进修、计划调整任教学段）。",
  en: {
    title: "Full-time teachers below the required qualification",
    explanation:
      "The Teachers Law requires primary teachers to have at least a secondary normal school (senior secondary) qualification, and junior secondary teachers at least an associate degree. Teachers below this lower the qualified-teacher rate indicator, and supervision and evaluation ask for the situation and the plan to raise it.",
    example: "Among junior secondary full-time teachers, 2 are entered in the 「高中(中专、中师)」 (senior secondary) column.",
    fix: "First check whether the qualification was entered in the wrong column (the highest qualification counts); if true, fill in 「审核说明」 (for example in-service study under way, or a planned change of stage).",
  },
  texts: {
    "422-06": template<{ stage: string; total: number; counts: string }>(
      (p) => {
        const detail = countsOf(p.counts).map(([key, n]) => `${qualificationLabel(key)} ${fmt(n)} 人`).join("、");
        return `${stageZh(p.stage)}有 ${fmt(p.total)} 名专任教师学历未达到${BELOW_REQUIRED[p.stage as StageId].required}的要求（${detail}）`;
      },
      (p) => {
        const detail = countsOf(p.counts).map(([key, n]) => `${QUALIFICATION_EN[key] ?? qualificationLabel(key)} ${fmt(n)}`).join(", ");
        return `${stageEn(p.stage)}: ${plural(p.total, "full-time teacher")} below the required qualification, ${BELOW_REQUIRED[p.stage as StageId].requiredEn} (${detail})`;
      },
    ),
  },
  check: (ctx): Finding[] =>
    eachStageRow(ctx, "staff", (row, stage) => {
      const { keys } = BELOW_REQUIRED[stage];
      const offending = keys
        .map((key) => {
          const field = stageField(stage, `edu.${key}`);
          return { field, key, count: numberOf(row, field) };
        })
        .filter((x): x is { field: FieldId; key: QualificationKey; count: number } => x.count !== null && x.count > 0);
      if (offending.length === 0) return [];
      const total = offending.reduce((s, x) => s + x.count, 0);
      const message = say(underqualifiedTeachers, "422-06", { stage, total, counts: offending.map((x) => `${x.key}:${x.count}`).join(",") });
      return [rowFinding(ctx, underqualifiedTeachers, "staff", row, offending.map((x) => x.field), message)];
    }),
} satisfies RuleDef;

export const STAFF_RULES: readonly RuleDef[] = [
  teachersOverStaff,
  qualificationsNotTeachers,
  titlesNotTeachers,
  subsetOverTeachers,
  studentsWithoutTeachers,
  underqualifiedTeachers,
];
