/**
 * Practice registers for trainers (issue 6): a small fictional township, clean by construction, with a chosen
 * number of errors seeded into it by a seeded PRNG, and the answer key that says which findings checking the
 * file must produce and which cells were changed from what (issue 17: scoring compares against those originals).
 * The same seed, number of errors and level always give the same records and key.
 *
 * Each error maker breaks one rule family on one school (or village) and leaves every other check satisfied.
 * No two errors share a school on the same sheet, so they cannot interfere with each other. The number of errors
 * is capped at the number of makers the level draws from (PRACTICE_MAX_ERRORS for all): each is used at most once.
 *
 * The key lives beside the workbook (the CLI writes it as a separate JSON file); it is never written into it.
 */
import type { CellErrorValue, CellValue } from "../grid";
import { cellAddress } from "../grid";
import { CLASS_SIZE_BANDS, QUALIFICATIONS, sheetDef, STAGES, TEACHING_ROOM_FIELDS, TITLES } from "../fields/dictionary";
import type { SheetId, StageId } from "../fields/types";
import type { Severity } from "../findings";
import { layoutSheet, type RecordCells, type RegisterRecords } from "../layout/registerLayout";
import { generateTownship } from "../sample/generator";
import { createRng, type Rng } from "../sample/random";
import { familyOfMaker, PRACTICE_LEVELS, type PracticeLevelId } from "./levels";
import type { RuleId } from "../ruleIds";

export const PRACTICE_TITLE = "练习数据（虚构）";
export const PRACTICE_SCHOOL_COUNT = 12;
export const DEFAULT_PRACTICE_ERRORS = 8;

export interface PracticeKeyEntry {
  readonly rule: string;
  readonly severity: Severity;
  /** 学校标识码; null for a village (普及与控辍) finding. */
  readonly schoolId: string | null;
  /** The sheet's name in the workbook. */
  readonly sheet: string;
  /** A1 addresses the finding points at. */
  readonly cells: readonly string[];
  /** What was changed, in Chinese, for the trainer. */
  readonly description: string;
  /**
   * Every cell the error changed, with its value before and after. Scoring compares the trainee's cells with
   * `original`; keys written before version 2 have none, and are scored by their findings alone.
   */
  readonly changes?: readonly PlantedChange[];
}

/** A value a practice register holds: what a maker writes and what the key records. */
export type PlantedValue = null | number | string | CellErrorValue;

export interface PlantedChange {
  /** A1 address on the entry's sheet. */
  readonly cell: string;
  readonly original: PlantedValue;
  readonly planted: PlantedValue;
}

export interface PracticeKey {
  readonly seed: number;
  /** The level the errors were drawn from; undefined when drawn from the whole catalogue. */
  readonly level?: PracticeLevelId;
  /**
   * File name of last year's register written beside the practice file (`练习.上年.xlsx`), when the level draws
   * year-on-year errors: checking and scoring compare the trainee's file with it (the CLI sets the name).
   */
  readonly previousYear?: string;
  readonly errors: readonly PracticeKeyEntry[];
}

export interface PracticeOptions {
  readonly seed: number;
  /** Number of seeded errors; capped at the number of makers the level draws from. */
  readonly errors: number;
  /** Draw only from this level's families; the whole catalogue when undefined. */
  readonly level?: PracticeLevelId;
}

type Row = Record<string, CellValue>;
type Sheets = Record<SheetId, Row[]>;

/** One finding a maker expects: the rule, and the fields of the changed row it points at. */
interface Expected {
  readonly rule: string;
  readonly severity: Severity;
  readonly fields: readonly string[];
}

/** What a maker changed, and the one finding checking the row must now produce. */
interface Made {
  readonly description: string;
  readonly finding: Expected;
}

/** The row a maker works on: a school's row on `sheet` (with its other sheets), or a village. */
interface Target {
  readonly sheets: Sheets;
  readonly index: number;
  readonly row: Row;
  /** The school's name (or the village's) as on 学校基本情况. */
  readonly name: string;
}

