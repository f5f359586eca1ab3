/**
 * Findings' sentences as templates (issue 13): a finding carries its template key (`text`) and its parameters, and
 * the sentence is rendered at the edge in the user's language. The Chinese rendering is the one the workbook, the
 * CLI and the JSON always had, byte for byte; the English one is for the pane in English Office and `--lang en-US`.
 * Parameters keep the user's own text (school and village names, cell text, 办学类型 values) as the user wrote it;
 * field ids, stage ids and numbers are rendered in the language.
 */
import { fieldDef, STAGE_LABEL, STAGES } from "../fields/dictionary";
import type { FieldId, SheetId, StageId } from "../fields/types";
import type { Finding, FindingParams, Language, Said } from "../findings";
import { fmt } from "./context";

type Params = Record<string, string | number>;

interface Template<P extends Params> {
  readonly zh: (p: P) => string;
  readonly en: (p: P) => string;
}

const template = <P extends Params>(zh: (p: P) => string, en: (p: P) => string): Template<P> => ({ zh, en });

const STAGE_EN: Record<StageId, string> = { primary: "Primary", junior: "Junior secondary" };
const stageZh = (stage: string) => STAGE_LABEL[stage as StageId] ?? stage;
const stageEn = (stage: string) => STAGE_EN[stage as StageId] ?? stage;

/** English names of the columns messages name; any other column is named by its Chinese label. */
const FIELD_EN: Partial<Record<FieldId, string>> = {
  greenArea: "green area",
  sportsArea: "sports ground area",
  siteArea: "site area",
  books: "books",
  equipmentValue: "teaching equipment value",
  primaryAge: "primary-age children",
  primaryEnrolled: "of whom enrolled (primary)",
  juniorAge: "junior-secondary-age children",
  juniorEnrolled: "of whom enrolled (junior secondary)",
};

const SHEET_EN: Partial<Record<SheetId, string>> = {
  schools: "school facts (学校基本情况)",
  students: "students and classes (学生与班级)",
  staff: "staff (教职工)",
  buildings: "buildings (校舍)",
  facilities: "land and equipment (场地与装备)",
  villages: "enrolment and dropout (普及与控辍)",
};

/** A list of field ids as one parameter (`greenArea,sportsArea`), named in the language when rendered. */
export const fieldList = (fields: readonly FieldId[]) => fields.join(",");
const fieldsOf = (list: string) => (list === "" ? [] : (list.split(",") as FieldId[]));
const labelZh = (sheet: SheetId, field: FieldId) => fieldDef(sheet, field).label;
const labelEn = (sheet: SheetId, field: FieldId) => FIELD_EN[field] ?? fieldDef(sheet, field).label;
const areaZh = (value: number) => `${fmt(value)} ㎡`;
const areaEn = (value: number) => `${fmt(value)} m²`;
/** How a message says a cell counted as 0 was: typed 0, or left empty (stageHelpers.zeroOrEmptyText). */
const zeroZh = (how: string) => (how === "empty" ? "未填写" : "为 0");
const zeroEn = (how: string) => (how === "empty" ? "is empty" : "is 0");
const plural = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

const percent = (share: number) => `${fmt(Math.round(share * 1000) / 10)}%`;
function changeZh(current: number, previous: number): string {
  if (previous === 0) return "上年为 0";
  const share = (current - previous) / previous;
  return `${share >= 0 ? "增加" : "减少"} ${percent(Math.abs(share))}`;
}
function changeEn(current: number, previous: number): string {
  if (previous === 0) return "last year 0";
  const share = (current - previous) / previous;
  return `${share >= 0 ? "up" : "down"} ${percent(Math.abs(share))}`;
}
/** The figures H-02 compares with last year's, as its messages name them (rules/history.ts RESOURCES). */
const HISTORY_RESOURCES: Readonly<Record<string, { zh: string; en: string; unit: string; unitEn: string }>> = {
  totalArea: { zh: "校舍建筑面积", en: "Building area", unit: "㎡", unitEn: "m²" },
  siteArea: { zh: "占地面积", en: "Site area", unit: "㎡", unitEn: "m²" },
  books: { zh: "图书", en: "Books", unit: "册", unitEn: "volumes" },
  equipmentValue: { zh: "教学仪器设备值", en: "Teaching equipment value", unit: "万元", unitEn: "× 10 000 yuan" },
};

