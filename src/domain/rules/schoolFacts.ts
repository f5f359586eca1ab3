/** 基础基111 school facts (111-01..111-04): who the school is, and whether it takes part in the evaluation. */
import type { Finding } from "../findings";
import { fieldDef } from "../fields/dictionary";
import { isSchoolCode, textOf, type RegisterRow } from "../register";
import { keysOf, rowFinding, rowsOf } from "./context";
import type { RuleDef } from "./types";
import type { FieldId } from "../fields/types";
import { say, template, type Params } from "./texts";

const TABLE = "基础基111";

/** Why a teaching point's or a "不计校数" record's parent code cannot name its parent school, or null when it can. */
function parentProblem(row: RegisterRow, codes: ReadonlySet<string>): { problem: "missing" | "notCode" | "self" | "unknown"; parent: string } | null {
  const parent = textOf(row, "parentCode");
  if (parent === null) return { problem: "missing", parent: "" };
  if (!isSchoolCode(parent)) return { problem: "notCode", parent };
  if (parent === row.key) return { problem: "self", parent };
  if (!codes.has(parent)) return { problem: "unknown", parent };
  return null;
}

const R111_01 = {
  id: "111-01",
  severity: "error",
  table: TABLE,
  title: "教学点或不计校数的记录没有有效的上级学校标识码",
  explanation:
    "小学教学点和“不计校数”的记录不单独算一所学校，它的学生和办学条件要归到上级学校（主校）。所以必须填上级学校的 10 位标识码，而且这所上级学校要在「学校基本情况」表里。",
  example: "「勐往村教学点」的「上级学校标识码」空着，或者填成了教学点自己的标识码。",
  fix: "填上主校的学校标识码，并确认主校也列在「学校基本情况」表中。",
  en: {
    title: "Teaching point or record not counted as a school without a valid parent school code",
    explanation:
      "Primary teaching points and records marked 「不计校数」 (not counted as a school) are not schools of their own: their students and resources go to their parent (main) school. So the 10-digit code of the parent school must be filled in, and that parent school must be on 「学校基本情况」.",
    example: "The 「上级学校标识码」 (parent school code) of 「勐往村教学点」 is empty, or holds the teaching point's own code.",
    fix: "Enter the school code of the main school, and make sure the main school is listed on 「学校基本情况」 too.",
  },
  texts: {
    "111-01": template<{ kind: "point" | "notCounted"; problem: "missing" | "notCode" | "self" | "unknown"; parent: string }>(
      (p) => {
        const what = p.kind === "point" ? "是小学教学点" : "不计校数";
        const problem = {
          missing: "「上级学校标识码」未填写",
          notCode: `「上级学校标识码」为「${p.parent}」，不是 10 位数字`,
          self: `「上级学校标识码」「${p.parent}」就是本校自己的标识码`,
          unknown: `「上级学校标识码」「${p.parent}」在「学校基本情况」中找不到`,
        }[p.problem];
        return `本记录${what}，${problem}`;
      },
      (p) => {
        const what = p.kind === "point" ? "is a primary teaching point" : "does not count as a school";
        const problem = {
          missing: "its parent school code is empty",
          notCode: `its parent school code “${p.parent}” is not 10 digits`,
          self: `its parent school code “${p.parent}” is its own code`,
          unknown: `its parent school code “${p.parent}” is not on 学校基本情况`,
        }[p.problem];
        return `This record ${what}, but ${problem}`;
      },
    ),
  },
  check(ctx): Finding[] {
    const rows = rowsOf(ctx, "schools");
    const codes = keysOf(ctx, "schools");
    const findings: Finding[] = [];
    for (const row of rows) {
      const isPoint = textOf(row, "type") === "小学教学点";
      const notCounted = textOf(row, "countsAsSchool") === "否";
      if (!isPoint && !notCounted) continue;
      const problem = parentProblem(row, codes);
      if (problem === null) continue;
      const trigger = isPoint ? "type" : "countsAsSchool";
      findings.push(rowFinding(ctx, R111_01, "schools", row, ["parentCode", trigger], say(R111_01, "111-01", { kind: isPoint ? "point" : "notCounted", ...problem })));
    }
    return findings;
  },
} satisfies RuleDef;

