/**
 * The practice answer key as a file for trainers (`练习登记表.答案.json`), with Chinese labels, and reading it
 * back for scoring. The file is written beside the workbook, never into it.
 *
 * Version 2 (版本: 2) adds 改动 to every error: each changed cell with its original and planted value, which
 * scoring compares against; 级别 and 规则族 are for the trainer. Version 1 files (no 版本) are still read.
 */
import { z } from "zod";
import { InputError } from "../errors";
import { SEVERITY_LABEL, type Severity } from "../findings";
import type { RegisterRecords } from "../layout/registerLayout";
import { familyOfRule, PRACTICE_LEVELS } from "./levels";
import type { PracticeKey } from "./practiceRegister";

export const PRACTICE_KEY_NOTICE = "练习登记表的答案：培训老师自留，请勿发给学员。";
export const PRACTICE_KEY_VERSION = 2;

const SEVERITY_BY_LABEL = Object.fromEntries(Object.entries(SEVERITY_LABEL).map(([s, label]) => [label, s])) as Record<string, Severity>;

const ValueSchema = z.union([z.null(), z.number(), z.string(), z.object({ error: z.string() })]);

const ChangeSchema = z.object({ 单元格: z.string(), 原值: ValueSchema, 埋入值: ValueSchema });

const EntrySchema = z.object({
  规则: z.string(),
  规则族: z.string().optional(),
  级别: z.enum(["错误", "警告", "提示"]),
  学校标识码: z.string().nullable(),
  学校名称: z.string().nullable().optional(),
  工作表: z.string(),
  单元格: z.array(z.string()),
  改动说明: z.string(),
  改动: z.array(ChangeSchema).optional(),
});

export const PracticeKeyFileSchema = z.object({
  说明: z.string().optional(),
  版本: z.number().int().optional(),
  种子: z.number().int(),
  难度: z.string().optional(),
  /** Last year's register beside the practice file (综合): scoring compares with it (`--previous` when checking). */
  上年数据: z.string().optional(),
  错误数: z.number().int().nonnegative(),
  错误: z.array(EntrySchema),
});

export type PracticeKeyFile = z.infer<typeof PracticeKeyFileSchema>;

/** The key as written to disk; `schoolNames` adds each school's name for the trainer's convenience. */
export function practiceKeyFile(key: PracticeKey, schoolNames: ReadonlyMap<string, string> = new Map()): PracticeKeyFile {
  const level = PRACTICE_LEVELS.find((l) => l.id === key.level);
  return {
    说明: PRACTICE_KEY_NOTICE,
    版本: PRACTICE_KEY_VERSION,
    种子: key.seed,
    ...(level ? { 难度: level.label } : {}),
    ...(key.previousYear ? { 上年数据: key.previousYear } : {}),
    错误数: key.errors.length,
    错误: key.errors.map((e) => ({
      规则: e.rule,
      规则族: familyOfRule(e.rule)?.label ?? "其他",
      级别: SEVERITY_LABEL[e.severity] as "错误" | "警告" | "提示",
      学校标识码: e.schoolId,
      学校名称: e.schoolId === null ? null : (schoolNames.get(e.schoolId) ?? null),
      工作表: e.sheet,
      单元格: [...e.cells],
      改动说明: e.description,
      改动: (e.changes ?? []).map((c) => ({ 单元格: c.cell, 原值: c.original, 埋入值: c.planted })),
    })),
  };
}

/** The key file of a practice register, naming each school as the register does. */
export function practiceKeyFileOf(records: RegisterRecords, key: PracticeKey): PracticeKeyFile {
  return practiceKeyFile(key, new Map((records.sheets.schools ?? []).map((s) => [String(s.code), String(s.name)])));
}

/** Reads a key file written by practiceKeyFile (any version); an InputError names what is wrong with it. */
export function parsePracticeKeyFile(text: string, name = "答案文件"): PracticeKey {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`「${name}」不是有效的 JSON 文件。`);
  }
  const parsed = PracticeKeyFileSchema.safeParse(json);
  if (!parsed.success) throw new InputError(`「${name}」不是 junheng 写出的练习答案文件。`);
  if ((parsed.data.版本 ?? 1) > PRACTICE_KEY_VERSION) throw new InputError(`「${name}」是新版 junheng 写出的答案文件（版本 ${parsed.data.版本}），请升级 junheng 后再评分。`);
  const level = PRACTICE_LEVELS.find((l) => l.label === parsed.data.难度)?.id;
  return {
    seed: parsed.data.种子,
    ...(level ? { level } : {}),
    ...(parsed.data.上年数据 ? { previousYear: parsed.data.上年数据 } : {}),
    errors: parsed.data.错误.map((e) => ({
      rule: e.规则,
      severity: SEVERITY_BY_LABEL[e.级别],
      schoolId: e.学校标识码,
      sheet: e.工作表,
      cells: e.单元格,
      description: e.改动说明,
      ...(e.改动 && e.改动.length > 0 ? { changes: e.改动.map((c) => ({ cell: c.单元格, original: c.原值, planted: c.埋入值 })) } : {}),
    })),
  };
}
