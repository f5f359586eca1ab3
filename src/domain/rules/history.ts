/**
 * The year-on-year checks (docs/method.md §7, H-01..H-04): this year's register against last year's, school by school,
 * with the pack's thresholds. Findings point at this year's cells; a school that is gone has no cell to point at.
 */
import type { FieldId, SheetId } from "../fields/types";
import type { Finding, Said } from "../findings";
import { numberOf, type RegisterRow } from "../register";
import { rowFinding, sentence, type CheckContext, type SchoolRows } from "./context";
import { matchSchools, type SchoolPair } from "./historyMatch";
import { H01, H02, H03, H04 } from "./historyRules";
import { SCHOOL_STUDENT_FIELDS, studentsOfSchool } from "./stageHelpers";
import type { RuleInfo } from "./types";
import { say } from "./texts";

/** How far figures may move from last year's (a pack's `history`, docs/method.md §7): declared here so rules need no pack. */
export interface HistoryLimits {
  readonly students: number;
  readonly resourceFall: number;
  readonly resourceRise: number;
}

interface Resource {
  readonly sheet: SheetId;
  readonly field: FieldId;
  readonly label: string;
  readonly unit: string;
  /** Register values are held in 元; messages speak 万元 as the column does. */
  readonly shownPer: number;
  /** Differences up to this are rounding (areas and money are kept to two decimals). */
  readonly tolerance: number;
}

const RESOURCES: readonly Resource[] = [
  { sheet: "buildings", field: "totalArea", label: "校舍建筑面积", unit: "㎡", shownPer: 1, tolerance: 0.01 },
  { sheet: "facilities", field: "siteArea", label: "占地面积", unit: "㎡", shownPer: 1, tolerance: 0.01 },
  { sheet: "facilities", field: "books", label: "图书", unit: "册", shownPer: 1, tolerance: 0 },
  { sheet: "facilities", field: "equipmentValue", label: "教学仪器设备值", unit: "万元", shownPer: 10000, tolerance: 0.01 },
];



/** The students row of this year and the totals on it that moved; every total on it when none moved alone. */
function studentCells(pair: SchoolPair): FieldId[] {
  const now = pair.current.rows.students;
  if (!now) return [];
  const before = pair.previous.rows.students;
  const present = SCHOOL_STUDENT_FIELDS.filter((f) => now.fields[f]);
  const moved = present.filter((f) => numberOf(now, f) !== numberOf(before, f));
  return moved.length > 0 ? moved : present;
}

function studentFinding(ctx: CheckContext, pair: SchoolPair, limits: HistoryLimits): Finding | null {
  const now = studentsOfSchool(pair.current);
  const before = studentsOfSchool(pair.previous);
  const row = pair.current.rows.students;
  if (now === null || before === null || !row || now === before) return null;
  if (before > 0 && Math.abs(now - before) <= before * limits.students) return null;
  const message = say(H01, "H-01", { now, before, limit: limits.students });
  return rowFinding(ctx, H01, "students", row, studentCells(pair), message);
}

function resourceFinding(ctx: CheckContext, pair: SchoolPair, resource: Resource, limits: HistoryLimits): Finding | null {
  const row: RegisterRow | undefined = pair.current.rows[resource.sheet];
  const now = numberOf(row, resource.field);
  const before = numberOf(pair.previous.rows[resource.sheet], resource.field);
  if (!row || now === null || before === null) return null;
  const fell = before - now > before * limits.resourceFall + resource.tolerance;
  const rose = now - before > before * limits.resourceRise + resource.tolerance;
  if (!fell && !rose) return null;
  const message = say(H02, "H-02", { field: resource.field, now, before, shownPer: resource.shownPer, fell: fell ? "yes" : "no", limit: fell ? limits.resourceFall : limits.resourceRise });
  return rowFinding(ctx, H02, resource.sheet, row, [resource.field], message);
}

/** The row a school-level note points at: its 学校基本情况 row, else its first row on any sheet. */
function firstRow(school: SchoolRows): [SheetId, RegisterRow] | null {
  const entries = Object.entries(school.rows) as [SheetId, RegisterRow][];
  return entries.find(([sheet]) => sheet === "schools") ?? entries[0] ?? null;
}

function schoolNote(ctx: CheckContext, rule: RuleInfo, school: SchoolRows, fields: readonly FieldId[], message: Said): Finding[] {
  const at = firstRow(school);
  return at ? [rowFinding(ctx, rule, at[0], at[1], fields, message)] : [];
}

function goneFinding(school: SchoolRows): Finding {
  return { rule: H03.id, severity: H03.severity, schoolId: school.code, schoolName: school.name, sheet: null, cells: [], ...sentence(say(H03, "H-03", {})), explained: false };
}

/**
 * @param current this year's register (the run's context).
 * @param previous last year's register, recognised the same way.
 */
export function historyFindings(current: CheckContext, previous: CheckContext, limits: HistoryLimits): Finding[] {
  const match = matchSchools(current, previous);
  const findings: Finding[] = [];
  for (const pair of match.pairs) {
    if (pair.byName) {
      const message = say(H04, "H-04", { code: pair.current.code, name: pair.previous.name ?? "", previousCode: pair.previous.code });
      findings.push(...schoolNote(current, H04, pair.current, ["code"], message));
    }
    const students = studentFinding(current, pair, limits);
    if (students) findings.push(students);
    for (const resource of RESOURCES) {
      const finding = resourceFinding(current, pair, resource, limits);
      if (finding) findings.push(finding);
    }
  }
  for (const school of match.appeared) {
    findings.push(...schoolNote(current, H03, school, ["code", "name"], say(H03, "H-03.new", { code: school.code })));
  }
  findings.push(...match.disappeared.map(goneFinding));
  return findings;
}