interface ErrorMaker {
  /** Catalogue id, e.g. "D01" or "312-01"; the rule of the main finding (per-stage makers may report 313-xx). */
  readonly id: RuleId;
  readonly sheet: SheetId;
  /** Suits only a row or two of a township (the one 九年一贯制 school): placed before the others take that row. */
  readonly scarce?: boolean;
  /** Found only against last year's register (H rules): drawn only by a level that writes one. */
  readonly needsPreviousYear?: boolean;
  /** Changes the target's row, or returns null (changing nothing) when the row does not suit this error. */
  make(target: Target): Made | null;
}

const num = (row: Row, field: string): number | null => (typeof row[field] === "number" ? (row[field] as number) : null);
const one = (rule: RuleId, severity: Severity, fields: readonly string[], description: string): Made => ({ description, finding: { rule, severity, fields } });
const DISABLED_FIELDS = ["disabled.visual", "disabled.hearing", "disabled.intellectual"];
const DISABLED_ENROLLED_FIELDS = ["disabledEnrolled.regular", "disabledEnrolled.special", "disabledEnrolled.home"];
const FULL_WIDTH = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** The stages a school has students in, from its 学生与班级 row. */
function stagesOf(target: Target): StageId[] {
  const students = target.sheets.students[target.index] ?? {};
  return STAGES.map((s) => s.id).filter((s) => (num(students, `${s}.total`) ?? 0) > 0);
}

const STAGE_PREFIX: Record<StageId, "312" | "313"> = { primary: "312", junior: "313" };
const stageLabel = (stage: StageId) => STAGES.find((s) => s.id === stage)?.label ?? stage;
const bandFields = (stage: StageId) => CLASS_SIZE_BANDS.map((b) => `${stage}.${b.key}`);

/**
 * Moves one class of the stage into `band`, from a band that keeps the students within the bands' bounds (212-03).
 * Returns the label of the band the class came from, or null when no band can give one.
 */
function moveOneClass(row: Row, stage: StageId, band: "band56" | "band66"): string | null {
  const total = num(row, `${stage}.total`);
  if (total === null) return null;
  const counts = new Map(CLASS_SIZE_BANDS.map((b) => [b.key, num(row, `${stage}.${b.key}`) ?? 0]));
  const within = () => {
    let min = 0;
    let max = 0;
    for (const b of CLASS_SIZE_BANDS) {
      const n = counts.get(b.key) ?? 0;
      if (n <= 0) continue;
      min += b.min * n;
      max += (b.max ?? Infinity) * n;
    }
    return min <= total && total <= max;
  };
  for (const donor of ["band46", "band36", "band26", "band25"] as const) {
    const n = counts.get(donor) ?? 0;
    if (n === 0) continue;
    counts.set(donor, n - 1);
    counts.set(band, (counts.get(band) ?? 0) + 1);
    if (within()) {
      for (const [key, value] of counts) row[`${stage}.${key}`] = value;
      return CLASS_SIZE_BANDS.find((b) => b.key === donor)?.label ?? donor;
    }
    counts.set(donor, n);
    counts.set(band, (counts.get(band) ?? 0) - 1);
  }
  return null;
}

/** A maker that works on the first stage the school has students in. */
function perStage(id: RuleId, make: (target: Target, stage: StageId) => Made | null): ErrorMaker {
  return {
    id,
    sheet: id.startsWith("422") || id === "D07" ? "staff" : "students",
    make: (target) => {
      const stage = stagesOf(target)[0];
      return stage ? make(target, stage) : null;
    },
  };
}

