/**
 * The 标准参数 sheet's rule, P-01, with its sentences. The check itself is packs/readStandardsSheet, which runs
 * before the register is evaluated and says only these sentences. A parameter is named by its key as params
 * (`code`, `stage`, `area`): the indicator code and 城乡分类 are the sheet's own words and stay Chinese, the
 * stage is rendered in the language.
 */
import { template } from "./texts";
import type { RuleInfo } from "./types";

/** The stages a parameter can have (packs/standardsTable ParamStage); "" is 不分学段. */
const STAGE_ZH: Readonly<Record<string, string>> = { primary: "小学", junior: "初中", senior: "高中" };
const STAGE_EN: Readonly<Record<string, string>> = { primary: "primary", junior: "junior secondary", senior: "senior secondary" };

type KeyParams = {
  readonly code: string;
  readonly stage: string;
  readonly area: string;
};
const labelZh = (p: KeyParams) => [p.code, STAGE_ZH[p.stage], p.area].filter(Boolean).join(" ");
const labelEn = (p: KeyParams) => [p.code, STAGE_EN[p.stage], p.area].filter(Boolean).join(" ");

/** A 标准值 as the messages show it: 12 digits, or empty (not judged). */
const valueZh = (value: number | "") => (value === "" ? "空（不判定）" : String(Number(value.toPrecision(12))));
const valueEn = (value: number | "") => (value === "" ? "empty (not judged)" : valueZh(value));

/** The keys a code has in the pack (`primary/,junior/乡村`), for a row naming one it does not have. */
const keysZh = (has: string) =>
  has === "" ? "小学、初中" : has.split(",").map((k) => k.split("/")).map(([stage, area]) => [STAGE_ZH[stage] ?? "不分学段", area].filter(Boolean).join(" ")).join("、");
const keysEn = (has: string) =>
  has === "" ? "primary, junior secondary" : has.split(",").map((k) => k.split("/")).map(([stage, area]) => [STAGE_EN[stage] ?? "all stages", area].filter(Boolean).join(" ")).join(", ");

/** Why a 标准值 cannot be used (packs/readStandardsSheet readValue). `value` is the number read, for over1. */
export type ValueProblem = "empty" | "zeroWord" | "notNumber" | "negative" | "notPositive" | "over1" | "notInteger";
type ValueParams = KeyParams & {
  readonly problem: ValueProblem;
  readonly shown: string;
  readonly nullable: "yes" | "no";
  readonly value: number | "";
  readonly current: number | "";
};
function problemZh(p: ValueParams): string {
  const leaveEmpty = p.nullable === "yes" ? "；这一项不判定请留空" : "";
  const v = typeof p.value === "number" ? p.value : 0;
  return {
    empty: "不能留空",
    zeroWord: `填了「${p.shown}」，不是数字${leaveEmpty}`,
    notNumber: `填了「${p.shown}」，不是数字`,
    negative: `填了「${p.shown}」，不能为负数`,
    notPositive: `填了「${p.shown}」，必须大于 0${leaveEmpty}`,
    over1: `填了「${p.shown}」，比例不能大于 1（100%）；${valueZh(v)}% 请填 ${valueZh(v / 100)} 或 ${valueZh(v)}%`,
    notInteger: `填了「${p.shown}」，班数必须是整数`,
  }[p.problem];
}
function problemEn(p: ValueParams): string {
  const leaveEmpty = p.nullable === "yes" ? "; leave it empty not to judge this item" : "";
  const v = typeof p.value === "number" ? p.value : 0;
  return {
    empty: "cannot be empty",
    zeroWord: `“${p.shown}” is not a number${leaveEmpty}`,
    notNumber: `“${p.shown}” is not a number`,
    negative: `“${p.shown}” cannot be negative`,
    notPositive: `“${p.shown}” must be greater than 0${leaveEmpty}`,
    over1: `“${p.shown}” is above 1 (100%), which a share cannot be; for ${valueEn(v)}% type ${valueEn(v / 100)} or ${valueEn(v)}%`,
    notInteger: `“${p.shown}” is not a whole number, which a number of classes must be`,
  }[p.problem];
}

/** Where the unusable cell is: every P-01 sentence starts with it. */
type At = {
  readonly sheetName: string;
  readonly cell: string;
};
const atZh = (p: At) => `「${p.sheetName}」${p.cell}：`;
const atEn = (p: At) => `「${p.sheetName}」${p.cell}: `;