/** Why a school is left out of the basic-balance evaluation (docs/method.md §2), or none. */
function exclusionReasons(row: RegisterRow): { reasons: { sponsor: string; sponsorReason: "" | "private" | "other"; special: "yes" | "no" } | null; fields: FieldId[] } {
  const fields: FieldId[] = [];
  const sponsor = textOf(row, "sponsor") ?? "";
  let sponsorReason: "" | "private" | "other" = "";
  if (sponsor === "民办") {
    sponsorReason = "private";
    fields.push("sponsor");
  } else if (sponsor === "其他政府部门" || sponsor === "其他") {
    sponsorReason = "other";
    fields.push("sponsor");
  }
  const special = textOf(row, "type") === "特殊教育学校";
  if (special) fields.push("type");
  return { reasons: fields.length > 0 ? { sponsor, sponsorReason, special: special ? "yes" : "no" } : null, fields };
}

const R111_02 = {
  id: "111-02",
  severity: "info",
  table: TABLE,
  title: "不参加基本均衡评估的学校",
  explanation:
    "县域义务教育基本均衡只评县级政府举办的公办中小学。民办学校、由其他部门或单位举办的学校、特殊教育学校不计算差异系数。这里列出被排除的学校和原因，请确认举办者和办学类型填得对。",
  example: "一所县属公办小学的「举办者」误填为「其他」，它就被排除出了评估。",
  fix: "如果原因属实，无需处理；如果举办者或办学类型填错了，改正后重新审核。",
  en: {
    title: "Schools left out of the basic-balance evaluation",
    explanation:
      "The county basic-balance evaluation of compulsory education covers only public primary and secondary schools run by the county government. Private schools, schools run by other departments or organisations, and special-education schools are not counted in the difference coefficients. The schools left out are listed here with the reason; check that their sponsor (「举办者」) and type of school are entered correctly.",
    example: "The 「举办者」 (sponsor) of a public county primary school was entered as 「其他」 (other) by mistake, so the school was left out of the evaluation.",
    fix: "If the reason is true, nothing to do; if the sponsor or type of school is wrong, correct it and check again.",
  },
  texts: {
    "111-02": template<{ sponsor: string; sponsorReason: "" | "private" | "other"; special: "yes" | "no" }>(
      (p) => {
        const reasons = [
          ...(p.sponsorReason === "private" ? ["举办者为民办"] : p.sponsorReason === "other" ? [`举办者为「${p.sponsor}」，不是县级政府举办`] : []),
          ...(p.special === "yes" ? ["办学类型为特殊教育学校"] : []),
        ];
        return `不参加基本均衡评估：${reasons.join("；")}`;
      },
      (p) => {
        const reasons = [
          ...(p.sponsorReason === "private" ? ["the sponsor is private (民办)"] : p.sponsorReason === "other" ? [`the sponsor is “${p.sponsor}”, not the county government`] : []),
          ...(p.special === "yes" ? ["it is a special education school"] : []),
        ];
        return `Left out of the basic-balance evaluation: ${reasons.join("; ")}`;
      },
    ),
  },
  check(ctx): Finding[] {
    const findings: Finding[] = [];
    for (const row of rowsOf(ctx, "schools")) {
      const { reasons, fields } = exclusionReasons(row);
      if (reasons === null) continue;
      findings.push(rowFinding(ctx, R111_02, "schools", row, fields, say(R111_02, "111-02", reasons)));
    }
    return findings;
  },
} satisfies RuleDef;

