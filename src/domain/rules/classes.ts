/** 基础基212 classes (212-01..06): classes and class-size bands against the students of each stage. */
import type { Finding } from "../findings";
import { CLASS_SIZE_BANDS, stagesOfType } from "../fields/dictionary";
import type { ClassBandKey, FieldId, StageId } from "../fields/types";
import { numberOf, textOf, type RegisterRow } from "../register";
import { rowFinding } from "./context";
import { bandFields, hasUnreadable, isUnreadable, numberOrZeroIfEmpty, eachStageRow, STAGE_IDS, stageField, sumMismatch, emptyOrZero } from "./stageHelpers";
import type { RuleDef } from "./types";
import type { RuleId } from "../ruleIds";
import { say, template } from "./texts";
import { stageZh, stageEn, zeroZh, zeroEn, plural } from "./wording";
import { fmt } from "./context";

const TABLE = "基础基212";

const classesWithoutStudents = {
  id: "212-01",
  severity: "error",
  table: TABLE,
  title: "有班无生或有生无班",
  explanation:
    "每个学段的班数和在校生数要对得上：开了班就一定有学生，有学生就一定编了班。一个填了班数、一个是 0 或空着，通常是漏填或填错了学段。",
  example: "小学班数填 6，小学在校生合计却填 0（学生误填到了初中栏）。",
  fix: "核对该学段的班数和在校生合计，把漏填的补上，或把填错学段的数字移到正确的栏目。",
  en: {
    title: "Classes without students, or students without classes",
    explanation:
      "In each stage the classes and the students must go together: a class opened has students, and students are always placed in classes. One filled in and the other 0 or empty usually means a cell left out or a count entered under the wrong stage.",
    example: "Primary classes are 6, but the primary student total is 0 (the students were entered in the junior secondary columns).",
    fix: "Check the stage's classes and student total; fill in what is missing, or move numbers entered under the wrong stage to the right columns.",
  },
  texts: {
    "212-01.classes": template<{ stage: string; classes: number; total: string }>(
      (p) => `${stageZh(p.stage)}有 ${fmt(p.classes)} 个班，但在校生合计${zeroZh(p.total)}`,
      (p) => `${stageEn(p.stage)} has ${plural(p.classes, "class", "classes")}, but the student total ${zeroEn(p.total)}`,
    ),
    "212-01.students": template<{ stage: string; students: number; classes: string }>(
      (p) => `${stageZh(p.stage)}有在校生 ${fmt(p.students)} 人，但班数${zeroZh(p.classes)}`,
      (p) => `${stageEn(p.stage)} has ${plural(p.students, "student")}, but the number of classes ${zeroEn(p.classes)}`,
    ),
  },
  check: (ctx): Finding[] =>
    eachStageRow(ctx, "students", (row, stage) => {
      const classesField = stageField(stage, "classes");
      const totalField = stageField(stage, "total");
      const classes = numberOrZeroIfEmpty(row, classesField);
      const total = numberOrZeroIfEmpty(row, totalField);
      if (classes === null || total === null) return [];
      if (classes > 0 && total === 0) {
        return [rowFinding(ctx, classesWithoutStudents, "students", row, [classesField, totalField], say(classesWithoutStudents, "212-01.classes", { stage, classes, total: emptyOrZero(row, totalField) }))];
      }
      if (total > 0 && classes === 0) {
        return [rowFinding(ctx, classesWithoutStudents, "students", row, [classesField, totalField], say(classesWithoutStudents, "212-01.students", { stage, students: total, classes: emptyOrZero(row, classesField) }))];
      }
      return [];
    }),
} satisfies RuleDef;

