/**
 * The rule families practice errors are drawn from, and the three training levels built on them: 入门 (one cell
 * written wrongly), 提高 (totals, class sizes, staff, cross-sheet) and 综合 (villages' rates, teaching points,
 * mixed schools, on top of 提高). Scoring reports results per family, so a trainer sees which kind of error a class misses.
 */
import type { RuleId } from "../ruleIds";

export type PracticeLevelId = "basic" | "intermediate" | "comprehensive";

export interface PracticeFamily {
  readonly id: string;
  /** Short Chinese name, used as a column heading on the class score sheet. */
  readonly label: string;
  /** Practice error makers (catalogue ids) of this family. */
  readonly makers: readonly RuleId[];
}

export interface PracticeLevel {
  readonly id: PracticeLevelId;
  /** 入门, 提高, 综合: what trainers type after --level. */
  readonly label: string;
  readonly description: string;
  readonly families: readonly string[];
}

export const PRACTICE_FAMILIES: readonly PracticeFamily[] = [
  { id: "format", label: "数字写法", makers: ["D01", "D02", "D03", "D05", "D06"] },
  { id: "missing", label: "缺漏与取值", makers: ["D04", "D07", "D09"] },
  { id: "sums", label: "人数合计", makers: ["312-01", "312-02", "312-03"] },
  { id: "classes", label: "班额", makers: ["212-02", "212-04", "212-05"] },
  { id: "staff", label: "教职工", makers: ["422-01", "422-02", "422-03"] },
  { id: "premises", label: "校舍与场地", makers: ["512-01", "512-02", "522-01", "522-02"] },
  { id: "crossSheet", label: "跨表", makers: ["X-02"] },
  { id: "villages", label: "村级入学", makers: ["V-01", "V-02"] },
  { id: "teachingPoints", label: "村小与上级学校", makers: ["D08"] },
  { id: "mixedSchools", label: "一贯制学校", makers: ["422-05"] },
  // Found only by comparing with last year's register: a practice file drawing from it comes with one (上年).
  { id: "history", label: "上年比对", makers: ["H-02"] },
];

/** Families whose errors only the year-on-year check finds: a register drawing from them needs last year's beside it. */
export const HISTORY_FAMILIES: readonly string[] = ["history"];

const ADVANCED = ["sums", "classes", "staff", "premises", "crossSheet"];

export const PRACTICE_LEVELS: readonly PracticeLevel[] = [
  {
    id: "basic",
    label: "入门",
    description: "单个单元格写错：数字里夹文字、用「无」代替 0、全角数字、小数和错误值、负数、漏填必填项、选项写错。",
    families: ["format", "missing"],
  },
  {
    id: "intermediate",
    label: "提高",
    description: "要对照几个单元格才能发现：各年级与合计、女生与合计、招生与一年级、班数与班额分组、大班额、教职工与专任教师、学历与职称分列、校舍与场地面积、跨表校名。",
    families: ADVANCED,
  },
  {
    id: "comprehensive",
    label: "综合",
    description:
      "在「提高」之外，加上村级入学人数与适龄人数（入学率超过 100%）、残疾儿童入学、村小的上级学校标识码、九年一贯制学校分学段填报教师，" +
      "以及与上年登记表比对（图书等家底比上年少了许多）：练习表旁附一份上年登记表（…上年.xlsx），审核时与它比对（命令行 --previous）。",
    families: [...ADVANCED, "villages", "teachingPoints", "mixedSchools", "history"],
  },
];

/** The level named by its Chinese label or its id; undefined for anything else. */
export function practiceLevel(name: string): PracticeLevel | undefined {
  return PRACTICE_LEVELS.find((l) => l.label === name || l.id === name);
}

/** The family a maker belongs to. */
export function familyOfMaker(makerId: string): PracticeFamily | undefined {
  return PRACTICE_FAMILIES.find((f) => (f.makers as readonly string[]).includes(makerId));
}

/** The family a key entry's rule belongs to: per-stage rules of 313 (初中) share the family of their 312 maker. */
export function familyOfRule(rule: string): PracticeFamily | undefined {
  return familyOfMaker(rule.replace(/^313-/, "312-"));
}