/** The catalogue, in a fixed order; a practice register draws from it with the seeded PRNG. */
const CATALOGUE: readonly ErrorMaker[] = [
  {
    id: "D01", sheet: "facilities",
    make: ({ row, name }) => {
      const n = num(row, "computers");
      if (n === null || n <= 0) return null;
      row.computers = `约${n}`;
      return one("D01", "error", ["computers"], `${name}「计算机」填了「约${n}」，不是数字`);
    },
  },
  {
    id: "D02", sheet: "facilities",
    make: ({ row, name }) => {
      const n = num(row, "books");
      if (n === null) return null;
      row.books = FULL_WIDTH(String(n));
      return one("D02", "warning", ["books"], `${name}「图书」用全角数字「${row.books}」填写（仍按 ${n} 读取）`);
    },
  },
  {
    id: "D03", sheet: "buildings",
    make: ({ row, name }) => {
      if (num(row, "dangerous") !== 0) return null;
      row.dangerous = "无";
      return one("D03", "warning", ["dangerous"], `${name}「其中危房」填了「无」，应填 0`);
    },
  },
  perStage("D04", ({ row, name }, stage) => {
    const field = `${stage}.dropouts`;
    const n = num(row, field);
    if (n === null) return null;
    row[field] = -(n || 1);
    return one("D04", "error", [field], `${name}${stageLabel(stage)}「学年内辍学人数」填成负数 ${row[field]}`);
  }),
  {
    id: "D05", sheet: "facilities",
    make: ({ row, name }) => {
      const n = num(row, "multimediaRooms");
      if (n === null) return null;
      row.multimediaRooms = n + 0.5;
      return one("D05", "error", ["multimediaRooms"], `${name}「网络多媒体教室」填了小数 ${n + 0.5}`);
    },
  },
  {
    id: "D06", sheet: "facilities",
    make: ({ row, name }) => {
      if (num(row, "teachingComputers") === null) return null;
      row.teachingComputers = { error: "#DIV/0!" };
      return one("D06", "error", ["teachingComputers"], `${name}「其中教学用计算机」是 Excel 错误值 #DIV/0!`);
    },
  },
  perStage("D07", ({ row, name }) => {
    if (num(row, "staffTotal") === null) return null;
    row.staffTotal = null;
    return one("D07", "error", ["staffTotal"], `${name}「教职工数」被清空（必填项）`);
  }),
  {
    id: "D08", sheet: "schools",
    make: ({ sheets, row, name }) => {
      // A 村小 that names its 中心小学 as 上级学校, with the last digit lost: only D08 speaks (a teaching point
      // would also be a 111-01 finding).
      const central = sheets.schools.find((s) => typeof s.name === "string" && s.name.endsWith("中心小学"));
      if (row.type !== "小学" || row === central || typeof central?.code !== "string" || row.parentCode != null) return null;
      row.parentCode = central.code.slice(0, 9);
      return one("D08", "warning", ["parentCode"], `${name}「上级学校标识码」填了 9 位的「${row.parentCode}」（中心小学标识码 ${central.code} 少了最后一位）`);
    },
  },
  {
    id: "D09", sheet: "schools",
    make: ({ row, name }) => {
      if (typeof row.urbanRural !== "string") return null;
      const was = row.urbanRural;
      row.urbanRural = "山区";
      return one("D09", "error", ["urbanRural"], `${name}「城乡分类」填了「山区」（原为「${was}」），不是规定选项`);
    },
  },
  perStage("312-01", ({ row, name }, stage) => {
    const field = `${stage}.grade2`;
    const n = num(row, field);
    if (n === null) return null;
    row[field] = n + 2;
    const gradeFields = STAGES.find((s) => s.id === stage)?.grades.map((_, i) => `${stage}.grade${i + 1}`) ?? [];
    const grade = STAGES.find((s) => s.id === stage)?.grades[1] ?? "";
    return one(`${STAGE_PREFIX[stage]}-01`, "error", [...gradeFields, `${stage}.total`], `${name}${grade}多填 2 人，各年级之和不等于${stageLabel(stage)}在校生合计`);
  }),
  perStage("312-02", ({ row, name }, stage) => {
    const total = num(row, `${stage}.total`);
    if (total === null) return null;
    row[`${stage}.female`] = total + 3;
    return one(`${STAGE_PREFIX[stage]}-02`, "error", [`${stage}.female`, `${stage}.total`], `${name}${stageLabel(stage)}「其中女生」填成 ${total + 3}，多于在校生合计 ${total}`);
  }),
  perStage("312-03", ({ row, name }, stage) => {
    const n = num(row, `${stage}.entrants`);
    if (n === null || num(row, `${stage}.grade1`) !== n) return null;
    row[`${stage}.entrants`] = n + 3;
    const first = STAGES.find((s) => s.id === stage)?.grades[0] ?? "";
    return one(`${STAGE_PREFIX[stage]}-03`, "warning", [`${stage}.entrants`, `${stage}.grade1`], `${name}${stageLabel(stage)}招生数多填 3 人，与${first}人数不符`);
  }),
  perStage("212-02", ({ row, name }, stage) => {
    const n = num(row, `${stage}.classes`);
    if (n === null) return null;
    row[`${stage}.classes`] = n + 1;
    return one("212-02", "error", [...bandFields(stage), `${stage}.classes`], `${name}${stageLabel(stage)}班数多填 1 个（${n} 写成 ${n + 1}），与班额分组之和不符`);
  }),
  perStage("212-04", ({ row, name }, stage) => {
    const from = moveOneClass(row, stage, "band56");
    if (from === null) return null;
    return one("212-04", "warning", [`${stage}.band56`], `${name}${stageLabel(stage)}有 1 个班从「${from}」组改填到「56-65人」组（大班额）`);
  }),
  perStage("212-05", ({ row, name }, stage) => {
    const from = moveOneClass(row, stage, "band66");
    if (from === null) return null;
    return one("212-05", "error", [`${stage}.band66`], `${name}${stageLabel(stage)}有 1 个班从「${from}」组改填到「66人及以上」组（超大班额）`);
  }),
  perStage("422-01", ({ row, name }) => {
    const fields = STAGES.map((s) => `${s.id}.fullTime`);
    const teachers = fields.reduce((sum, f) => sum + (num(row, f) ?? 0), 0);
    if (num(row, "staffTotal") === null || teachers <= 1) return null;
    row.staffTotal = teachers - 1;
    return one("422-01", "error", ["staffTotal", ...fields], `${name}「教职工数」改成 ${teachers - 1}，少于专任教师合计 ${teachers}`);
  }),
  perStage("422-02", ({ row, name }, stage) => {
    const field = `${stage}.edu.bachelor`;
    const n = num(row, field);
    if (n === null) return null;
    row[field] = n + 1;
    return one("422-02", "error", [...QUALIFICATIONS.map((q) => `${stage}.edu.${q.key}`), `${stage}.fullTime`], `${name}${stageLabel(stage)}专任教师「本科」多填 1 人，学历分列之和不等于专任教师数`);
  }),
  perStage("422-03", ({ row, name }, stage) => {
    const field = `${stage}.title.none`;
    const n = num(row, field);
    if (n === null) return null;
    row[field] = n + 2;
    return one("422-03", "error", [...TITLES.map((t) => `${stage}.title.${t.key}`), `${stage}.fullTime`], `${name}${stageLabel(stage)}专任教师「未定职级」多填 2 人，职称分列之和不等于专任教师数`);
  }),
  {
    id: "512-01", sheet: "buildings",
    make: ({ row, name }) => {
      const n = num(row, "teaching.classrooms");
      if (n === null) return null;
      row["teaching.classrooms"] = Math.round(n * 100 + 4500) / 100;
      return one("512-01", "error", [...TEACHING_ROOM_FIELDS, "teaching.total"], `${name}「教室」多填 45 ㎡，教学及辅助用房各项之和不等于合计`);
    },
  },
  {
    id: "512-02", sheet: "buildings",
    make: ({ row, name }) => {
      const n = num(row, "living");
      if (n === null) return null;
      row.living = Math.round(n * 100 + 3600) / 100;
      return one("512-02", "error", ["teaching.total", "admin", "living", "other", "totalArea"], `${name}「生活用房」多填 36 ㎡，四类用房之和不等于校舍建筑面积合计`);
    },
  },
  {
    id: "522-01", sheet: "facilities",
    make: ({ row, name }) => {
      const green = num(row, "greenArea");
      const sports = num(row, "sportsArea");
      const site = num(row, "siteArea");
      if (green === null || sports === null || site === null) return null;
      row.greenArea = Math.max(green * 10, site - sports + 100);
      return one("522-01", "error", ["greenArea", "sportsArea", "siteArea"], `${name}「绿化用地面积」${green} 写成 ${row.greenArea}，绿化与运动场地之和大于占地面积`);
    },
  },
  {
    id: "522-02", sheet: "facilities",
    make: ({ row, name }) => {
      const all = num(row, "computers");
      if (all === null || num(row, "teachingComputers") === null) return null;
      row.teachingComputers = all + 5;
      return one("522-02", "error", ["teachingComputers", "computers"], `${name}「其中教学用计算机」填成 ${all + 5}，多于计算机总数 ${all}`);
    },
  },
  {
    id: "X-02", sheet: "buildings",
    make: ({ row, name }) => {
      if (typeof row.name !== "string" || row.name.length < 4) return null;
      row.name = row.name.slice(0, 2) + row.name.slice(3);
      return one("X-02", "warning", ["name"], `${name}在「校舍」表中少写一个字，成了「${row.name}」`);
    },
  },
  {
    id: "V-01", sheet: "villages",
    make: ({ row, name }) => {
      const age = num(row, "juniorAge");
      if (age === null) return null;
      row.juniorEnrolled = age + 2;
      return one("V-01", "error", ["juniorEnrolled", "juniorAge"], `${name}村委会「初中适龄少年已入学」填成 ${age + 2}，比适龄少年 ${age} 人还多`);
    },
  },
  {
    id: "422-05", sheet: "staff", scarce: true,
    make: ({ sheets, index, row, name }) => {
      // A 九年一贯制 school that put all its teachers under 小学: every 初中 staff figure moved into the 小学 column.
      const juniorStudents = num(sheets.students[index] ?? {}, "junior.total") ?? 0;
      const juniorTeachers = num(row, "junior.fullTime") ?? 0;
      if (sheets.schools[index]?.type !== "九年一贯制学校" || juniorStudents <= 0 || juniorTeachers <= 0) return null;
      for (const field of Object.keys(row).filter((f) => f.startsWith("junior."))) {
        const primary = `primary.${field.slice("junior.".length)}`;
        const n = num(row, field);
        if (n === null || num(row, primary) === null) continue;
        row[primary] = (num(row, primary) ?? 0) + n;
        row[field] = 0;
      }
      return one("422-05", "error", ["junior.fullTime"], `${name}（九年一贯制）把初中的 ${juniorTeachers} 名专任教师连同学历、职称全部填到了小学栏，初中专任教师为 0`);
    },
  },
  {
    id: "V-02", sheet: "villages",
    make: ({ row, name }) => {
      const disabled = DISABLED_FIELDS.reduce((sum, f) => sum + (num(row, f) ?? 0), 0);
      const enrolled = DISABLED_ENROLLED_FIELDS.reduce((sum, f) => sum + (num(row, f) ?? 0), 0);
      const home = num(row, "disabledEnrolled.home");
      if (home === null) return null;
      const extra = disabled - enrolled + 1;
      row["disabledEnrolled.home"] = home + extra;
      return one("V-02", "error", [...DISABLED_FIELDS, ...DISABLED_ENROLLED_FIELDS], `${name}村委会残疾儿童「送教上门」多填 ${extra} 人，三种入学方式合计 ${disabled + 1} 人，多于三类残疾适龄儿童 ${disabled} 人`);
    },
  },
  {
    // Last year's register (previousYearRegister) holds the clean figures: a 0 lost from this year's books is a
    // fall of 90 %, which only the year-on-year check (H-02) sees; books have no other rule that could speak.
    id: "H-02", sheet: "facilities", needsPreviousYear: true,
    make: ({ row, name }) => {
      const n = num(row, "books");
      if (n === null || n < 100) return null;
      row.books = Math.round(n / 10);
      return one("H-02", "warning", ["books"], `${name}「图书」少打一个 0：上年 ${n} 册，今年填成 ${row.books} 册`);
    },
  },
];

