/**
 * The errors seeded into the embedded sample for practice, and the answer key: which findings validating the
 * sample must produce, with the cells they point at. Each error breaks exactly one rule and leaves every other
 * check satisfied (e.g. a changed grade is a middle grade, so 招生 and 预计毕业生 still match). The key is
 * computed from the canonical layout, never typed in, and lives only in code — the workbook does not carry it.
 */
import type { CellValue } from "../grid";
import { cellAddress } from "../grid";
import { CLASS_SIZE_BANDS, sheetDef } from "../fields/dictionary";
import type { SheetId } from "../fields/types";
import type { Severity } from "../findings";
import { layoutSheet } from "../layout/registerLayout";
import { SAMPLE_SCHOOLS, SAMPLE_TITLE, sampleSchoolIndex, sampleVillageIndex } from "./sampleSchools";
import type { RuleId } from "../ruleIds";

export type MutableSheets = Record<SheetId, Record<string, CellValue>[]>;

export interface AnswerKeyEntry {
  readonly rule: string;
  readonly severity: Severity;
  readonly schoolId: string | null;
  /** The sheet's name in the workbook. */
  readonly sheet: string;
  /** A1 addresses the finding points at. */
  readonly cells: readonly string[];
  /** What was changed (or why the finding is expected), for the practice answer sheet. */
  readonly note: string;
}

interface SeededFinding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: SheetId;
  /** Index of the school (or, on 普及与控辍, the village) in the sample's lists. */
  readonly row: number;
  /** Fields whose cells the finding points at, as the rule reports them. */
  readonly fields: readonly string[];
  readonly note: string;
}

interface SeededError extends SeededFinding {
  /** Changes the clean record of `row` on `sheet`. */
  apply(record: Record<string, CellValue>): void;
}

function numberIn(record: Record<string, CellValue>, field: string): number {
  const value = record[field];
  if (typeof value !== "number") throw new Error(`sample cell ${field} is not a number: ${String(value)}`);
  return value;
}

/**
 * Turns one class of the stage into a 56–65 class, taking it from the band that keeps the students within the
 * bounds the bands allow (212-03) — so only 212-04 speaks.
 */
function makeOneLargeClass(record: Record<string, CellValue>, stage: string): void {
  const total = numberIn(record, `${stage}.total`);
  const counts = new Map(CLASS_SIZE_BANDS.map((b) => [b.key, numberIn(record, `${stage}.${b.key}`)]));
  const bounds = () => {
    let min = 0;
    let max = 0;
    for (const b of CLASS_SIZE_BANDS) {
      const n = counts.get(b.key) ?? 0;
      if (n === 0) continue;
      min += b.min * n;
      max += (b.max ?? Infinity) * n;
    }
    return { min, max };
  };
  for (const donor of ["band26", "band36", "band46", "band25"] as const) {
    const n = counts.get(donor) ?? 0;
    if (n === 0) continue;
    counts.set(donor, n - 1);
    counts.set("band56", (counts.get("band56") ?? 0) + 1);
    const { min, max } = bounds();
    if (min <= total && total <= max) {
      for (const [key, value] of counts) record[`${stage}.${key}`] = value;
      return;
    }
    counts.set(donor, n);
    counts.set("band56", (counts.get("band56") ?? 0) - 1);
  }
  throw new Error("no class can become a 56–65 class without breaking the band bounds");
}

const school = sampleSchoolIndex;

