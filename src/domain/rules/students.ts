/**
 * 基础基312/313 students per stage (312-01..04 for 小学, 313-01..04 for 初中). Both tables ask the same
 * questions of their stage, so each rule is written once and instantiated per stage.
 */
import type { Finding } from "../findings";
import type { StageId } from "../fields/types";
import { numberOf, type RegisterRow } from "../register";
import { fmt, rowFinding, rowsOf, type CheckContext } from "./context";
import { STAGES } from "../fields/dictionary";
import { differs, exceeds, gradeFields, hasUnreadable, stageOf, sumMismatch } from "./stageHelpers";
import type { RuleDef } from "./types";
import type { FieldId } from "../fields/types";
import { say, template } from "./texts";
import { stageZh, stageEn } from "./wording";

/** What differs between 基础基312 and 基础基313: the stage, and the examples trainers show. */
interface StageTable {
  readonly stage: StageId;
  readonly idPrefix: "312" | "313";
  readonly table: string;
  readonly gradesExample: string;
  readonly overTotalExample: string;
  readonly entrantsExample: string;
  readonly graduatesExample: string;
  /** The same in English (RuleInfo.en). */
  readonly en: {
    readonly label: string;
    readonly grades: readonly [first: string, top: string];
    readonly gradesExample: string;
    readonly overTotalExample: string;
    readonly entrantsExample: string;
    readonly graduatesExample: string;
  };
}

const STAGE_TABLES: readonly StageTable[] = [
  {
    stage: "primary",
    idPrefix: "312",
    table: "基础基312",
    gradesExample: "一年级至六年级分别填 30、30、30、30、30、28（之和 178），小学在校生合计却填 180。",
    overTotalExample: "小学在校生合计填 180，其中女生却填 190（把全校学生数填成了女生数）。",
    entrantsExample: "小学招生数填 32，一年级在校生填 30，又没有留级生或转出的情况。",
    graduatesExample: "六年级在校生 30 人，预计毕业生数却填 28，又没有说明原因。",
    en: {
      label: "primary",
      grades: ["grade 1", "grade 6"],
      gradesExample: "Grades 1 to 6 hold 30, 30, 30, 30, 30 and 28 (sum 178), but the primary student total is 180.",
      overTotalExample: "The primary student total is 180, but girls are 190 (the whole school's students were entered as girls).",
      entrantsExample: "Primary entrants are 32 and grade 1 students 30, with no repeaters and no transfers out.",
      graduatesExample: "Grade 6 has 30 students, but expected graduates are 28, and no reason is given.",
    },
  },
  {
    stage: "junior",
    idPrefix: "313",
    table: "基础基313",
    gradesExample: "七年级至九年级分别填 50、48、45（之和 143），初中在校生合计却填 145。",
    overTotalExample: "初中在校生合计填 143，其中少数民族却填 150。",
    entrantsExample: "初中招生数填 52，七年级在校生填 50，又没有留级生或转出的情况。",
    graduatesExample: "九年级在校生 45 人，预计毕业生数却填 48。",
    en: {
      label: "junior secondary",
      grades: ["grade 7", "grade 9"],
      gradesExample: "Grades 7 to 9 hold 50, 48 and 45 (sum 143), but the junior secondary student total is 145.",
      overTotalExample: "The junior secondary student total is 143, but ethnic-minority students are 150.",
      entrantsExample: "Junior secondary entrants are 52 and grade 7 students 50, with no repeaters and no transfers out.",
      graduatesExample: "Grade 9 has 45 students, but expected graduates are 48.",
    },
  },
];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function eachRow(ctx: CheckContext, check: (row: RegisterRow) => Finding[]): Finding[] {
  return rowsOf(ctx, "students").flatMap(check);
}

/** The sentence of 312-01 and 313-01 (gradesNotTotal), kept under 312-01's key. */
const GRADES_TEXT = template<{ stage: string; sum: number; total: number }>(
  (p) => `${stageZh(p.stage)}各年级人数之和 ${fmt(p.sum)} 与合计 ${fmt(p.total)} 不相等`,
  (p) => `${stageEn(p.stage)}: the grades add up to ${fmt(p.sum)}, not to the total ${fmt(p.total)}`,
);