/** Number of distinct error makers drawn without a level; a practice register has at most this many errors. */
export const PRACTICE_MAX_ERRORS = CATALOGUE.filter((m) => !m.needsPreviousYear).length;

/** The catalogue's ids, in its fixed order (for documentation and tests). */
export const PRACTICE_CATALOGUE: readonly RuleId[] = CATALOGUE.map((m) => m.id);

function copySheets(records: RegisterRecords): Sheets {
  const sheets = { schools: [], students: [], staff: [], buildings: [], facilities: [], villages: [] } as Sheets;
  for (const id of Object.keys(sheets) as SheetId[]) sheets[id] = (records.sheets[id] ?? []).map((r: RecordCells) => ({ ...r }));
  return sheets;
}

/** The practice township of `seed` before any error is seeded: consistent, no error or warning finding. */
export function cleanPracticeRegister(seed: number): RegisterRecords {
  const township = generateTownship({ seed, schoolCount: PRACTICE_SCHOOL_COUNT, shortfallShare: 0, township: "练习乡" });
  return { ...township, meta: { ...township.meta, 填报人: "练习用（虚构）" }, title: PRACTICE_TITLE };
}

function cellsOf(sheet: SheetId, index: number, fields: readonly string[]): string[] {
  const { columnOf, firstDataRow } = layoutSheet(sheetDef(sheet), [], PRACTICE_TITLE);
  return fields.map((field) => {
    const col = columnOf.get(field);
    if (col === undefined) throw new Error(`no column for ${sheet}.${field}`);
    return cellAddress(firstDataRow + index, col);
  });
}