const SEEDED_ERRORS: readonly SeededError[] = [
  {
    rule: "D01", severity: "error", sheet: "facilities", row: school("糯东小学"), fields: ["computers"],
    note: "糯东小学「计算机」填了「约40」，不是数字",
    apply: (r) => (r.computers = "约40"),
  },
  {
    rule: "D02", severity: "warning", sheet: "facilities", row: school("勐往村小学"), fields: ["books"],
    note: "勐往村小学「图书」用全角数字填写，仍按原数读取",
    // Full-width digits, as typed with a Chinese input method in full-width mode; the number is unchanged.
    apply: (r) => (r.books = String(numberIn(r, "books")).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))),
  },
  {
    rule: "D06", severity: "error", sheet: "facilities", row: school("曼允九年一贯制学校"), fields: ["multimediaRooms"],
    note: "曼允九年一贯制学校「网络多媒体教室」是 Excel 错误值 #DIV/0!",
    apply: (r) => (r.multimediaRooms = { error: "#DIV/0!" }),
  },
  {
    rule: "111-01", severity: "error", sheet: "schools", row: school("灰塘新寨教学点"), fields: ["parentCode", "type"],
    note: "灰塘新寨教学点「上级学校标识码」末两位颠倒（07 写成 70），找不到主校",
    // A 10-digit code that names no school: a 9-digit one would also be a D08 finding.
    apply: (r) => {
      const parent = String(r.parentCode);
      const swapped = parent.slice(0, 8) + parent[9] + parent[8];
      if (swapped === parent || SAMPLE_SCHOOLS.some((s) => s.code === swapped)) throw new Error("111-01 needs a code that names no school");
      r.parentCode = swapped;
    },
  },
  {
    rule: "212-04", severity: "warning", sheet: "students", row: school("勐往乡中心小学"), fields: ["primary.band56"],
    note: "勐往乡中心小学有 1 个 56-65 人的大班额班级",
    apply: (r) => makeOneLargeClass(r, "primary"),
  },
  {
    rule: "312-01", severity: "error", sheet: "students", row: school("南果河小学"),
    fields: ["primary.grade1", "primary.grade2", "primary.grade3", "primary.grade4", "primary.grade5", "primary.grade6", "primary.total"],
    note: "南果河小学三年级多填 2 人，各年级之和不等于小学在校生合计",
    apply: (r) => (r["primary.grade3"] = numberIn(r, "primary.grade3") + 2),
  },
  {
    rule: "422-02", severity: "error", sheet: "staff", row: school("坝散小学"),
    fields: ["primary.edu.postgrad", "primary.edu.bachelor", "primary.edu.associate", "primary.edu.highSchool", "primary.edu.belowHigh", "primary.fullTime"],
    note: "坝散小学小学专任教师本科多填 1 人，学历分列之和不等于专任教师数",
    apply: (r) => (r["primary.edu.bachelor"] = numberIn(r, "primary.edu.bachelor") + 1),
  },
  {
    rule: "512-02", severity: "error", sheet: "buildings", row: school("灰塘小学"), fields: ["teaching.total", "admin", "living", "other", "totalArea"],
    note: "灰塘小学「生活用房」多填 36 ㎡，四类用房之和不等于校舍建筑面积合计",
    apply: (r) => (r.living = Math.round(numberIn(r, "living") * 100 + 3600) / 100),
  },
  {
    rule: "522-01", severity: "error", sheet: "facilities", row: school("勐往乡中学"), fields: ["greenArea", "sportsArea", "siteArea"],
    note: "勐往乡中学「绿化用地面积」多打了一个 0，绿化与运动场地之和大于占地面积",
    apply: (r) => (r.greenArea = numberIn(r, "greenArea") * 10),
  },
  {
    rule: "X-02", severity: "warning", sheet: "facilities", row: school("勐往乡中学"), fields: ["name"],
    note: "勐往乡中学在「场地与装备」表中写成了「勐往中学」",
    apply: (r) => (r.name = "勐往中学"),
  },
  {
    rule: "V-01", severity: "error", sheet: "villages", row: sampleVillageIndex("糯东"), fields: ["juniorEnrolled", "juniorAge"],
    note: "糯东村委会初中已入学人数比初中适龄少年多 2 人",
    apply: (r) => (r.juniorEnrolled = numberIn(r, "juniorAge") + 2),
  },
];

/** Findings the clean sample produces on purpose: method notes, not errors. */
const EXPECTED_INFO: readonly SeededFinding[] = [
  {
    rule: "111-02", severity: "info", sheet: "schools", row: school("勐往启航民办小学"), fields: ["sponsor"],
    note: "勐往启航民办小学是民办学校，不参加基本均衡评估",
  },
];

/** Applies every seeded error to a copy of the clean sample's sheets. */
export function seedErrors(clean: Readonly<MutableSheets>): MutableSheets {
  const copy = Object.fromEntries(
    (Object.entries(clean) as [SheetId, Record<string, CellValue>[]][]).map(([id, rows]) => [id, rows.map((r) => ({ ...r }))]),
  ) as MutableSheets;
  for (const error of SEEDED_ERRORS) {
    const record = copy[error.sheet][error.row];
    if (!record) throw new Error(`no row ${error.row} on ${error.sheet}`);
    error.apply(record);
  }
  return copy;
}

function keyEntry(f: SeededFinding): AnswerKeyEntry {
  const def = sheetDef(f.sheet);
  const { columnOf, firstDataRow } = layoutSheet(def, [], SAMPLE_TITLE);
  const cells = f.fields.map((field) => {
    const col = columnOf.get(field);
    if (col === undefined) throw new Error(`no column for ${f.sheet}.${field}`);
    return cellAddress(firstDataRow + f.row, col);
  });
  const schoolId = f.sheet === "villages" ? null : SAMPLE_SCHOOLS[f.row].code;
  return { rule: f.rule, severity: f.severity, schoolId, sheet: def.name, cells, note: f.note };
}

/** Every error and warning validating the sample must report, and the info findings it must include. */
export const SAMPLE_ANSWER_KEY: readonly AnswerKeyEntry[] = [...SEEDED_ERRORS, ...EXPECTED_INFO].map(keyEntry);

export function sampleAnswerKey(): readonly AnswerKeyEntry[] {
  return SAMPLE_ANSWER_KEY;
}