const MESSAGES = {
  // The evaluation's method notes (evaluation/units.ts, evaluate.ts). School names and 办学类型 are the register's.
  "M-01": template<{ type: string; weights: string; shares: string }>(
    (p) => {
      const parts = p.shares.split(",").map((s) => s.split(":")).map(([stage, share]) => `${stageZh(stage)}部 ${(Number(share) * 100).toFixed(1)}%`);
      return `${p.type}的共用资源（校舍、运动场馆、仪器设备、计算机、图书）按 ${p.weights} 的生均权重拆分：${parts.join("，")}`;
    },
    (p) => {
      const parts = p.shares.split(",").map((s) => s.split(":")).map(([stage, share]) => `${stageEn(stage).toLowerCase()} ${(Number(share) * 100).toFixed(1)}%`);
      return `The shared resources of this ${p.type} (buildings, sports grounds, equipment, computers, books) are split by per-student weights ${p.weights}: ${parts.join(", ")}`;
    },
  ),
  "M-02.point": template<{ name: string }>(
    (p) => `「${p.name}」是教学点，按 2012 年办法不单独参加计算`,
    (p) => `“${p.name}” is a teaching point and, by the 2012 method, is not counted on its own`,
  ),
  "M-02.small": template<{ name: string; students: number; min: number }>(
    (p) => `「${p.name}」是教学点，学生 ${p.students} 人不足 ${p.min} 人，不单独参加计算`,
    (p) => `“${p.name}” is a teaching point with ${plural(p.students, "student")}, fewer than ${p.min}; not counted on its own`,
  ),
  "M-02.noParent": template<{ name: string }>(
    (p) => `「${p.name}」是教学点，但上级学校标识码无效，无法并入，不单独参加计算`,
    (p) => `“${p.name}” is a teaching point, but its parent school code is not valid, so it cannot be merged; not counted on its own`,
  ),
  "M-02.merged": template<{ name: string; parent: string }>(
    (p) => `「${p.name}」是教学点，学生和办学条件已并入上级学校「${p.parent}」`,
    (p) => `“${p.name}” is a teaching point; its students and resources are counted with its parent school “${p.parent}”`,
  ),
  "M-03.noStudents": template<{ name: string; stage: string }>(
    (p) => `「${p.name}」${stageZh(p.stage)}部没有在校生，不参加${stageZh(p.stage)}差异系数计算`,
    (p) => `“${p.name}” has no ${stageEn(p.stage).toLowerCase()} students and is left out of the ${stageEn(p.stage).toLowerCase()} difference coefficients`,
  ),
  "M-03.notComputed": template<{ name: string; indicator: string; stage: string }>(
    (p) => `「${p.name}」的 ${p.indicator} 无法计算（数据缺失或读不出），不参加${stageZh(p.stage)} ${p.indicator} 差异系数计算`,
    (p) => `${p.indicator} of “${p.name}” cannot be computed (data missing or unreadable); it is left out of the ${stageEn(p.stage).toLowerCase()} ${p.indicator} difference coefficient`,
  ),
  "M-04": template<{ indicator: string; stage: string; source: string }>(
    (p) => `${p.indicator} ${stageZh(p.stage)}标准值没有设定（${p.source}），只计算不判定；请在“标准参数”中填写省定标准`,
    (p) => `${p.indicator} (${stageEn(p.stage).toLowerCase()}) has no standard set (${p.source}); it is computed, not judged. Enter the provincial standard in 标准参数`,
  ),
  "M-05": template<{ name: string; stage: string; indicator: string; indicatorName: string; shown: string }>(
    (p) => `「${p.name}」${stageZh(p.stage)}的${p.indicatorName}算得 ${p.shown}，这是不可能的值，说明填报数据有误；该项按未能判定处理，请核对来源数据`,
    (p) => `${p.indicator} of “${p.name}” (${stageEn(p.stage).toLowerCase()}) comes to ${p.shown}, an impossible value: the data is wrong. It is treated as not judged; check the source data`,
  ),
  // The report template, 审核说明 and 整改清单 read back (report/templateCheck.ts, explanations, check.ts).
  "C-01": template<{ title: string; problem: "status" | "scoreNotScored" | "scoreNaN" | "scoreNegative" | "scoreRange"; text: string; kind: "veto" | "assessment" | ""; allowed: string; max: number | "" }>(
    (p) => {
      const kind = p.kind === "veto" ? "一票否决项" : p.kind === "assessment" ? "考核指标" : "状态";
      const reason = {
        status: `状态填了「${p.text}」，${kind}只能填 ${p.allowed.split(",").join("、")}；本次按待填处理。`,
        scoreNotScored: `得分栏应留空（此项不计分），「${p.text}」未使用。`,
        scoreNaN: `得分填了「${p.text}」，不是数字；本次不计分。`,
        scoreNegative: `得分 ${p.text} 不能为负数；本次不计分。`,
        scoreRange: `得分 ${p.text} 不在 0 到满分 ${p.max} 之间；本次不计分。`,
      }[p.problem];
      return `「${p.title}」的${reason}`;
    },
    (p) => {
      const kind = p.kind === "veto" ? "a veto item" : p.kind === "assessment" ? "an assessment item" : "the status";
      const reason = {
        status: `the status “${p.text}” is not allowed: ${kind} takes ${p.allowed.split(",").join(", ")}; treated as to be filled in`,
        scoreNotScored: `the score should be empty (the item is not scored); “${p.text}” is not used`,
        scoreNaN: `the score “${p.text}” is not a number; not scored this time`,
        scoreNegative: `the score ${p.text} cannot be negative; not scored this time`,
        scoreRange: `the score ${p.text} is not between 0 and the full ${p.max}; not scored this time`,
      }[p.problem];
      return `「${p.title}」: ${reason}`;
    },
  ),
  "R-01": template<{ sheetName: string; address: string; typed: string; hint: string }>(
    (p) => `「${p.sheetName}」${p.address} 中的「${p.typed}」不是可用的占位符，生成的自评报告中原样保留${p.hint ? `；是否应为「{{${p.hint}}}」？` : ""}`,
    (p) => `「${p.sheetName}」${p.address}: “${p.typed}” is not a known placeholder and stays as typed in the report${p.hint ? `; did you mean “{{${p.hint}}}”?` : ""}`,
  ),
  "E-01": template<{ sheetName: string; rule: string; title: string }>(
    (p) => `「${p.sheetName}」中对错误 ${p.rule}${p.title ? ` ${p.title}` : ""} 填写了说明，错误必须改正，说明不起作用`,
    (p) => `「${p.sheetName}」 explains error ${p.rule}; errors must be corrected, so the explanation has no effect`,
  ),
  "L-01": template<{ text: string }>(
    (p) => `「状态」填写了「${p.text}」，不是 未整改、整改中 或 已完成，本次按未整改统计`,
    (p) => `The status (状态) “${p.text}” is none of 未整改, 整改中 or 已完成; counted as 未整改 this time`,
  ),
  // Year on year (rules/history.ts, inputs/carryOver.ts).
  "H-01": template<{ now: number; before: number; limit: number }>(
    (p) => `在校生 ${fmt(p.now)} 人，上年 ${fmt(p.before)} 人，${changeZh(p.now, p.before)}，超过 ±${percent(p.limit)} 的比对范围`,
    (p) => `${plural(p.now, "student")}, last year ${fmt(p.before)}, ${changeEn(p.now, p.before)}, beyond the ±${percent(p.limit)} range`,
  ),
  "H-02": template<{ field: string; now: number; before: number; shownPer: number; fell: "yes" | "no"; limit: number }>(
    (p) => {
      const r = HISTORY_RESOURCES[p.field];
      const shown = (v: number) => `${fmt(v / p.shownPer)} ${r.unit}`;
      const limit = p.fell === "yes" ? (p.limit === 0 ? "比上年减少" : `减少超过 ${percent(p.limit)}`) : `增加超过 ${percent(p.limit)}`;
      return `${r.zh} ${shown(p.now)}，上年 ${shown(p.before)}，${changeZh(p.now, p.before)}（${limit}）`;
    },
    (p) => {
      const r = HISTORY_RESOURCES[p.field];
      const shown = (v: number) => `${fmt(v / p.shownPer)} ${r.unitEn}`;
      const limit = p.fell === "yes" ? (p.limit === 0 ? "less than last year" : `a fall of more than ${percent(p.limit)}`) : `a rise of more than ${percent(p.limit)}`;
      return `${r.en} ${shown(p.now)}, last year ${shown(p.before)}, ${changeEn(p.now, p.before)} (${limit})`;
    },
  ),
  "H-03": template<Params>(
    () => "上年数据中有这所学校，今年的登记表中没有：撤并、停办的请核实；漏填的请补进各表",
    () => "This school is in last year's data but not in this year's register: confirm a merger or closure, or add it to every sheet",
  ),
  "H-03.new": template<{ code: string }>(
    (p) => `今年新增的学校：上年数据中没有标识码「${p.code}」，也没有同名学校`,
    (p) => `A new school this year: last year's data has neither code “${p.code}” nor a school of that name`,
  ),
  "H-04": template<{ code: string; name: string; previousCode: string }>(
    (p) => `学校标识码「${p.code}」在上年数据中没有；已按学校名称与上年的「${p.name}」（${p.previousCode}）对应后比较`,
    (p) => `School code “${p.code}” is not in last year's data; compared with last year's “${p.name}” (${p.previousCode}) by name`,
  ),
  "H-05.none": template<Params>(
    () => "上年工作簿中没有均衡写出的「整改清单」或「考核自查」，没有可沿用的内容",
    () => "Last year's workbook has no 整改清单 or 考核自查 written by Junheng; nothing was carried over",
  ),
  "H-05.carried": template<{ rectification: number; checklist: number }>(
    (p) => `从上年工作簿沿用了 ${p.rectification} 项整改事项的状态或责任单位、${p.checklist} 项考核自查的手填内容，请逐项核对`,
    (p) => `Carried over from last year's workbook: the status or responsible unit of ${plural(p.rectification, "rectification item")} and the entries of ${plural(p.checklist, "checklist item")}; check each`,
  ),
  // Workbook structure (rules/structure.ts): `detail` is the workbook's own text (headers, sheet names, a cell).
  "W-01": template<{ sheetName: string; detail: string }>(
    (p) => `工作表「${p.sheetName}」中这些列不认识，已忽略：${p.detail}`,
    (p) => `Sheet 「${p.sheetName}」 has columns Junheng does not know, ignored: ${p.detail}`,
  ),
  "W-02": template<{ sheetName: string; detail: string }>(
    (p) => `工作表「${p.sheetName}」看起来是「${p.detail}」，但找不到「学校标识码」或「学校名称」表头，整张表未读取`,
    (p) => `Sheet 「${p.sheetName}」 looks like 「${p.detail}」, but has no 学校标识码 or 学校名称 header; the sheet was not read`,
  ),
  "W-03": template<{ sheetName: string; detail: string }>(
    (p) => `工作表「${p.sheetName}」与另一张表重复，未读取：${p.detail}`,
    (p) => `Sheet 「${p.sheetName}」 repeats another sheet and was not read: ${p.detail}`,
  ),
  "W-04": template<{ sheetName: string; detail: string }>(
    (p) => `工作表「${p.sheetName}」中的列重复：${p.detail}`,
    (p) => `Sheet 「${p.sheetName}」 has repeated columns: ${p.detail}`,
  ),
  "W-05": template<{ sheetName: string; row: string; detail: string }>(
    (p) => `工作表「${p.sheetName}」${p.row ? `第 ${p.row} 行` : ""}是「${p.detail}」行，不是学校数据，已跳过`,
    (p) => `Sheet 「${p.sheetName}」${p.row ? `, row ${p.row},` : ""} is a 「${p.detail}」 row, not a school's data; skipped`,
  ),
  "W-06": template<{ sheetName: string; range: string; rows: number; detail: string }>(
    (p) => `工作表「${p.sheetName}」的 ${p.range} 是合并单元格，跨 ${p.rows} 行数据，每一行都按「${p.detail}」读取；请取消合并，逐行填写`,
    (p) => `On sheet 「${p.sheetName}」, ${p.range} is a merged cell across ${p.rows} data rows, each read as “${p.detail}”; unmerge it and fill in every row`,
  ),
  "W-07": template<{ sheetName: string; detail: string }>(
    (p) => `工作表「${p.sheetName}」${p.detail === p.sheetName ? "" : `（${p.detail}）`}只有表头，下面没有任何数据行，这张表的数据全部缺失`,
    (p) => `Sheet 「${p.sheetName}」${p.detail === p.sheetName ? "" : ` (${p.detail})`} has headers but no data rows; all its data is missing`,
  ),
  // Data hygiene (rules/hygiene.ts). Column names are the register's headers and stay as in the workbook;
  // values are shown as the cell has them (units included).
  "D01": template<{ column: string; text: string; kind: "number" | "code" | "other" }>(
    (p) => `「${p.column}」填写了「${p.text}」，${p.kind === "number" ? "不能识别为数字" : p.kind === "code" ? "不能识别为学校标识码" : "无法识别"}`,
    (p) => `「${p.column}」 holds “${p.text}”, which cannot be read ${p.kind === "number" ? "as a number" : p.kind === "code" ? "as a school code" : "at all"}`,
  ),
  "D02": template<{ column: string; text: string; value: string }>(
    (p) => `「${p.column}」填写了「${p.text}」，写法不规范${p.value === "" ? "" : `，已按 ${p.value} 读取`}`,
    (p) => `「${p.column}」 holds “${p.text}”, an untidy way to write a number${p.value === "" ? "" : `; read as ${p.value}`}`,
  ),
  "D03": template<{ column: string; text: string }>(
    (p) => `「${p.column}」填写了「${p.text}」，已按 0 读取，请改填 0`,
    (p) => `「${p.column}」 holds “${p.text}”, read as 0; please type 0`,
  ),
  "D06": template<{ column: string; text: string }>(
    (p) => `「${p.column}」是 Excel 错误值「${p.text}」，没有可用的数据`,
    (p) => `「${p.column}」 is the Excel error “${p.text}”, no usable data`,
  ),
  "D09": template<{ column: string; text: string; values: string }>(
    (p) => `「${p.column}」填写了「${p.text}」，不是规定的选项，只能填：${p.values}`,
    (p) => `「${p.column}」 holds “${p.text}”, which is not one of the allowed values: ${p.values}`,
  ),
  "D04": template<{ column: string; value: string }>(
    (p) => `「${p.column}」为 ${p.value}，不能是负数`,
    (p) => `「${p.column}」 is ${p.value}; it cannot be negative`,
  ),
  "D05": template<{ column: string; value: string }>(
    (p) => `「${p.column}」为 ${p.value}，应当是整数`,
    (p) => `「${p.column}」 is ${p.value}; it should be a whole number`,
  ),
  "D07.column": template<{ sheetName: string; column: string }>(
    (p) => `工作表「${p.sheetName}」缺少必填列「${p.column}」，这一列的数据无法核对`,
    (p) => `Sheet 「${p.sheetName}」 lacks the required column 「${p.column}」; its data cannot be checked`,
  ),
  "D07.cell": template<{ column: string }>(
    (p) => `「${p.column}」未填写，这是必填项`,
    (p) => `「${p.column}」 is empty; it is required`,
  ),
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
  // 基础基111
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
  "111-03": template<{ name: string; count: number; codes: string }>(
    (p) => `学校名称「${p.name}」对应 ${p.count} 个标识码：${p.codes.split(",").join("、")}`,
    (p) => `The school name “${p.name}” has ${p.count} school codes: ${p.codes.split(",").join(", ")}`,
  ),
  "111-04": template<Params>(
    () => "「城乡分类」未填写，应填城区、镇区或乡村",
    () => "The urban–rural category (城乡分类) is empty; it should be 城区, 镇区 or 乡村",
  ),
  // 基础基212
  "212-01.classes": template<{ stage: string; classes: number; total: string }>(
    (p) => `${stageZh(p.stage)}有 ${fmt(p.classes)} 个班，但在校生合计${zeroZh(p.total)}`,
    (p) => `${stageEn(p.stage)} has ${plural(p.classes, "class", "classes")}, but the student total ${zeroEn(p.total)}`,
  ),
  "212-01.students": template<{ stage: string; students: number; classes: string }>(
    (p) => `${stageZh(p.stage)}有在校生 ${fmt(p.students)} 人，但班数${zeroZh(p.classes)}`,
    (p) => `${stageEn(p.stage)} has ${plural(p.students, "student")}, but the number of classes ${zeroEn(p.classes)}`,
  ),
  "212-02": template<{ stage: string; sum: number; total: number }>(
    (p) => `${stageZh(p.stage)}各班额分组班数之和 ${fmt(p.sum)} 与班数 ${fmt(p.total)} 不相等`,
    (p) => `${stageEn(p.stage)}: the classes by class size add up to ${fmt(p.sum)}, not to the number of classes ${fmt(p.total)}`,
  ),
  "212-03": template<{ stage: string; total: number; min: number; max: number | "" }>(
    (p) => `${stageZh(p.stage)}在校生合计 ${fmt(p.total)} 人，按班额分组应${p.max === "" ? `不少于 ${fmt(p.min)} 人` : `在 ${fmt(p.min)}–${fmt(p.max)} 人之间`}`,
    (p) => `${stageEn(p.stage)} has ${plural(p.total, "student")}; its classes by size allow ${p.max === "" ? `at least ${fmt(p.min)}` : `${fmt(p.min)}–${fmt(p.max)}`}`,
  ),
  "212-band": template<{ stage: string; count: number; band: string; kind: "large" | "huge" }>(
    (p) => `${stageZh(p.stage)}有 ${fmt(p.count)} 个 ${p.band} 的${p.kind === "large" ? "大" : "超大"}班额班级`,
    (p) => `${stageEn(p.stage)} has ${plural(p.count, `${p.kind} class`, `${p.kind} classes`)} of ${p.band.replace("人及以上", " or more").replace("人", "")} students`,
  ),
  "212-06.has": template<{ type: string; stage: string; total: number }>(
    (p) => `办学类型为${p.type}，但填有${stageZh(p.stage)}在校生 ${fmt(p.total)} 人`,
    (p) => `The school type is ${p.type}, but it has ${plural(p.total, `${stageEn(p.stage).toLowerCase()} student`)}`,
  ),
  "212-06.none": template<{ type: string; stage: string }>(
    (p) => `办学类型为${p.type}，但${stageZh(p.stage)}在校生为 0`,
    (p) => `The school type is ${p.type}, but it has no ${stageEn(p.stage).toLowerCase()} students`,
  ),
  // 基础基312, 313
  "312-01": template<{ stage: string; sum: number; total: number }>(
    (p) => `${stageZh(p.stage)}各年级人数之和 ${fmt(p.sum)} 与合计 ${fmt(p.total)} 不相等`,
    (p) => `${stageEn(p.stage)}: the grades add up to ${fmt(p.sum)}, not to the total ${fmt(p.total)}`,
  ),
  "312-02": template<{ stage: string; part: "female" | "minority"; count: number; total: number }>(
    (p) => `${stageZh(p.stage)}${p.part === "female" ? "其中女生" : "其中少数民族"} ${fmt(p.count)} 人多于在校生合计 ${fmt(p.total)} 人`,
    (p) => `${stageEn(p.stage)}: ${p.part === "female" ? "girls" : "ethnic-minority students"} ${fmt(p.count)} exceed the student total ${fmt(p.total)}`,
  ),
  "312-pair": template<{ stage: string; pair: "entrants" | "graduates"; a: number; b: number }>(
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
  ),
  // 基础基422
  "422-01": template<{ teachers: number; staff: number }>(
    (p) => `小学与初中专任教师合计 ${fmt(p.teachers)} 人多于教职工数 ${fmt(p.staff)} 人`,
    (p) => `Full-time teachers of primary and junior secondary, ${fmt(p.teachers)}, exceed the staff total ${fmt(p.staff)}`,
  ),
  "422-breakdown": template<{ stage: string; by: "qualification" | "title"; sum: number; total: number }>(
    (p) => `${stageZh(p.stage)}专任教师按${p.by === "qualification" ? "学历" : "职称"}分列之和 ${fmt(p.sum)} 与专任教师数 ${fmt(p.total)} 不相等`,
    (p) => `${stageEn(p.stage)}: full-time teachers by ${p.by} add up to ${fmt(p.sum)}, not to the ${fmt(p.total)} full-time teachers`,
  ),
  "422-04": template<{ stage: string; field: string; count: number; teachers: number }>(
    (p) => `${labelZh("staff", p.field as FieldId)} ${fmt(p.count)} 人多于${stageZh(p.stage)}专任教师 ${fmt(p.teachers)} 人`,
    (p) => {
      const what = p.field.endsWith("keyTeachers") ? "key teachers" : p.field.endsWith("peTeachers") ? "PE teachers" : "arts teachers";
      return `${stageEn(p.stage)} ${what} ${fmt(p.count)} exceed its ${fmt(p.teachers)} full-time teachers`;
    },
  ),
  "422-05": template<{ stage: string; students: number; teachers: string }>(
    (p) => `${stageZh(p.stage)}有在校生 ${fmt(p.students)} 人，但${stageZh(p.stage)}专任教师${zeroZh(p.teachers)}`,
    (p) => `${stageEn(p.stage)} has ${plural(p.students, "student")}, but its full-time teachers ${zeroEn(p.teachers)}`,
  ),
  // 基础基512
  "512-01": template<{ sum: number; total: number }>(
    (p) => `教学及辅助用房各项之和 ${areaZh(p.sum)} 与合计 ${areaZh(p.total)} 不相等`,
    (p) => `The teaching rooms add up to ${areaEn(p.sum)}, not to their total ${areaEn(p.total)}`,
  ),
  "512-02": template<{ sum: number; total: number }>(
    (p) => `教学及辅助用房、行政办公用房、生活用房、其他用房之和 ${areaZh(p.sum)} 与校舍建筑面积合计 ${areaZh(p.total)} 不相等`,
    (p) => `Teaching, office, living and other rooms add up to ${areaEn(p.sum)}, not to the total building area ${areaEn(p.total)}`,
  ),
  "512-03.over": template<{ dangerous: number; total: number }>(
    (p) => `其中危房 ${areaZh(p.dangerous)} 大于校舍建筑面积合计 ${areaZh(p.total)}`,
    (p) => `Unsafe buildings ${areaEn(p.dangerous)} exceed the total building area ${areaEn(p.total)}`,
  ),
  "512-03.some": template<{ dangerous: number }>(
    (p) => `有危房 ${areaZh(p.dangerous)}，不符合“无 D 级危房”的底线要求`,
    (p) => `${areaEn(p.dangerous)} of unsafe buildings, against the baseline of no grade-D unsafe buildings`,
  ),
  "512-04": template<{ students: number; area: string }>(
    (p) => `学校有在校生 ${fmt(p.students)} 人，但校舍建筑面积合计${zeroZh(p.area)}`,
    (p) => `The school has ${plural(p.students, "student")}, but its total building area ${zeroEn(p.area)}`,
  ),
  // 基础基522
  "522-01": template<{ fields: string; parts: number; site: number }>(
    (p) => {
      const filled = fieldsOf(p.fields);
      return `${filled.map((f) => labelZh("facilities", f)).join("与")}${filled.length > 1 ? "之和" : ""} ${areaZh(p.parts)} 大于占地面积 ${areaZh(p.site)}`;
    },
    (p) => {
      const filled = fieldsOf(p.fields);
      return `${filled.map((f) => labelEn("facilities", f)).join(" and ")}${filled.length > 1 ? " together" : ""}, ${areaEn(p.parts)}, exceed the site area ${areaEn(p.site)}`;
    },
  ),
  "522-02": template<{ teaching: number; all: number }>(
    (p) => `其中教学用计算机 ${fmt(p.teaching)} 台多于计算机 ${fmt(p.all)} 台`,
    (p) => `Teaching computers ${fmt(p.teaching)} exceed all computers ${fmt(p.all)}`,
  ),
  "522-03": template<{ students: number; fields: string }>(
    (p) => `学校有在校生 ${fmt(p.students)} 人，但${fieldsOf(p.fields).map((f) => labelZh("facilities", f)).join("、")}为 0`,
    (p) => `The school has ${plural(p.students, "student")}, but its ${fieldsOf(p.fields).map((f) => labelEn("facilities", f)).join(", ")} ${fieldsOf(p.fields).length > 1 ? "are" : "is"} 0`,
  ),
  // Across sheets
  "X-01.noSheet": template<{ sheet: string; sheetName: string; table: string }>(
    (p) => `工作簿中没有「${p.sheetName}」工作表，无法核对各学校的${p.table}数据`,
    (p) => `The workbook has no 「${p.sheetName}」 sheet, so the schools' ${SHEET_EN[p.sheet as SheetId] ?? p.table} data cannot be checked`,
  ),
  "X-01.notInSchools": template<{ code: string }>(
    (p) => `学校标识码「${p.code}」不在「学校基本情况」中`,
    (p) => `School code “${p.code}” is not on 学校基本情况`,
  ),
  "X-01.noData": template<{ code: string; sheetName: string }>(
    (p) => `学校标识码「${p.code}」的学校在「${p.sheetName}」中没有数据`,
    (p) => `The school with code “${p.code}” has no data on 「${p.sheetName}」`,
  ),
  "X-01.noSchools": template<Params>(
    () => "工作簿中没有「学校基本情况」工作表，无法核对各表的学校是否一致",
    () => "The workbook has no 「学校基本情况」 sheet, so the schools on the other sheets cannot be matched",
  ),
  "X-02": template<{ code: string; name: string; official: string }>(
    (p) => `学校标识码「${p.code}」在本表的校名是「${p.name}」，在「学校基本情况」中是「${p.official}」`,
    (p) => `School code “${p.code}” is named “${p.name}” here but “${p.official}” on 学校基本情况`,
  ),
  // Villages
  "V-01": template<{ village: string; row: number; enrolledField: string; ageField: string; enrolled: number; age: number }>(
    (p) =>
      `${p.village === "" ? `第 ${p.row} 行的` : `村委会「${p.village}」的`}「${labelZh("villages", p.enrolledField as FieldId)}」${fmt(p.enrolled)} 人大于「${labelZh("villages", p.ageField as FieldId)}」${fmt(p.age)} 人，入学率超过 100%`,
    (p) =>
      `${p.village === "" ? `Row ${p.row}` : `Village “${p.village}”`}: ${labelEn("villages", p.enrolledField as FieldId)} ${fmt(p.enrolled)} exceed ${labelEn("villages", p.ageField as FieldId)} ${fmt(p.age)}, an enrolment rate above 100%`,
  ),
  "V-02": template<{ village: string; row: number; enrolled: number; disabled: number }>(
    (p) =>
      `${p.village === "" ? `第 ${p.row} 行的` : `村委会「${p.village}」的`}残疾儿童已入学合计 ${fmt(p.enrolled)} 人（随班就读、特教学校、送教上门），大于三类残疾适龄儿童少年合计 ${fmt(p.disabled)} 人`,
    (p) =>
      `${p.village === "" ? `Row ${p.row}` : `Village “${p.village}”`}: disabled children enrolled (regular classes, special schools, home teaching), ${fmt(p.enrolled)}, exceed the ${fmt(p.disabled)} disabled children of school age`,
  ),
};

export type MessageKey = keyof typeof MESSAGES;
type ParamsOf<K extends MessageKey> = Parameters<(typeof MESSAGES)[K]["zh"]>[0];

/** A sentence for a finding: the template, its parameters, and the Chinese rendering every finding keeps. */
export function say<K extends MessageKey>(key: K, params: ParamsOf<K>): Said {
  const render = MESSAGES[key].zh as unknown as (p: ParamsOf<K>) => string;
  return { text: key, params: params as FindingParams, message: render(params) };
}

/** A finding's sentence in `lang`: the template rendered again, or the Chinese sentence where it has none. */
export function findingMessage(finding: Pick<Finding, "message" | "params" | "text">, lang: Language): string {
  if (lang === "zh-CN" || finding.text === undefined) return finding.message;
  const t = (MESSAGES as unknown as Record<string, Template<Params> | undefined>)[finding.text];
  return t ? t.en(finding.params as Params) : finding.message;
}

/** Whether a sentence has an English template (the rest are Chinese in every language for now). */
export function hasTemplate(text: string | undefined): boolean {
  return text !== undefined && text in MESSAGES;
}