const bandsNotClasses = {
  id: "212-02",
  severity: "error",
  table: TABLE,
  title: "班额分组之和与班数不符",
  explanation:
    "班额分组（25人及以下、26-35人……66人及以上）是把这个学段的每一个班按人数归到一组，所以各组班数加起来必须正好等于班数。",
  example: "小学班数填 6，班额分组只在 26-35人 填了 5，其余为空。",
  fix: "逐班数一数人数，把每个班归入一个分组，使各组之和等于班数。",
  en: {
    title: "Classes by class size do not add up to the classes",
    explanation:
      "The class-size bands (「25人及以下」 25 or fewer, 「26-35人」 … 「66人及以上」 66 or more) put each class of the stage into one band by its number of students, so the classes of all bands must add up exactly to the number of classes.",
    example: "Primary classes are 6, but only the 「26-35人」 band is filled in, with 5; the others are empty.",
    fix: "Count the students of each class, put every class into one band, so that the bands add up to the number of classes.",
  },
  texts: {
    "212-02": template<{ stage: string; sum: number; total: number }>(
      (p) => `${stageZh(p.stage)}各班额分组班数之和 ${fmt(p.sum)} 与班数 ${fmt(p.total)} 不相等`,
      (p) => `${stageEn(p.stage)}: the classes by class size add up to ${fmt(p.sum)}, not to the number of classes ${fmt(p.total)}`,
    ),
  },
  check: (ctx): Finding[] =>
    eachStageRow(ctx, "students", (row, stage) => {
      const bands = bandFields(stage);
      const classesField = stageField(stage, "classes");
      const mismatch = sumMismatch(row, bands, classesField, ctx.tolerances.count);
      if (!mismatch) return [];
      const message = say(bandsNotClasses, "212-02", { stage, sum: mismatch.sum, total: mismatch.total });
      return [rowFinding(ctx, bandsNotClasses, "students", row, [...bands, classesField], message)];
    }),
} satisfies RuleDef;

/** The students the filled bands allow: each class at its band's lower and upper bound (66+ is open). */
function bandBounds(row: RegisterRow, stage: StageId): { min: number; max: number | null; filled: FieldId[] } {
  let min = 0;
  let max: number | null = 0;
  const filled: FieldId[] = [];
  for (const band of CLASS_SIZE_BANDS) {
    const field = stageField(stage, band.key);
    const n = numberOf(row, field);
    if (n === null || n <= 0) continue;
    filled.push(field);
    min += band.min * n;
    max = band.max === null || max === null ? null : max + band.max * n;
  }
  return { min, max, filled };
}

const studentsOutsideBands = {
  id: "212-03",
  severity: "error",
  table: TABLE,
  title: "在校生数超出班额分组允许的范围",
  explanation:
    "班额分组说明了每个班大约有多少人，由此可以算出学生最少和最多能有多少：例如 6 个 26-35人 的班，学生应在 156 到 210 人之间。在校生合计落在这个范围之外，说明分组或人数有一处填错了。",
  example: "小学 6 个班都填在 26-35人 组，在校生合计却填 120（最少也应有 156 人）。",
  fix: "按每个班的实际人数重新归组，或核对在校生合计。",
  en: {
    title: "Students outside the range the class sizes allow",
    explanation:
      "The class-size bands tell roughly how many students each class has, so the fewest and most students possible follow from them: for example, 6 classes in the 26–35 band mean between 156 and 210 students. A student total outside this range means either the bands or the count is wrong.",
    example: "All 6 primary classes are in the 「26-35人」 band, but the student total is 120 (it should be at least 156).",
    fix: "Put the classes into bands again by their actual numbers of students, or check the student total.",
  },
  texts: {
    "212-03": template<{ stage: string; total: number; min: number; max: number | "" }>(
      (p) => `${stageZh(p.stage)}在校生合计 ${fmt(p.total)} 人，按班额分组应${p.max === "" ? `不少于 ${fmt(p.min)} 人` : `在 ${fmt(p.min)}–${fmt(p.max)} 人之间`}`,
      (p) => `${stageEn(p.stage)} has ${plural(p.total, "student")}; its classes by size allow ${p.max === "" ? `at least ${fmt(p.min)}` : `${fmt(p.min)}–${fmt(p.max)}`}`,
    ),
  },
  check: (ctx): Finding[] =>
    eachStageRow(ctx, "students", (row, stage) => {
      const totalField = stageField(stage, "total");
      const total = numberOf(row, totalField);
      const bounds = bandBounds(row, stage);
      if (total === null || bounds.filled.length === 0 || hasUnreadable(row, bandFields(stage)) || isUnreadable(row, totalField)) return [];
      const tooMany = bounds.max !== null && total > bounds.max + ctx.tolerances.count;
      if (total >= bounds.min - ctx.tolerances.count && !tooMany) return [];
      const message = say(studentsOutsideBands, "212-03", { stage, total, min: bounds.min, max: bounds.max ?? "" });
      return [rowFinding(ctx, studentsOutsideBands, "students", row, [...bounds.filled, totalField], message)];
    }),
} satisfies RuleDef;

