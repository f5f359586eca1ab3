/** 基础基111 school facts (111-01..111-04): who the school is, and whether it takes part in the evaluation. */
import type { Finding } from "../findings";
import { fieldDef } from "../fields/dictionary";
import { isSchoolCode, textOf, type RegisterRow } from "../register";
import { keysOf, rowFinding, rowsOf, sentence } from "./context";
import type { RuleDef } from "./types";
import type { FieldId } from "../fields/types";
import { say } from "./messages";

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

const R111_01: RuleDef = {
  id: "111-01",
  severity: "error",
  table: TABLE,
  title: "教学点或不计校数的记录没有有效的上级学校标识码",
  explanation:
    "小学教学点和“不计校数”的记录不单独算一所学校，它的学生和办学条件要归到上级学校（主校）。所以必须填上级学校的 10 位标识码，而且这所上级学校要在「学校基本情况」表里。",
  example: "「勐往村教学点」的「上级学校标识码」空着，或者填成了教学点自己的标识码。",
  fix: "填上主校的学校标识码，并确认主校也列在「学校基本情况」表中。",
  check(ctx) {
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
      findings.push(rowFinding(ctx, R111_01, "schools", row, ["parentCode", trigger], say("111-01", { kind: isPoint ? "point" : "notCounted", ...problem })));
    }
    return findings;
  },
};

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

const R111_02: RuleDef = {
  id: "111-02",
  severity: "info",
  table: TABLE,
  title: "不参加基本均衡评估的学校",
  explanation:
    "县域义务教育基本均衡只评县级政府举办的公办中小学。民办学校、由其他部门或单位举办的学校、特殊教育学校不计算差异系数。这里列出被排除的学校和原因，请确认举办者和办学类型填得对。",
  example: "一所县属公办小学的「举办者」误填为「其他」，它就被排除出了评估。",
  fix: "如果原因属实，无需处理；如果举办者或办学类型填错了，改正后重新审核。",
  check(ctx) {
    const findings: Finding[] = [];
    for (const row of rowsOf(ctx, "schools")) {
      const { reasons, fields } = exclusionReasons(row);
      if (reasons === null) continue;
      findings.push(rowFinding(ctx, R111_02, "schools", row, fields, say("111-02", reasons)));
    }
    return findings;
  },
};

const R111_03: RuleDef = {
  id: "111-03",
  severity: "warning",
  table: TABLE,
  title: "同一个校名对应两个标识码",
  explanation:
    "一所学校只有一个学校标识码。同一个校名出现在两个不同的标识码下，可能是同一所学校被录了两次（其中一个码是旧码或错码），也可能是两所学校重名、需要在名称上区分开。",
  example: "「勐往中心小学」在两行中分别填了「5328220001」和「5328220011」。",
  fix: "核对统计系统中的标识码，删除重复录入的那一行；确实是两所学校的，把校名写全以便区分。",
  check(ctx) {
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
      const first = rowFinding(ctx, R111_03, "schools", rows[0], ["name"], "");
      const cells = rows.flatMap((r) => (r.fields.name ? [r.fields.name.cell] : []));
      findings.push({ ...first, cells, ...sentence(say("111-03", { name, count: codes.length, codes: codes.join(",") })) });
    }
    return findings;
  },
};

const R111_04: RuleDef = {
  id: "111-04",
  severity: "error",
  table: TABLE,
  title: "城乡分类没有填",
  explanation:
    "城乡分类（城区、镇区、乡村）决定学校按哪一档标准评估，也用来分城乡统计。没有城乡分类，这所学校的办学条件就无法和标准比较。",
  example: "「城乡分类」一格空着。",
  fix: `按统计系统中的城乡分类代码填写：${fieldDef("schools", "urbanRural").values?.join("、") ?? ""}。`,
  check(ctx) {
    const findings: Finding[] = [];
    for (const row of rowsOf(ctx, "schools")) {
      const reading = row.fields.urbanRural;
      // A missing column is D07's; a value that could not be read is D06's or D09's.
      if (!reading || reading.value !== null || reading.note) continue;
      findings.push(rowFinding(ctx, R111_04, "schools", row, ["urbanRural"], say("111-04", {})));
    }
    return findings;
  },
};

export const SCHOOL_FACT_RULES: readonly RuleDef[] = [R111_01, R111_02, R111_03, R111_04];
