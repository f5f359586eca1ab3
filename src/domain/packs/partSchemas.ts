/**
 * The parts of a rule pack (provenance, thresholds, targets, milestones, checklist items, year-on-year thresholds):
 * their zod schemas and types, apart from RulePackSchema so that the default checklist, history thresholds and
 * schedule — data typed by these parts — can be imported by schema.ts without an import circle.
 */
import { z } from "zod";

/** Where a number comes from: a policy document, another province's standard used for reference, or nothing yet. */
export const ProvenanceSchema = z.object({
  kind: z.enum(["official", "reference", "placeholder", "workbook"]),
  source: z.string().min(1),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const StageSchema = z.enum(["primary", "junior"]);
export const AreaSchema = z.enum(["城区", "镇区", "乡村"]);

export const IndicatorIdSchema = z.string().regex(/^(B[1-8]|Q[1-7]|S([1-9]|10))$/);

/** A school-standard threshold for one indicator and stage, optionally for one 城乡分类 only. */
export const ThresholdSchema = z.object({
  indicator: IndicatorIdSchema,
  stage: StageSchema,
  /** null: every 城乡分类. */
  area: AreaSchema.nullable(),
  /** null: a placeholder the user must fill; the indicator is then computed but not judged. */
  value: z.number().positive().nullable(),
  provenance: ProvenanceSchema,
});
export type Threshold = z.infer<typeof ThresholdSchema>;

export const SchoolPassSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("all") }),
  z.object({ mode: z.literal("atLeast"), count: z.number().int().positive(), floorRatio: z.number().min(0).max(1).nullable() }),
]);

export const TargetIdSchema = z.enum(["T1", "T2", "T3", "T4", "T5", "T6", "T7"]);

export const CoverageTargetSchema = z.object({
  id: TargetIdSchema,
  /** Rates are fractions (0.995); T6/T7 count classes. null: report only. */
  value: z.number().min(0).nullable(),
  /** T4/T5: the national control line; above it but within `value` is a warning. */
  controlLine: z.number().min(0).nullable(),
  provenance: ProvenanceSchema,
});
export type CoverageTarget = z.infer<typeof CoverageTargetSchema>;

/** One step of the yearly work plan (docs/method.md §1); its date is `due` in the register's statistical year. */
export const MilestoneSchema = z.object({
  id: z.string().regex(/^[a-z][a-zA-Z]*$/),
  work: z.string().min(1),
  /** Month and day, "07-25". */
  due: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  responsible: z.string().min(1),
  provenance: ProvenanceSchema,
});
export type Milestone = z.infer<typeof MilestoneSchema>;

/** Rectification defaults per indicator category (docs/method.md §8). */
export const RectificationDefaultSchema = z.object({
  category: z.enum(["building", "land", "green", "sports", "books", "equipment", "computers", "teachers", "staffing", "classes", "safety", "enrolment", "data"]),
  responsible: z.string().min(1),
  /** Text used when the deadline is not a milestone of the schedule (县级复评前). */
  deadline: z.string().min(1),
  /** The schedule's milestone whose date is the deadline, in the statistical year (7月25日 → 2017-07-25). */
  milestone: z.string().optional(),
  provenance: ProvenanceSchema,
});

/**
 * What a computed checklist item is judged on (docs/method.md §10); null: a manual item the user fills in 考核自查.
 * - target: one coverage target. An assessment item takes the township (乡) result, as the county assessment
 *   scores the township's rate; a veto fires on any village, school or the township past it.
 * - targets: several targets, each judged as above (the dropout veto covers 小学 T4 and 初中 T5).
 * - rule: findings of these rules (any one fails the item or fires the veto). `targets` are a fallback used only
 *   when no finding exists, because they count the same thing for the township (T6 sums the 212-05 classes).
 */
export const ChecklistBindingSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("target"), target: TargetIdSchema }),
    z.object({ type: z.literal("targets"), targets: z.array(TargetIdSchema).min(1) }),
    z.object({ type: z.literal("rule"), rules: z.array(z.string().min(1)).min(1), targets: z.array(TargetIdSchema).optional() }),
  ])
  .nullable();
export type ChecklistBinding = z.infer<typeof ChecklistBindingSchema>;

/** One assessment (考核指标) or veto (一票否决) item; vetoes carry no score. */
export const ChecklistItemSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]+$/),
  kind: z.enum(["assessment", "veto"]),
  title: z.string().min(1),
  binding: ChecklistBindingSchema,
  maxScore: z.number().positive().nullable(),
  provenance: ProvenanceSchema,
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/**
 * Year-on-year checks (docs/method.md §7, H-01 and H-02): how far a school's figures may move from last year's before
 * the change is worth a look. Shares of last year's figure.
 */
export const HistoryThresholdsSchema = z.object({
  /** H-01: students may rise or fall by up to this share (0.3 = ±30 %). */
  students: z.number().positive(),
  /** H-02: building area, land, books and equipment may fall by up to this share (0: any fall is reported). */
  resourceFall: z.number().min(0).max(1),
  /** H-02: and may rise by up to this share (0.5 = +50 %). */
  resourceRise: z.number().positive(),
  provenance: ProvenanceSchema,
});
export type HistoryThresholds = z.infer<typeof HistoryThresholdsSchema>;