export const P01 = {
  id: "P-01",
  severity: "error",
  table: "标准参数",
  title: "标准参数表中的参数无法使用",
  explanation:
    "「标准参数」表里的数会替换规则包的默认标准，用来判断每所学校是否达标、差异系数是否合格。某一行的指标代码、学段、城乡分类不认识，" +
    "或者标准值不是一个合理的数，这一行就不会生效，仍按规则包原来的值审核。标准值留空表示这一项不判定。",
  example: "「S6」「小学」的标准值填了「约30册」；学段填了「小学一年级」；指标代码填了「S11」；比例填了「98」而不是 0.98 或 98%。",
  fix: "按表头说明改正这一格：标准值只填数字（比例可填 0.98 或 98%），学段填 小学、初中（拆分权重可填 高中），城乡分类填 城区、镇区、乡村 或留空；删除整行则这一项恢复为规则包的默认值。",
  en: {
    title: "A parameter of the standards sheet cannot be used",
    explanation:
      "The values of the 「标准参数」 (standards sheet) replace the rule pack's default standards, which judge whether each school meets the standard and whether the difference coefficients pass. If a row's indicator code, stage or urban–rural category is not known, or its value is not a sensible number, the row does not take effect and the rule pack's own value is used. An empty value means the item is not judged.",
    example: "The value for S6, 「小学」 reads 「约30册」 (about 30 books); the stage reads 「小学一年级」 (primary grade 1); the indicator code reads S11; a ratio reads 98 instead of 0.98 or 98%.",
    fix: "Correct the cell as the header explains: values are numbers only (ratios as 0.98 or 98%); the stage is 「小学」 or 「初中」 (「高中」 too for the split weights); the urban–rural category is 「城区」, 「镇区」, 「乡村」 or empty. Deleting the whole row puts the item back to the rule pack's default.",
  },
  texts: {
    "P-01.noHeader": template<At & { pack: string }>(
      (p) => `${atZh(p)}找不到表头（需要“指标代码”和“标准值”两列），整张表未使用，按规则包 ${p.pack} 的默认值审核。`,
      (p) => `${atEn(p)}no header found (the columns 指标代码 and 标准值 are needed); the sheet is not used and the defaults of pack ${p.pack} apply.`,
    ),
    "P-01.otherPack": template<At & { marked: string; pack: string }>(
      (p) =>
        `${atZh(p)}本表是按规则包 ${p.marked} 生成的，本次审核使用规则包 ${p.pack}，两者的参数含义不同，整张表未使用。` +
        `请改用规则包 ${p.marked} 审核，或删除本表后重新生成。`,
      (p) =>
        `${atEn(p)}this sheet was made for pack ${p.marked}, but this check uses pack ${p.pack}; their parameters differ, so the sheet is not used. ` +
        `Check with pack ${p.marked}, or delete the sheet and have it made again.`,
    ),
    "P-01.noCode": template<At & { value: string }>(
      (p) => `${atZh(p)}这一行有标准值「${p.value}」但没有指标代码，本行未使用。`,
      (p) => `${atEn(p)}this row has the value “${p.value}” but no indicator code (指标代码); the row is not used.`,
    ),
    "P-01.stage": template<At & { text: string }>(
      (p) => `${atZh(p)}学段「${p.text}」无法识别，应为 小学、初中（拆分权重还可填 高中）；本行未使用。`,
      (p) => `${atEn(p)}the stage (学段) “${p.text}” is not known; it should be 小学 or 初中 (or 高中 for the split weights); the row is not used.`,
    ),
    "P-01.area": template<At & { text: string }>(
      (p) => `${atZh(p)}城乡分类「${p.text}」无法识别，应为 城区、镇区、乡村，或留空表示全部；本行未使用。`,
      (p) => `${atEn(p)}the urban–rural category (城乡分类) “${p.text}” is not known; it should be 城区, 镇区 or 乡村, or empty for all; the row is not used.`,
    ),
    "P-01.notSettable": template<At & KeyParams & { has: string }>(
      (p) => `${atZh(p)}「${labelZh(p)}」不是可设置的参数（${p.code} 只有：${keysZh(p.has)}）；本行未使用。`,
      (p) => `${atEn(p)}“${labelEn(p)}” is not a parameter that can be set (${p.code} has only: ${keysEn(p.has)}); the row is not used.`,
    ),
    "P-01.unknownCode": template<At & { text: string; pack: string }>(
      (p) => `${atZh(p)}指标代码「${p.text}」不是规则包 ${p.pack} 的参数；本行未使用。`,
      (p) => `${atEn(p)}the indicator code “${p.text}” is not a parameter of pack ${p.pack}; the row is not used.`,
    ),
    "P-01.repeated": template<At & KeyParams & { row: number }>(
      (p) => `${atZh(p)}「${labelZh(p)}」与第 ${p.row} 行重复，本行未使用。`,
      (p) => `${atEn(p)}“${labelEn(p)}” repeats row ${p.row}; this row is not used.`,
    ),
    "P-01.value": template<At & ValueParams>(
      (p) => `${atZh(p)}「${labelZh(p)}」的标准值${problemZh(p)}；仍按规则包的 ${valueZh(p.current)} 审核。`,
      (p) => `${atEn(p)}the value of “${labelEn(p)}”: ${problemEn(p)}; the pack's ${valueEn(p.current)} still applies.`,
    ),
  },
} satisfies RuleInfo;

export const STANDARDS_SHEET_RULES_INFO: readonly RuleInfo[] = [P01];