/**
 * The makers a level draws from, in catalogue order. Without a level: the whole catalogue but the year-on-year
 * makers, as before levels existed (such a register comes without last year's, and old seeds stay the same).
 */
function makersOf(level: PracticeLevelId | undefined): readonly ErrorMaker[] {
  if (level === undefined) return CATALOGUE.filter((m) => !m.needsPreviousYear);
  const families = PRACTICE_LEVELS.find((l) => l.id === level)?.families ?? [];
  return CATALOGUE.filter((m) => families.includes(familyOfMaker(m.id)?.id ?? ""));
}

/** How many errors a register of this level can hold at most (each maker is used once). */
export function practiceMaxErrors(level?: PracticeLevelId): number {
  return makersOf(level).length;
}

function validErrorCount(errors: number, level: PracticeLevelId | undefined): number {
  if (!Number.isInteger(errors) || errors < 0) throw new Error(`errors must be a non-negative integer, got ${errors}`);
  return Math.min(errors, practiceMaxErrors(level));
}

/** Plants one maker's error on the first row (in shuffled order) that suits it and no other error uses. */
function plant(maker: ErrorMaker, sheets: Sheets, rng: Rng, used: Set<string>): PracticeKeyEntry | null {
  const rows = sheets[maker.sheet];
  for (const index of rng.shuffle(rows.map((_, i) => i))) {
    if (used.has(`${maker.sheet}#${index}`)) continue;
    const row = rows[index];
    const before = { ...row };
    const name = maker.sheet === "villages" ? String(row.village) : String(sheets.schools[index]?.name);
    const made = maker.make({ sheets, index, row, name });
    if (!made) {
      rows[index] = before;
      continue;
    }
    used.add(`${maker.sheet}#${index}`);
    const { rule, severity, fields } = made.finding;
    return {
      rule,
      severity,
      schoolId: maker.sheet === "villages" ? null : String(sheets.schools[index]?.code),
      sheet: sheetDef(maker.sheet).name,
      cells: cellsOf(maker.sheet, index, fields),
      description: made.description,
      changes: plantedChanges(maker.sheet, index, before, row),
    };
  }
  return null;
}