function gradesNotTotal(t: StageTable): RuleDef {
  const { label, grades } = stageOf(t.stage);
  const gradeCells = gradeFields(t.stage);
  const totalField = `${t.stage}.total` as const;
  const rule = {
    id: `${t.idPrefix}-01`,
    severity: "error",
    table: t.table,
    title: `${label}各年级人数之和与合计不符`,
    explanation: `${label}在校生合计就是${grades[0]}到${grades[grades.length - 1]}各年级人数加起来的总数，两者必须相等。不相等时，多半是某个年级漏填、填错，或合计没有跟着改。`,
    example: t.gradesExample,
    fix: "逐个年级核对人数，再用各年级之和作为合计。",
    en: {
      title: `${capital(t.en.label)} grades do not add up to the student total`,
      explanation: `The ${t.en.label} student total is the sum of the students of each grade, ${t.en.grades[0]} to ${t.en.grades[1]}, and the two must be equal. When they are not, a grade was most likely left out or entered wrongly, or the total was not updated.`,
      example: t.en.gradesExample,
      fix: "Check the students of each grade, then take the sum of the grades as the total.",
    },
    texts: {
      "312-01": GRADES_TEXT,
    },
    check: (ctx): Finding[] =>
      eachRow(ctx, (row) => {
        const mismatch = sumMismatch(row, gradeCells, totalField, ctx.tolerances.count);
        if (!mismatch) return [];
        const message = say(rule, "312-01", { stage: t.stage, sum: mismatch.sum, total: mismatch.total });
        return [rowFinding(ctx, rule, "students", row, [...gradeCells, totalField], message)];
      }),
  } satisfies RuleDef;
  return rule;
}

/** The sentence of 312-02 and 313-02 (partOverTotal), kept under 312-02's key. */
const PART_TEXT = template<{ stage: string; part: "female" | "minority"; count: number; total: number }>(
  (p) => `${stageZh(p.stage)}${p.part === "female" ? "其中女生" : "其中少数民族"} ${fmt(p.count)} 人多于在校生合计 ${fmt(p.total)} 人`,
  (p) => `${stageEn(p.stage)}: ${p.part === "female" ? "girls" : "ethnic-minority students"} ${fmt(p.count)} exceed the student total ${fmt(p.total)}`,
);

function partOverTotal(t: StageTable): RuleDef {
  const { label } = stageOf(t.stage);
  const totalField = `${t.stage}.total` as const;
  const parts: readonly [FieldId, string][] = [
    [`${t.stage}.female`, "其中女生"],
    [`${t.stage}.minority`, "其中少数民族"],
  ];
  const rule = {
    id: `${t.idPrefix}-02`,
    severity: "error",
    table: t.table,
    title: `${label}女生或少数民族学生多于在校生合计`,
    explanation: `“其中女生”“其中少数民族”都是${label}在校生的一部分，不可能比在校生合计还多。`,
    example: t.overTotalExample,
    fix: "核对女生数、少数民族学生数和在校生合计，改正填错的一项。",
    en: {
      title: `More ${t.en.label} girls or ethnic-minority students than the student total`,
      explanation: `「其中女生」 (of whom girls) and 「其中少数民族」 (of whom ethnic minorities) are both part of the ${t.en.label} students and cannot be more than the student total.`,
      example: t.en.overTotalExample,
      fix: "Check the girls, the ethnic-minority students and the student total, and correct the wrong one.",
    },
    texts: {
      "312-02": PART_TEXT,
    },
    check: (ctx): Finding[] =>
      eachRow(ctx, (row) => {
        const total = numberOf(row, totalField);
        if (total === null) return [];
        return parts.flatMap(([field]) => {
          const part = numberOf(row, field);
          if (part === null || !exceeds(part, total, ctx.tolerances.count)) return [];
          const message = say(rule, "312-02", { stage: t.stage, part: field.endsWith("female") ? "female" : "minority", count: part, total });
          return [rowFinding(ctx, rule, "students", row, [field, totalField], message)];
        });
      }),
  } satisfies RuleDef;
  return rule;
}

/** The sentence of 312-03/04 and 313-03/04 (pairRule). */
const PAIR_TEXT = template<{ stage: string; pair: "entrants" | "graduates"; a: number; b: number }>(
  (p) => {
    const { label, grades } = STAGES.find((x) => x.id === p.stage) ?? STAGES[0];
    return p.pair === "entrants"
      ? `${label}招生数 ${fmt(p.a)} 与${grades[0]}在校生 ${fmt(p.b)} 不相等`
      : `${grades[grades.length - 1]}在校生 ${fmt(p.a)} 与预计毕业生数 ${fmt(p.b)} 不相等`;
  },
  (p) =>
    p.pair === "entrants"
      ? `${stageEn(p.stage)}: entrants ${fmt(p.a)} differ from first-grade students ${fmt(p.b)}`
      : `${stageEn(p.stage)}: top-grade students ${fmt(p.a)} differ from expected graduates ${fmt(p.b)}`,
);