/** The sentence of 212-04 and 212-05, the rules bandRule builds. */
const BAND_TEXT = template<{ stage: string; count: number; band: string; kind: "large" | "huge" }>(
  (p) => `${stageZh(p.stage)}有 ${fmt(p.count)} 个 ${p.band} 的${p.kind === "large" ? "大" : "超大"}班额班级`,
  (p) => `${stageEn(p.stage)} has ${plural(p.count, `${p.kind} class`, `${p.kind} classes`)} of ${p.band.replace("人及以上", " or more").replace("人", "")} students`,
);

function bandRule(id: RuleId, bandKey: ClassBandKey, severity: RuleDef["severity"], about: Pick<RuleDef, "title" | "explanation" | "example" | "fix" | "en">, kind: "large" | "huge"): RuleDef {
  const band = CLASS_SIZE_BANDS.find((b) => b.key === bandKey);
  const rule = {
    id,
    severity,
    table: TABLE,
    ...about,
    texts: {
      "212-band": BAND_TEXT,
    },
    check: (ctx): Finding[] =>
      eachStageRow(ctx, "students", (row, stage) => {
        const field = stageField(stage, bandKey);
        const n = numberOf(row, field);
        if (n === null || n <= 0) return [];
        return [rowFinding(ctx, rule, "students", row, [field], say(rule, "212-band", { stage, count: n, band: band?.label ?? bandKey, kind }))];
      }),
  } satisfies RuleDef;
  return rule;
}

const largeClasses = bandRule(
  "212-04",
  "band56",
  "warning",
  {
    title: "存在大班额（56-65人）",
    explanation:
      "一个班 56 到 65 人叫“大班额”，国家要求逐步消除。这不一定是填错，但督导评估会专门核查；确实如此的，请在审核说明里写明原因和化解计划。",
    example: "初中 56-65人 组填 2，即有 2 个班每班 56 人以上。",
    fix: "先核对这些班的实际人数；属实的，填写审核说明（原因、化解措施和时间）。",
    en: {
      title: "Large classes (56–65 students)",
      explanation:
        "A class of 56 to 65 students is a \"large class\", which the state requires to be phased out. It is not necessarily an entry error, but supervision and evaluation check it specifically; if it is true, give the reason and the plan to reduce it in 「审核说明」.",
      example: "The junior secondary 「56-65人」 band holds 2: two classes have 56 or more students each.",
      fix: "First check the actual size of these classes; if true, fill in 「审核说明」 (reason, measures and timing).",
    },
  },
  "large",
);

const hugeClasses = bandRule(
  "212-05",
  "band66",
  "error",
  {
    title: "存在超大班额（66人及以上）",
    explanation:
      "一个班 66 人及以上叫“超大班额”，国家明确要求消除，督导评估中属于必须整改的问题。先确认不是把人数或分组填错了。",
    example: "小学 66人及以上 组填 1，但该班实际 45 人，应填在 36-45人 组。",
    fix: "核对该班实际人数并改到正确的分组；确属超大班额的，必须列入整改清单并分班。",
    en: {
      title: "Very large classes (66 or more students)",
      explanation:
        "A class of 66 or more students is a \"very large class\", which the state explicitly requires to be eliminated; in supervision and evaluation it is a problem that must be rectified. First make sure the count or the band was not entered wrongly.",
      example: "The primary 「66人及以上」 band holds 1, but the class actually has 45 students and belongs in the 「36-45人」 band.",
      fix: "Check the class's actual size and move it to the right band; a true very large class must go on the rectification list (「整改清单」) and be split.",
    },
  },
  "huge",
);

