/**
 * Rule packs (docs/method.md §5): everything the evaluation judges against, as data validated at load time, with
 * the origin of every number. A pack is chosen by id or read from a JSON file, then the workbook's 标准参数
 * sheet may override any number in it.
 */
import { z } from "zod";
import {
  ChecklistItemSchema,
  CoverageTargetSchema,
  HistoryThresholdsSchema,
  IndicatorIdSchema,
  MilestoneSchema,
  ProvenanceSchema,
  RectificationDefaultSchema,
  SchoolPassSchema,
  ThresholdSchema,
} from "./partSchemas";
import { DEFAULT_CHECKLIST } from "./checklistItems";
import { DEFAULT_HISTORY } from "./historyThresholds";
import { PLAN_SCHEDULE } from "../calendar/schedule";

export * from "./partSchemas";

export const RulePackSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  year: z.number().int(),
  source: z.string().min(1),
  /** Indicators whose student-weighted difference coefficients are judged. */
  balanceIndicators: z.array(IndicatorIdSchema).min(1),
  /** Indicators every school is held to (表Ⅱ). */
  standardIndicators: z.array(IndicatorIdSchema),
  thresholds: z.array(ThresholdSchema),
  coefficient: z.object({
    /** composite: the mean of all CVs against the threshold; each: every CV against it. */
    mode: z.enum(["composite", "each"]),
    primary: z.number().positive(),
    junior: z.number().positive(),
    provenance: ProvenanceSchema,
  }),
  schoolPass: SchoolPassSchema,
  /** For the what-if: the standard indicator that sets the floor of a balance indicator (B5 → S6). */
  whatIfStandard: z.record(IndicatorIdSchema, IndicatorIdSchema),
  /** Per-student weights for splitting shared resources of mixed schools (1 : 1.1 : 1.32). */
  splitWeights: z.object({ primary: z.number().positive(), junior: z.number().positive(), senior: z.number().positive(), provenance: ProvenanceSchema }),
  scope: z.object({
    teachingPoints: z.discriminatedUnion("mode", [
      z.object({ mode: z.literal("exclude") }),
      z.object({ mode: z.literal("mergeIntoParent") }),
      z.object({ mode: z.literal("includeIfAtLeast"), students: z.number().int().positive() }),
    ]),
  }),
  formulas: z.object({
    teachingAreaExcludesGym: z.boolean(),
    computers: z.enum(["total", "teaching"]),
    teacherBase: z.enum(["fullTime", "allStaff"]),
  }),
  targets: z.array(CoverageTargetSchema),
  rectification: z.array(RectificationDefaultSchema),
  /** A pack file written before checklists existed gets the shipped items; `[]` turns the checklist off. */
  checklist: z.array(ChecklistItemSchema).default(() => DEFAULT_CHECKLIST.map((item) => ({ ...item }))),
  /** A pack file written before the year-on-year checks existed gets the shipped thresholds. */
  /** The yearly work plan; a pack file written before it existed gets the township plan's. */
  schedule: z.array(MilestoneSchema).default(() => PLAN_SCHEDULE.map((m) => ({ ...m, provenance: { ...m.provenance } }))),
  history: HistoryThresholdsSchema.default(() => ({ ...DEFAULT_HISTORY, provenance: { ...DEFAULT_HISTORY.provenance } })),
});
export type RulePack = z.infer<typeof RulePackSchema>;
