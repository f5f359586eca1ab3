/**
 * D01–D10 data hygiene (docs/method.md §7), on every register sheet. The recogniser never rejects a cell: what it
 * could not take as typed is kept as a note on the reading, and these rules turn the notes into findings.
 */
import type { Finding, Said } from "../findings";
import { REGISTER_SHEETS, STAGES, stagesOfType } from "../fields/dictionary";
import type { FieldDef, SheetId } from "../fields/types";
import { isSchoolCode, numberOf, textOf, type Reading, type RegisterRow, type StructureIssue, type ValueNote } from "../register";
import { plainFinding, rowFinding, rowsOf, sumOf, type CheckContext } from "./context";
import { SCHOOL_STUDENT_FIELDS, stageField } from "./stageHelpers";
import type { RuleDef, RuleInfo } from "./types";
import { say, template } from "./texts";
import { stageZh, stageEn, plural } from "./wording";
import { fmt } from "./context";


interface CellVisit {
  readonly sheet: SheetId;
  readonly row: RegisterRow;
  readonly field: FieldDef;
  readonly reading: Reading;
}

/**
 * The readings the D rules can report, found in one walk per run. A province has a million readings and only a
 * few carry a note, a negative or fractional number or a gap; walking them all once per rule, an object each, cost
 * more than the rules themselves. Each list keeps reading order and holds at least what its rules report: the
 * rules still test every condition of their own.
 */
interface Candidates {
  /** Readings with a note (D01, D02, D03, D06, D09). */
  readonly noted: readonly CellVisit[];
  /** Negative or fractional numbers (D04, D05). */
  readonly oddNumbers: readonly CellVisit[];
  /** Required fields left empty, without a note (D07). */
  readonly gaps: readonly CellVisit[];
}

const candidatesOf = new WeakMap<CheckContext, Candidates>();

/** Every reading of every recognised sheet, row by row and left to right, sorted into the lists the rules use. */
function candidates(ctx: CheckContext): Candidates {
  const cached = candidatesOf.get(ctx);
  if (cached) return cached;
  const found = { noted: [] as CellVisit[], oddNumbers: [] as CellVisit[], gaps: [] as CellVisit[] };
  for (const def of REGISTER_SHEETS) {
    const sheet = ctx.register.sheets[def.id];
    if (!sheet) continue;
    const fields = new Map<string, FieldDef>(def.fields.map((f) => [f.id, f]));
    const columns = [...sheet.columns].sort((a, b) => a.col - b.col).flatMap((c) => {
      const field = fields.get(c.fieldId);
      return field ? [{ id: c.fieldId, field }] : [];
    });
    // Indexed loops: a for-of allocates an iterator result per step until the loop is optimised, and this walk
    // visits every reading of the register.
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      for (let c = 0; c < columns.length; c++) {
        const { id, field } = columns[c];
        const reading = row.fields[id];
        if (!reading) continue;
        const { value, note } = reading;
        const odd = typeof value === "number" && (value < 0 || !Number.isInteger(value));
        const gap = value === null && !note && field.required;
        if (!note && !odd && !gap) continue;
        // A reading can be in several lists: a number read with a note may still be negative.
        const visit = { sheet: def.id, row, field, reading };
        if (note) found.noted.push(visit);
        if (odd) found.oddNumbers.push(visit);
        if (gap) found.gaps.push(visit);
      }
    }
  }
  candidatesOf.set(ctx, found);
  return found;
}

const NUMERIC_TYPES: ReadonlySet<FieldDef["type"]> = new Set(["count", "area", "money"]);