type StageCheck = { stage: StageId; when: "hasStudents" | "noStudents" };

/** A stage the type does not run must be empty; a mixed school should have students in both of its stages. */
function stageChecks(type: string): StageCheck[] {
  const stages = stagesOfType(type);
  if (!stages) return [];
  return STAGE_IDS.map((stage) => ({ stage, when: !stages.includes(stage) ? "hasStudents" : stages.length > 1 ? "noStudents" : null }))
    .filter((c): c is StageCheck => c.when !== null);
}

const stageNotMatchingType = {
  id: "212-06",
  severity: "error",
  table: TABLE,
  title: "学段与办学类型不符",
  explanation:
    "办学类型决定了学校有哪些学段：小学和教学点不应有初中学生，初级中学和完全中学不应有小学学生（错误）；九年一贯制、十二年一贯制学校应当小学、初中都有学生，某一学段为 0 时要核实（警告）。",
  example: "办学类型为“小学”，学生表却在初中在校生合计填了 45。",
  fix: "核对办学类型和学生所在学段：学生填错学段的移到正确栏目；办学类型填错的改正学校基本情况表。",
  en: {
    title: "Stages do not match the type of school",
    explanation:
      "The type of school decides which stages it has: primary schools and teaching points should have no junior secondary students, junior secondary and complete secondary schools no primary students (error); nine-year and twelve-year through schools should have students in both primary and junior secondary, and a stage at 0 needs checking (warning).",
    example: "The type of school is 「小学」 (primary), but the students sheet gives a junior secondary student total of 45.",
    fix: "Check the type of school and the stage of the students: move students entered under the wrong stage to the right columns; correct a wrong type of school on 「学校基本情况」.",
  },
  texts: {
    "212-06.has": template<{ type: string; stage: string; total: number }>(
      (p) => `办学类型为${p.type}，但填有${stageZh(p.stage)}在校生 ${fmt(p.total)} 人`,
      (p) => `The school type is ${p.type}, but it has ${plural(p.total, `${stageEn(p.stage).toLowerCase()} student`)}`,
    ),
    "212-06.none": template<{ type: string; stage: string }>(
      (p) => `办学类型为${p.type}，但${stageZh(p.stage)}在校生为 0`,
      (p) => `The school type is ${p.type}, but it has no ${stageEn(p.stage).toLowerCase()} students`,
    ),
  },
  check: (ctx): Finding[] => {
    const findings: Finding[] = [];
    for (const school of ctx.schools.values()) {
      const type = textOf(school.rows.schools, "type");
      const row = school.rows.students;
      if (type === null || !row) continue;
      for (const { stage, when } of stageChecks(type)) {
        const field = stageField(stage, "total");
        const total = numberOf(row, field);
        if (total === null) continue;
          if (when === "hasStudents" && total > 0) {
          findings.push(rowFinding(ctx, stageNotMatchingType, "students", row, [field], say(stageNotMatchingType, "212-06.has", { type, stage, total })));
        } else if (when === "noStudents" && total === 0) {
          findings.push(rowFinding(ctx, stageNotMatchingType, "students", row, [field], say(stageNotMatchingType, "212-06.none", { type, stage }), "warning"));
        }
      }
    }
    return findings;
  },
} satisfies RuleDef;

export const CLASS_RULES: readonly RuleDef[] = [
  classesWithoutStudents,
  bandsNotClasses,
  studentsOutsideBands,
  largeClasses,
  hugeClasses,
  stageNotMatchingType,
];