const R111_03 = {
  id: "111-03",
  severity: "warning",
  table: TABLE,
  title: "同一个校名对应两个标识码",
  explanation:
    "一所学校只有一个学校标识码。同一个校名出现在两个不同的标识码下，可能是同一所学校被录了两次（其中一个码是旧码或错码），也可能是两所学校重名、需要在名称上区分开。",
  example: "「勐往中心小学」在两行中分别填了「5328220001」和「5328220011」。",
  fix: "核对统计系统中的标识码，删除重复录入的那一行；确实是两所学校的，把校名写全以便区分。",
  en: {
    title: "One school name under two school codes",
    explanation:
      "A school has exactly one school code. The same school name under two different codes may be one school entered twice (one code old or wrong), or two schools with the same name that need telling apart by their names.",
    example: "「勐往中心小学」 is entered on two rows, with 5328220001 and 5328220011.",
    fix: "Check the code in the statistics system and delete the row entered twice; if they really are two schools, write their names in full to tell them apart.",
  },
  texts: {
    "111-03": template<{ name: string; count: number; codes: string }>(
      (p) => `学校名称「${p.name}」对应 ${p.count} 个标识码：${p.codes.split(",").join("、")}`,
      (p) => `The school name “${p.name}” has ${p.count} school codes: ${p.codes.split(",").join(", ")}`,
    ),
  },
  check(ctx): Finding[] {
    const rowsByName = new Map<string, RegisterRow[]>();
    for (const row of rowsOf(ctx, "schools")) {
      const name = textOf(row, "name")?.trim();
      if (!name || row.key === null) continue;
      const same = rowsByName.get(name);
      if (same) same.push(row);
      else rowsByName.set(name, [row]);
    }
    const findings: Finding[] = [];
    for (const [name, rows] of rowsByName) {
      const codes = [...new Set(rows.map((r) => r.key))];
      if (codes.length < 2) continue;
      const said = say(R111_03, "111-03", { name, count: codes.length, codes: codes.join(",") });
      // `text` stays the last key, where the JSON has always had it for this finding.
      const { text, ...first } = rowFinding(ctx, R111_03, "schools", rows[0], ["name"], said);
      const cells = rows.flatMap((r) => (r.fields.name ? [r.fields.name.cell] : []));
      findings.push({ ...first, cells, text });
    }
    return findings;
  },
} satisfies RuleDef;

const R111_04 = {
  id: "111-04",
  severity: "error",
  table: TABLE,
  title: "城乡分类没有填",
  explanation:
    "城乡分类（城区、镇区、乡村）决定学校按哪一档标准评估，也用来分城乡统计。没有城乡分类，这所学校的办学条件就无法和标准比较。",
  example: "「城乡分类」一格空着。",
  fix: `按统计系统中的城乡分类代码填写：${fieldDef("schools", "urbanRural").values?.join("、") ?? ""}。`,
  en: {
    title: "Urban–rural category empty",
    explanation:
      "The urban–rural category (「城区」 urban, 「镇区」 town, 「乡村」 rural) decides which level of standards a school is evaluated against, and is used for urban–rural statistics. Without it, the school's resources cannot be compared with the standards.",
    example: "A 「城乡分类」 (urban–rural category) cell is empty.",
    fix: "Enter the category from the statistics system: 「城区」, 「镇区」 or 「乡村」.",
  },
  texts: {
    "111-04": template<Params>(
      () => "「城乡分类」未填写，应填城区、镇区或乡村",
      () => "The urban–rural category (城乡分类) is empty; it should be 城区, 镇区 or 乡村",
    ),
  },
  check(ctx): Finding[] {
    const findings: Finding[] = [];
    for (const row of rowsOf(ctx, "schools")) {
      const reading = row.fields.urbanRural;
      // A missing column is D07's; a value that could not be read is D06's or D09's.
      if (!reading || reading.value !== null || reading.note) continue;
      findings.push(rowFinding(ctx, R111_04, "schools", row, ["urbanRural"], say(R111_04, "111-04", {})));
    }
    return findings;
  },
} satisfies RuleDef;

export const SCHOOL_FACT_RULES: readonly RuleDef[] = [R111_01, R111_02, R111_03, R111_04];