/** Shows a number without float noise (0.1 + 0.2) but without rounding away the fraction D05 is about. */
function exact(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/**
 * A value as the user would say it. Money is held in 元; a plain number in a 万元 column is shown back in
 * 万元 so it matches what the user typed.
 */
function shown(ctx: CheckContext, visit: CellVisit, value: number): string {
  if (visit.field.type === "money") {
    const scale = ctx.register.sheets[visit.sheet]?.columns.find((c) => c.fieldId === visit.field.id)?.scale ?? 1;
    return scale !== 1 && !visit.reading.note ? `${exact(value / scale)} 万元` : `${exact(value)} 元`;
  }
  return `${exact(value)}${visit.field.unit ? ` ${visit.field.unit}` : ""}`;
}

/** A rule that reports every reading carrying one kind of note. */
function noteRule<const I extends RuleInfo>(
  info: I,
  kind: ValueNote["kind"],
  message: (rule: I, visit: CellVisit, note: ValueNote, ctx: CheckContext) => Said<I["id"]>,
): RuleDef {
  return {
    ...info,
    check(ctx) {
      const findings: Finding[] = [];
      for (const visit of candidates(ctx).noted) {
        const note = visit.reading.note;
        if (note?.kind === kind) findings.push(rowFinding(ctx, info, visit.sheet, visit.row, [visit.field.id], message(info, visit, note, ctx)));
      }
      return findings;
    },
  };
}

const D01 = noteRule(
  {
    id: "D01",
    severity: "error",
    table: "全部工作表",
    title: "数字单元格里填了无法识别的文字",
    explanation:
      "人数、面积、册数、金额等栏目只能填数字。单元格里写了“约”“左右”或者系统不认识的单位，电脑就读不出这个数，这一格等于没填，后面的合计和指标都会算错。",
    example: "「计算机」填写了「约50」；「占地面积」填写了「120平方米左右」。",
    fix: "只填一个确切的数字，例如把「约50」改成「50」；单位不要写在格子里，表头已经写明单位。",
    en: {
      title: "Unreadable text in a number cell",
      explanation:
        "Counts, areas, numbers of books, amounts of money and similar columns take numbers only. If a cell holds words such as 「约」 (about) or 「左右」 (roughly) or a unit Junheng does not know, the number cannot be read: the cell counts as empty, and the totals and indicators built on it come out wrong.",
      example: "「计算机」 (computers) holds 「约50」 (about 50); 「占地面积」 (site area) holds 「120平方米左右」 (about 120 square metres).",
      fix: "Enter one exact number, for example change 「约50」 to 50; do not write a unit in the cell, the header already gives it.",
    },
    texts: {
      "D01": template<{ column: string; text: string; kind: "number" | "code" | "other" }>(
        (p) => `「${p.column}」填写了「${p.text}」，${p.kind === "number" ? "不能识别为数字" : p.kind === "code" ? "不能识别为学校标识码" : "无法识别"}`,
        (p) => `「${p.column}」 holds “${p.text}”, which cannot be read ${p.kind === "number" ? "as a number" : p.kind === "code" ? "as a school code" : "at all"}`,
      ),
    },
  },
  "unreadable",
  (rule, { field }, note) => {
    const kind = NUMERIC_TYPES.has(field.type) ? "number" : field.type === "code" ? "code" : "other";
    return say(rule, "D01", { column: field.label, text: note.text, kind });
  },
);

const D02 = noteRule(
  {
    id: "D02",
    severity: "warning",
    table: "全部工作表",
    title: "数字书写不规范",
    explanation:
      "有些数字虽然能读出来，但写法不规范：全角数字（１２０）、千位分隔符（1,200）、数字中间有空格、数字后面带单位。本软件已经按读出的数使用，但上报系统时可能被拒收，最好改成纯数字。",
    example: "「图书」填写了「5,400册」；「小学一年级」填写了「３０」。",
    fix: "改成半角纯数字，不带逗号、空格和单位，例如「5400」。",
    en: {
      title: "Numbers not written in the standard way",
      explanation:
        "Some numbers can be read but are not written in the standard way: full-width digits (「１２０」), thousands separators (1,200), spaces inside a number, a unit after it. Junheng uses the number it read, but the reporting system may reject such cells, so they are best changed to plain numbers.",
      example: "「图书」 (books) holds 「5,400册」; 「小学一年级」 (primary grade 1) holds 「３０」 in full-width digits.",
      fix: "Change it to a plain number in half-width digits, without commas, spaces or units, for example 5400.",
    },
    texts: {
      "D02": template<{ column: string; text: string; value: string }>(
        (p) => `「${p.column}」填写了「${p.text}」，写法不规范${p.value === "" ? "" : `，已按 ${p.value} 读取`}`,
        (p) => `「${p.column}」 holds “${p.text}”, an untidy way to write a number${p.value === "" ? "" : `; read as ${p.value}`}`,
      ),
    },
  },
  "untidy",
  (rule, visit, note, ctx) => {
    const value = typeof visit.reading.value === "number" ? shown(ctx, visit, visit.reading.value) : "";
    return say(rule, "D02", { column: visit.field.label, text: note.text, value });
  },
);

const D03 = noteRule(
  {
    id: "D03",
    severity: "warning",
    table: "全部工作表",
    title: "用“无”“/”“-”代替 0",
    explanation: "没有的项目应当填 0。填“无”、斜杠或横线时，本软件按 0 计算，但这样的表格上报时常被退回，也容易和“漏填”混淆。",
    example: "「其中危房」填写了「无」；「语音室」填写了「/」。",
    fix: "把“无”“/”“-”“—”改成数字 0。",
    en: {
      title: "「无」, / or - used instead of 0",
      explanation:
        "An item the school does not have should be entered as 0. When it reads 「无」 (none), a slash or a dash, Junheng counts it as 0, but such sheets are often sent back when reported, and the cell is easily mistaken for one left empty.",
      example: "「其中危房」 (of which dilapidated) holds 「无」; 「语音室」 (language lab) holds a slash.",
      fix: "Change 「无」, /, - or a long dash to the number 0.",
    },
    texts: {
      "D03": template<{ column: string; text: string }>(
        (p) => `「${p.column}」填写了「${p.text}」，已按 0 读取，请改填 0`,
        (p) => `「${p.column}」 holds “${p.text}”, read as 0; please type 0`,
      ),
    },
  },
  "zeroWord",
  (rule, { field }, note) => say(rule, "D03", { column: field.label, text: note.text }),
);

const D06 = noteRule(
  {
    id: "D06",
    severity: "error",
    table: "全部工作表",
    title: "单元格是 Excel 错误值",
    explanation:
      "单元格显示 #DIV/0!、#REF!、#VALUE!、#N/A 等，说明这一格的公式出错了（除以 0、引用的单元格被删除等），里面没有可用的数。",
    example: "「教学仪器设备资产值」显示「#REF!」，因为公式引用的工作表被删掉了。",
    fix: "检查这一格的公式，或者直接把公式换成正确的数值。",
    en: {
      title: "Excel error values in cells",
      explanation:
        "A cell showing #DIV/0!, #REF!, #VALUE!, #N/A and the like holds a broken formula (division by 0, a referenced cell deleted and so on) and no usable number.",
      example: "「教学仪器设备资产值」 (teaching equipment value) shows #REF! because the sheet its formula refers to was deleted.",
      fix: "Check the cell's formula, or replace the formula with the correct value.",
    },
    texts: {
      "D06": template<{ column: string; text: string }>(
        (p) => `「${p.column}」是 Excel 错误值「${p.text}」，没有可用的数据`,
        (p) => `「${p.column}」 is the Excel error “${p.text}”, no usable data`,
      ),
    },
  },
  "excelError",
  (rule, { field }, note) => say(rule, "D06", { column: field.label, text: note.text }),
);

const D09 = noteRule(
  {
    id: "D09",
    severity: "error",
    table: "全部工作表",
    title: "填写的内容不在规定的选项里",
    explanation:
      "办学类型、城乡分类、是/否等栏目只能从规定的选项中选一个。自己写的简称或别的说法，电脑无法判断属于哪一类，学校可能被算错类别或漏算。",
    example: "「办学类型」填写了「村小」；「城乡分类」填写了「山区」。",
    fix: "改成规定选项中的一个，例如「办学类型」填「小学」或「小学教学点」。",
    en: {
      title: "A value not among the prescribed options",
      explanation:
        "Type of school, urban–rural category, yes/no and similar columns take one of the prescribed options. A short form or other wording of your own cannot be classified, so the school may be put in the wrong category or left out.",
      example: "「办学类型」 (type of school) holds 「村小」 (village school); 「城乡分类」 (urban–rural category) holds 「山区」 (mountain area).",
      fix: "Change it to one of the prescribed options, for example 「小学」 or 「小学教学点」 for 「办学类型」.",
    },
    texts: {
      "D09": template<{ column: string; text: string; values: string }>(
        (p) => `「${p.column}」填写了「${p.text}」，不是规定的选项，只能填：${p.values}`,
        (p) => `「${p.column}」 holds “${p.text}”, which is not one of the allowed values: ${p.values}`,
      ),
    },
  },
  "notAllowed",
  (rule, { field }, note) => say(rule, "D09", { column: field.label, text: note.text, values: (field.values ?? []).join("、") }),
);

const D04 = {
  id: "D04",
  severity: "error",
  table: "全部工作表",
  title: "出现负数",
  explanation: "人数、面积、册数、台数、金额都不可能小于 0。出现负数多半是公式相减出错，或者多打了一个减号。",
  example: "「小学三年级」填写了「-30」；「其中危房」是公式算出的「-120」。",
  fix: "改成正确的非负数；如果这一格是公式，检查公式是否把被减数和减数写反了。",
  en: {
    title: "Negative numbers",
    explanation:
      "Counts, areas, numbers of books or devices and amounts of money cannot be less than 0. A negative number usually comes from a formula subtracting the wrong way round, or from a minus sign typed by mistake.",
    example: "「小学三年级」 (primary grade 3) holds -30; 「其中危房」 (of which dilapidated) is -120, computed by a formula.",
    fix: "Enter the correct non-negative number; if the cell holds a formula, check that it does not subtract the wrong way round.",
  },
  texts: {
    "D04": template<{ column: string; value: string }>(
      (p) => `「${p.column}」为 ${p.value}，不能是负数`,
      (p) => `「${p.column}」 is ${p.value}; it cannot be negative`,
    ),
  },
  check(ctx): Finding[] {
    const findings: Finding[] = [];
    for (const visit of candidates(ctx).oddNumbers) {
      const value = visit.reading.value;
      if (!NUMERIC_TYPES.has(visit.field.type) || typeof value !== "number" || value >= 0) continue;
      findings.push(rowFinding(ctx, D04, visit.sheet, visit.row, [visit.field.id], say(D04, "D04", { column: visit.field.label, value: shown(ctx, visit, value) })));
    }
    return findings;
  },
} satisfies RuleDef;

const D05 = {
  id: "D05",
  severity: "error",
  table: "全部工作表",
  title: "人数、班数等出现小数",
  explanation: "学生数、班数、教师数、图书册数、计算机台数、教室间数都是一个一个数出来的，只能是整数。出现小数通常是公式算出的平均数或比例被当成了人数。",
  example: "「小学专任教师」填写了「11.5」；「图书」是公式算出的「5400.3」。",
  fix: "填实际清点的整数；如果这一格是公式，把它改成实际数字。",
  en: {
    title: "Decimals in counts such as students or classes",
    explanation:
      "Students, classes, teachers, books, computers and classrooms are counted one by one, so they can only be whole numbers. A decimal usually means an average or a ratio computed by a formula was taken for a count.",
    example: "「小学专任教师」 (full-time primary teachers) holds 11.5; 「图书」 (books) is 5400.3, computed by a formula.",
    fix: "Enter the whole number actually counted; if the cell holds a formula, replace it with the actual number.",
  },
  texts: {
    "D05": template<{ column: string; value: string }>(
      (p) => `「${p.column}」为 ${p.value}，应当是整数`,
      (p) => `「${p.column}」 is ${p.value}; it should be a whole number`,
    ),
  },
  check(ctx): Finding[] {
    const findings: Finding[] = [];
    for (const visit of candidates(ctx).oddNumbers) {
      const value = visit.reading.value;
      if (visit.field.type !== "count" || typeof value !== "number" || Number.isInteger(value)) continue;
      findings.push(rowFinding(ctx, D05, visit.sheet, visit.row, [visit.field.id], say(D05, "D05", { column: visit.field.label, value: shown(ctx, visit, value) })));
    }
    return findings;
  },
} satisfies RuleDef;

/**
 * A per-stage value (小学合计, 初中专任教师 …) is required only of schools whose type runs that stage: a 小学
 * leaves its 初中 cells empty. Schools whose type is unknown must fill every stage.
 */
const STAGE_PREFIXES = STAGES.map((s) => ({ id: s.id, prefix: `${s.id}.` }));

function stageIsRun(ctx: CheckContext, visit: CellVisit): boolean {
  const stage = STAGE_PREFIXES.find((s) => visit.field.id.startsWith(s.prefix));
  if (!stage || visit.row.key === null) return true;
  const stages = stagesOfType(textOf(ctx.schools.get(visit.row.key)?.rows.schools, "type"));
  return stages === null || stages.includes(stage.id);
}

function missingColumnFinding(issue: StructureIssue): Finding {
  return plainFinding(D07, say(D07, "D07.column", { sheetName: issue.sheet, column: issue.detail }), issue.sheet);
}

const D07 = {
  id: "D07",
  severity: "error",
  table: "全部工作表",
  title: "必填项没有填",
  explanation:
    "学校标识码、学校名称、办学类型、在校生合计、班数、专任教师、校舍面积、占地面积等是必填项，空着就无法核对和计算指标。确实没有的填 0，不要留空。整列缺失时也按此规则报告。",
  example: "「小学班数」一格空着；「场地与装备」表里没有「占地面积」这一列。",
  fix: "补填这一格；没有的填 0。缺少整列时，在表中加上这一列并按学校填好。",
  en: {
    title: "Required cells left empty",
    explanation:
      "The school code, school name, type of school, student total, classes, full-time teachers, building area, site area and others are required: left empty, they cannot be checked and the indicators cannot be computed. Enter 0 where there is none; do not leave the cell empty. A missing column is reported by this rule too.",
    example: "A 「小学班数」 (primary classes) cell is empty; 「场地与装备」 has no 「占地面积」 (site area) column.",
    fix: "Fill in the cell; enter 0 where there is none. Where a whole column is missing, add it to the sheet and fill it in for each school.",
  },
  texts: {
    "D07.column": template<{ sheetName: string; column: string }>(
      (p) => `工作表「${p.sheetName}」缺少必填列「${p.column}」，这一列的数据无法核对`,
      (p) => `Sheet 「${p.sheetName}」 lacks the required column 「${p.column}」; its data cannot be checked`,
    ),
    "D07.cell": template<{ column: string }>(
      (p) => `「${p.column}」未填写，这是必填项`,
      (p) => `「${p.column}」 is empty; it is required`,
    ),
  },
  check(ctx): Finding[] {
    const findings = ctx.register.issues.filter((i) => i.kind === "missingColumn").map(missingColumnFinding);
    for (const visit of candidates(ctx).gaps) {
      const { sheet, field, reading } = visit;
      // 111-04 reports an empty 城乡分类 with a message of its own; a noted reading is reported by its own rule.
      if (!field.required || reading.value !== null || reading.note || (sheet === "schools" && field.id === "urbanRural")) continue;
      if (!stageIsRun(ctx, visit)) continue;
      findings.push(rowFinding(ctx, D07, sheet, visit.row, [field.id], say(D07, "D07.cell", { column: field.label })));
    }
    return findings;
  },
} satisfies RuleDef;

const CODE_FIELDS = ["code", "parentCode"] as const;
const SCHOOL_SHEETS: readonly SheetId[] = ["schools", "students", "staff", "buildings", "facilities"];

/** The text of a code that is not 10 digits, or null when it is (or the cell is empty). */
function malformedCode(reading: Reading | undefined): string | null {
  if (reading?.note?.kind === "badCode") return reading.note.text;
  return typeof reading?.value === "string" && !isSchoolCode(reading.value) ? reading.value : null;
}

const D08 = {
  id: "D08",
  severity: "warning",
  table: "全部工作表",
  title: "学校标识码不是 10 位数字，或在同一张表里重复",
  explanation:
    "学校标识码是全国统一的 10 位数字，各张表靠它把同一所学校的数据对上。位数不对多半是 Excel 把开头的 0 去掉了或者多打少打了数字；同一张表里出现两次，说明一所学校被填了两行，数据会被重复计算。",
  example: "「学校标识码」填写了「532822001」（只有 9 位）；「学生与班级」表中第 3 行和第 7 行都是「5328220001」。",
  fix: "按统计系统中的标识码改正，单元格设为文本格式以免丢掉开头的 0；重复的行合并成一行。",
  en: {
    title: "School code not 10 digits, or repeated in one sheet",
    explanation:
      "The school code (「学校标识码」) is a nationwide code of 10 digits, and the sheets rely on it to match the data of one school. A wrong number of digits usually means Excel dropped the leading 0 or a digit was typed too many or too few; a code that appears twice in one sheet means a school was entered on two rows, and its data would be counted twice.",
    example: "「学校标识码」 holds 532822001 (only 9 digits); rows 3 and 7 of 「学生与班级」 both read 5328220001.",
    fix: "Correct the code to the one in the statistics system, and format the cell as text so the leading 0 is kept; merge repeated rows into one.",
  },
  texts: {
    "D08.code": template<{ column: "code" | "parentCode"; text: string; restored: string }>(
      (p) =>
        `「${p.column === "code" ? "学校标识码" : "上级学校标识码"}」为「${p.text}」，不是 10 位数字${p.restored === "" ? "" : `（单元格是数字格式，开头的 0 被去掉了，已按「${p.restored}」读取；请把单元格设为文本并补上 0）`}`,
      (p) =>
        `The ${p.column === "code" ? "school code" : "parent school code"} “${p.text}” is not 10 digits${p.restored === "" ? "" : ` (the cell is formatted as a number, which dropped the leading 0; read as “${p.restored}”; format the cell as text and type the 0)`}`,
    ),
    "D08.repeated": template<{ code: string; count: number; rows: string }>(
      (p) => `学校标识码「${p.code}」在本表出现 ${p.count} 次（第 ${p.rows.split(",").join("、")} 行），同一所学校只能填一行`,
      (p) => `School code “${p.code}” appears ${p.count} times on this sheet (rows ${p.rows.split(",").join(", ")}); a school has one row only`,
    ),
  },
  check(ctx): Finding[] {
    const findings: Finding[] = [];
    for (const sheet of SCHOOL_SHEETS) {
      // The first row of each code, and every row of the few codes that repeat: a list per code would be one more
      // object for every school of the province.
      const firstRows = new Map<string, RegisterRow>();
      const repeats = new Map<string, RegisterRow[]>();
      for (const row of rowsOf(ctx, sheet)) {
        for (const fieldId of CODE_FIELDS) {
          const reading = row.fields[fieldId];
          const bad = malformedCode(reading);
          if (bad === null) continue;
          // A nine-digit number was read with its lost leading 0 back (recognise/values.ts); say so.
          const restored = reading?.note?.kind === "badCode" && typeof reading.value === "string" ? reading.value : "";
          findings.push(rowFinding(ctx, D08, sheet, row, [fieldId], say(D08, "D08.code", { column: fieldId, text: bad, restored })));
        }
        if (row.key === null) continue;
        const first = firstRows.get(row.key);
        if (!first) {
          firstRows.set(row.key, row);
          continue;
        }
        const repeated = repeats.get(row.key);
        if (repeated) repeated.push(row);
        else repeats.set(row.key, [first, row]);
      }
      // In the order the codes first appear.
      for (const code of firstRows.keys()) {
        const rows = repeats.get(code);
        if (!rows) continue;
        const said = say(D08, "D08.repeated", { code, count: rows.length, rows: rows.map((r) => r.row).join(",") });
        // `text` stays the last key, where the JSON has always had it for this finding.
        const { text, ...first } = rowFinding(ctx, D08, sheet, rows[0], ["code"], said, "error");
        const cells = rows.flatMap((r) => (r.fields.code ? [r.fields.code.cell] : []));
        findings.push({ ...first, cells, text });
      }
    }
    return findings;
  },
} satisfies RuleDef;

/** Thresholds of D10; outside them a value is more likely a slip (元 for 万元, a missing class) than a fact. */
const EQUIPMENT_PER_STUDENT = { min: 1, max: 100000 };
const MAX_CLASS_SIZE = 100;

function equipmentFindings(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of rowsOf(ctx, "facilities")) {
    const value = numberOf(row, "equipmentValue");
    const studentsRow = row.key === null ? undefined : ctx.schools.get(row.key)?.rows.students;
    const students = sumOf(studentsRow, SCHOOL_STUDENT_FIELDS);
    // A zero value is an empty-shell question (522-03), not a unit slip.
    if (value === null || value <= 0 || students === null || students <= 0) continue;
    const perStudent = value / students;
    if (perStudent > EQUIPMENT_PER_STUDENT.max) {
      findings.push(rowFinding(ctx, D10, "facilities", row, ["equipmentValue"], say(D10, "D10.equipment", { perStudent, value, students, limit: EQUIPMENT_PER_STUDENT.max, direction: "high" })));
    } else if (perStudent < EQUIPMENT_PER_STUDENT.min) {
      findings.push(rowFinding(ctx, D10, "facilities", row, ["equipmentValue"], say(D10, "D10.equipment", { perStudent, value, students, limit: EQUIPMENT_PER_STUDENT.min, direction: "low" })));
    }
  }
  return findings;
}