/** The cells a maker changed on a row: every field whose value differs from before. */
function plantedChanges(sheet: SheetId, index: number, before: Row, after: Row): PlantedChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !sameCell(before[f] ?? null, after[f] ?? null));
  const cells = cellsOf(sheet, index, fields);
  return fields.map((f, i) => ({ cell: cells[i], original: plantedValue(before[f] ?? null), planted: plantedValue(after[f] ?? null) }));
}

function sameCell(a: CellValue, b: CellValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function plantedValue(value: CellValue): PlantedValue {
  if (value instanceof Date || typeof value === "boolean") throw new Error(`practice makers write no ${typeof value} values`);
  return value;
}

/** Whether registers of this level come with last year's register (it draws year-on-year errors). */
export function needsPreviousYear(level: PracticeLevelId | undefined): boolean {
  return makersOf(level).some((m) => m.needsPreviousYear);
}

/**
 * Last year's register of the practice township: the clean township as it was a year before. Same schools, codes
 * and figures, so the year-on-year check finds nothing on the solution and exactly the planted H errors on the
 * practice file. It says it is last year's in its title.
 */
export function previousYearRegister(seed: number): RegisterRecords {
  const clean = cleanPracticeRegister(seed);
  return { ...clean, title: `${PRACTICE_TITLE}（上年）` };
}

/**
 * A practice register, its answer key and its solution (the register with every seeded error undone), and last
 * year's register when the level draws year-on-year errors. `errors` above the level's maximum is capped; a maker
 * that finds no school it suits (rare in a 12-school township) is skipped and the next one in the shuffled
 * catalogue is used.
 */
export function practiceRegister(options: PracticeOptions): { records: RegisterRecords; key: PracticeKey; solution: RegisterRecords; previous?: RegisterRecords } {
  const wanted = validErrorCount(options.errors, options.level);
  const clean = cleanPracticeRegister(options.seed);
  const sheets = copySheets(clean);
  const rng = createRng(options.seed).fork(6006);
  const used = new Set<string>();
  const errors: PracticeKeyEntry[] = [];
  // The first `wanted` makers of the shuffled catalogue are used; scarce ones are placed first so that another
  // error does not take the only row they suit, and a maker that finds no row is replaced by the next one.
  const shuffled = rng.shuffle(makersOf(options.level));
  const chosen = shuffled.slice(0, wanted);
  const pending = [...chosen.filter((m) => m.scarce), ...chosen.filter((m) => !m.scarce)];
  let next = chosen.length;
  while (pending.length > 0) {
    const maker = pending.shift()!;
    const entry = plant(maker, sheets, rng, used);
    if (entry) errors.push(entry);
    else if (next < shuffled.length) pending.push(shuffled[next++]);
  }
  const key: PracticeKey = options.level === undefined ? { seed: options.seed, errors } : { seed: options.seed, level: options.level, errors };
  // Every maker changes only the row it is given, so the clean township is the register with all errors undone.
  const records = { ...clean, sheets };
  return needsPreviousYear(options.level) ? { records, key, solution: clean, previous: previousYearRegister(options.seed) } : { records, key, solution: clean };
}
