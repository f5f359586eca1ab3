/**
 * The JSON result, version 1 (workbook.md §4). The zod schema is the contract: results are parsed with it
 * before they are written, and its inferred type is the type of the result.
 */
import { z } from "zod";
import type { CheckRun } from "./check";

const nullableNumber = z.number().finite().nullable();
const stage = z.enum(["primary", "junior"]);

export const FindingJsonSchema = z.object({
  rule: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  schoolId: z.string().nullable(),
  schoolName: z.string().nullable(),
  sheet: z.string().nullable(),
  cells: z.array(z.string()),
  message: z.string(),
  explained: z.boolean(),
});

export const UnitJsonSchema = z.object({
  schoolId: z.string(),
  name: z.string(),
  stage,
  students: z.number(),
  excluded: z.string().nullable(),
  indicators: z.record(z.string(), nullableNumber),
  thresholds: z.record(z.string(), nullableNumber),
  below: z.array(z.string()),
  passed: z.boolean().nullable(),
});

export const StageBalanceJsonSchema = z.object({
  units: z.number().int(),
  mean: z.record(z.string(), nullableNumber),
  cv: z.record(z.string(), nullableNumber),
  composite: nullableNumber,
  threshold: nullableNumber,
  passed: z.boolean().nullable(),
  whatIfComposite: nullableNumber.optional(),
});

export const ResultJsonSchema = z.object({
  version: z.literal(1),
  pack: z.string(),
  input: z.string(),
  meta: z.record(z.string(), z.string()),
  summary: z.object({
    schools: z.number().int(),
    units: z.number().int(),
    error: z.number().int(),
    warning: z.number().int(),
    info: z.number().int(),
  }),
  findings: z.array(FindingJsonSchema),
  units: z.array(UnitJsonSchema),
  /** null until the evaluation has run. */
  balance: z.object({ primary: StageBalanceJsonSchema, junior: StageBalanceJsonSchema }).nullable(),
  targets: z.array(z.object({ id: z.string(), scope: z.string(), value: nullableNumber, target: nullableNumber, passed: z.boolean().nullable() })),
  rectification: z.array(
    z.object({
      schoolId: z.string(),
      stage,
      indicator: z.string(),
      current: nullableNumber,
      standard: nullableNumber,
      gap: nullableNumber,
      unit: z.string(),
      action: z.string(),
      responsible: z.string(),
      deadline: z.string(),
      status: z.string(),
    }),
  ),
});

export type ResultJson = z.infer<typeof ResultJsonSchema>;

/** The default rule pack; the evaluation makes it selectable. */
export const DEFAULT_PACK_ID = "yunnan-2016-basic";

export function checkResultJson(run: CheckRun, inputName: string): ResultJson {
  return ResultJsonSchema.parse({
    version: 1,
    pack: DEFAULT_PACK_ID,
    input: inputName,
    meta: run.meta,
    summary: run.summary,
    findings: run.findings,
    units: [],
    balance: null,
    targets: [],
    rectification: [],
  });
}