function classSizeFindings(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of rowsOf(ctx, "students")) {
    for (const stage of STAGES) {
      const totalField = stageField(stage.id, "total");
      const classesField = stageField(stage.id, "classes");
      const total = numberOf(row, totalField);
      const classes = numberOf(row, classesField);
      if (total === null || classes === null || classes <= 0) continue;
      const average = total / classes;
      if (average <= MAX_CLASS_SIZE) continue;
      findings.push(rowFinding(ctx, D10, "students", row, [totalField, classesField], say(D10, "D10.classSize", { stage: stage.id, average, total, classes, max: MAX_CLASS_SIZE })));
    }
  }
  return findings;
}

const D10 = {
  id: "D10",
  severity: "warning",
  table: "全部工作表",
  title: "数值大得或小得不合常理",
  explanation:
    "有些数一算平均就能看出填错了：生均教学仪器设备值超过 10 万元或不到 1 元，几乎都是元和万元弄混了（设备值一栏的单位是万元）；平均每班超过 100 人，多半是班数少填或学生数多填。",
  example: "「教学仪器设备资产值」（万元）填写了「120000」，实际是 12 万元，生均变成 6 万多元。",
  fix: "核对单位：万元栏里填万元数（12 万元就填 12）；核对班数和在校生合计。确实如此的，在审核说明里写明原因。",
  en: {
    title: "Values implausibly large or small",
    explanation:
      "Some numbers turn out wrong as soon as they are averaged: teaching equipment per student above 100,000 yuan or below 1 yuan almost always means yuan and 10,000 yuan were mixed up (the equipment column is in 10,000 yuan, 「万元」); more than 100 students per class on average usually means too few classes or too many students were entered.",
    example: "「教学仪器设备资产值」 (teaching equipment value, in 10,000 yuan) holds 120000, but the value is 120,000 yuan (12 in this column), and the value per student comes to over 60,000 yuan.",
    fix: "Check the unit: enter amounts in 10,000 yuan in the 「万元」 column (12 for 120,000 yuan); check the classes and the student total. If the figure is true, give the reason in 「审核说明」.",
  },
  texts: {
    "D10.equipment": template<{ perStudent: number; value: number; students: number; limit: number; direction: "high" | "low" }>(
      (p) =>
        `生均教学仪器设备值 ${fmt(p.perStudent)} 元（${fmt(p.value)} 元 ÷ ${fmt(p.students)} 名学生），${p.direction === "high" ? "高于" : "低于"} ${p.limit} 元，${p.direction === "high" ? "可能把以元为单位的数填进了万元列" : "可能把以万元为单位的数填进了元列"}`,
      (p) =>
        `Teaching equipment per student is ${fmt(p.perStudent)} yuan (${fmt(p.value)} yuan ÷ ${plural(p.students, "student")}), ${p.direction === "high" ? "above" : "below"} ${p.limit} yuan: ${p.direction === "high" ? "a figure in yuan may have been typed into a 万元 column" : "a figure in 万元 may have been typed into a yuan column"}`,
    ),
    "D10.classSize": template<{ stage: string; average: number; total: number; classes: number; max: number }>(
      (p) => `${stageZh(p.stage)}平均班额 ${fmt(p.average)} 人（${fmt(p.total)} 人 ÷ ${fmt(p.classes)} 个班），超过 ${p.max} 人，请核对在校生合计和班数`,
      (p) => `${stageEn(p.stage)} classes average ${fmt(p.average)} students (${fmt(p.total)} ÷ ${plural(p.classes, "class", "classes")}), above ${p.max}; check the student total and the number of classes`,
    ),
  },
  check: (ctx): Finding[] => [...equipmentFindings(ctx), ...classSizeFindings(ctx)],
} satisfies RuleDef;

export const HYGIENE_RULES: readonly RuleDef[] = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10];