/** A warning when two cells that normally hold the same count differ. */
function pairRule(
  t: StageTable,
  suffix: "03" | "04",
  fields: { readonly a: FieldId; readonly aLabel: string; readonly b: FieldId; readonly bLabel: string },
  about: Pick<RuleDef, "title" | "explanation" | "example" | "fix" | "en">,
): RuleDef {
  const rule = {
    id: `${t.idPrefix}-${suffix}`,
    severity: "warning",
    table: t.table,
    ...about,
    texts: {
      "312-pair": PAIR_TEXT,
    },
    check: (ctx): Finding[] =>
      eachRow(ctx, (row) => {
        const a = numberOf(row, fields.a);
        const b = numberOf(row, fields.b);
        if (a === null || b === null || hasUnreadable(row, [fields.a, fields.b]) || !differs(a, b, ctx.tolerances.count)) return [];
        const message = say(rule, "312-pair", { stage: t.stage, pair: suffix === "03" ? "entrants" : "graduates", a, b });
        return [rowFinding(ctx, rule, "students", row, [fields.a, fields.b], message)];
      }),
  } satisfies RuleDef;
  return rule;
}

function entrantsNotFirstGrade(t: StageTable): RuleDef {
  const { label, grades } = stageOf(t.stage);
  const first = grades[0];
  return pairRule(
    t,
    "03",
    { a: `${t.stage}.entrants`, aLabel: `${label}招生数`, b: `${t.stage}.grade1`, bLabel: `${first}在校生` },
    {
      title: `${label}招生数与${first}人数不符`,
      explanation: `9月1日统计时，${first}的学生一般就是今年招进来的新生，所以招生数通常等于${first}人数。有留级生（复读）、开学后转入转出时两者会不同——这种情况是正常的，请在审核说明里写明。`,
      example: t.entrantsExample,
      fix: `核对招生数和${first}人数；确因留级、转学造成差异的，填写审核说明。`,
      en: {
        title: `${capital(t.en.label)} entrants differ from ${t.en.grades[0]} students`,
        explanation: `At the count on 1 September, the ${t.en.grades[0]} students are usually the new students admitted this year, so the entrants usually equal the ${t.en.grades[0]} students. With repeaters or transfers in and out after the start of the school year the two differ; this is normal, and the reason goes in 「审核说明」.`,
        example: t.en.entrantsExample,
        fix: `Check the entrants and the ${t.en.grades[0]} students; where repeaters or transfers cause the difference, fill in 「审核说明」.`,
      },
    },
  );
}

function topGradeNotGraduates(t: StageTable): RuleDef {
  const { label, grades } = stageOf(t.stage);
  const top = grades[grades.length - 1];
  return pairRule(
    t,
    "04",
    { a: gradeFields(t.stage)[grades.length - 1], aLabel: `${top}在校生`, b: `${t.stage}.expectedGraduates`, bLabel: "预计毕业生数" },
    {
      title: `${label}${top}人数与预计毕业生数不符`,
      explanation: `预计毕业生就是现在读${top}、本学年末将毕业的学生，通常等于${top}在校生人数。有学生预计不能毕业（如休学、预计留级）时会不同，请在审核说明里写明。`,
      example: t.graduatesExample,
      fix: `核对${top}在校生和预计毕业生数；确有差异原因的，填写审核说明。`,
      en: {
        title: `${capital(t.en.label)} ${t.en.grades[1]} students differ from expected graduates`,
        explanation: `Expected graduates are the students now in ${t.en.grades[1]} who will graduate at the end of this school year, so they usually equal the ${t.en.grades[1]} students. When some students are not expected to graduate (suspended studies, expected to repeat) the two differ; the reason goes in 「审核说明」.`,
        example: t.en.graduatesExample,
        fix: `Check the ${t.en.grades[1]} students and the expected graduates; where there is a reason for the difference, fill in 「审核说明」.`,
      },
    },
  );
}

export const STUDENT_RULES: readonly RuleDef[] = STAGE_TABLES.flatMap((t) => [
  gradesNotTotal(t),
  partOverTotal(t),
  entrantsNotFirstGrade(t),
  topGradeNotGraduates(t),
]);
