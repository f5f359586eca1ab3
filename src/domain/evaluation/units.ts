/**
 * Evaluation units (docs/method.md §2): one per school and stage, with the scope exclusions, the pack's handling
 * of teaching points, and the split of shared resources of mixed schools. Every exclusion, merge and split is
 * reported, so nobody leaves the coefficients silently.
 */
import type { Finding, Said } from "../findings";
import { STAGE_LABEL, STAGES, stagesOfType, URBAN_RURAL, type UrbanRural } from "../fields/dictionary";
import type { SheetId, StageId } from "../fields/types";
import { numberOf, textOf, type Register, type RegisterRow } from "../register";
import { buildContext, rowFinding, type CheckContext, type SchoolRows } from "../rules/context";
import { stageField } from "../rules/stageHelpers";
import type { RulePack } from "../packs/schema";
import { splitShares } from "./coefficient";
import { M01, M02, M03 } from "../rules/methodRules";
import { addQuantities, scaleQuantity } from "./quantity";
import { schoolResources, SCHOOL_RESOURCES, SHARED_RESOURCES, STAGE_RESOURCES, type ResourceKey, type Resources } from "./resources";
import type { FieldId } from "../fields/types";
import { say } from "../rules/texts";

export interface EvaluationUnit {
  /** `学校标识码:stage`. */
  readonly id: string;
  readonly schoolId: string;
  readonly name: string;
  readonly stage: StageId;
  readonly schoolType: string | null;
  readonly area: UrbanRural | null;
  readonly village: string | null;
  /** Why the unit is not counted in the coefficients, or null when it is. */
  readonly excluded: string | null;
  /** The unit's share of the school's shared facility resources (1 unless the school is split). */
  readonly share: number;
  /** Shared resources already split; teaching points merged into it already added. */
  readonly resources: Resources;
  /** Students P of the unit (0 when not given). */
  readonly students: number;
  /** Codes of teaching points merged into this unit. */
  readonly mergedPoints: readonly string[];
}

const MIXED_TYPES = new Set(["九年一贯制学校", "完全中学", "十二年一贯制学校"]);

function scopeExclusion(row: RegisterRow): string | null {
  const sponsor = textOf(row, "sponsor");
  const type = textOf(row, "type");
  if (sponsor === "民办") return "民办学校不参加评估";
  if (sponsor === "其他政府部门" || sponsor === "其他") return "非县级政府举办的学校不参加评估";
  if (type === "特殊教育学校") return "特殊教育学校不参加评估";
  return null;
}

function isTeachingPoint(row: RegisterRow): boolean {
  return textOf(row, "type") === "小学教学点" || textOf(row, "countsAsSchool") === "否";
}

function stagesOf(school: SchoolRows, type: string | null): readonly StageId[] {
  const byType = stagesOfType(type);
  if (byType) return byType;
  return STAGES.map((s) => s.id).filter((stage) => (numberOf(school.rows.students, stageField(stage, "total")) ?? 0) > 0);
}

function shareOf(school: SchoolRows, pack: RulePack, type: string | null, stage: StageId): number {
  if (!type || !MIXED_TYPES.has(type)) return 1;
  const students = (field: FieldId) => Math.max(0, numberOf(school.rows.students, field) ?? 0);
  const shares = splitShares(
    { primary: students("primary.total"), junior: students("junior.total"), senior: students("senior.students") },
    pack.splitWeights,
  );
  return shares[stage];
}

function splitResources(resources: Resources, share: number): Resources {
  if (share === 1) return resources;
  const out = { ...resources } as Record<ResourceKey, Resources[ResourceKey]>;
  for (const key of SHARED_RESOURCES) out[key] = scaleQuantity(resources[key], share);
  return out;
}

function mergeResources(into: Resources, from: Resources): Resources {
  const out = { ...into } as Record<ResourceKey, Resources[ResourceKey]>;
  for (const key of [...SHARED_RESOURCES, ...SCHOOL_RESOURCES, ...STAGE_RESOURCES]) out[key] = addQuantities(into[key], from[key]);
  return out;
}


function splitMessage(pack: RulePack, type: string, shares: ReadonlyMap<StageId, number>): Said<"M-01"> {
  const w = pack.splitWeights;
  // A 完全中学 has no 小学: its weights read as the spec writes them, 初:高 = 1:1.2.
  const weights = type === "完全中学" ? `初:高 = 1:${Number((w.senior / w.junior).toFixed(4))}` : `小:初:高 = ${w.primary}:${w.junior}:${w.senior}`;
  return say(M01, "M-01", { type, weights, shares: [...shares].map(([stage, share]) => `${stage}:${share}`).join(",") });
}

interface Draft {
  unit: EvaluationUnit;
  row: RegisterRow;
  point: boolean;
  parentCode: string | null;
}

function draftUnits(ctx: CheckContext, pack: RulePack, names: Partial<Record<SheetId, string>>, findings: Finding[]): Draft[] {
  const drafts: Draft[] = [];
  for (const row of ctx.register.sheets.schools?.rows ?? []) {
    const school = row.key ? ctx.schools.get(row.key) : undefined;
    if (!school || school.rows.schools !== row) continue;
    const type = textOf(row, "type");
    const areaText = textOf(row, "urbanRural");
    const area = (URBAN_RURAL as readonly string[]).includes(areaText ?? "") ? (areaText as UrbanRural) : null;
    const shares = new Map<StageId, number>();
    for (const stage of stagesOf(school, type)) {
      const share = shareOf(school, pack, type, stage);
      shares.set(stage, share);
      const resources = splitResources(schoolResources(school, names, stage), share);
      drafts.push({
        row,
        point: isTeachingPoint(row),
        parentCode: textOf(row, "parentCode"),
        unit: {
          id: `${school.code}:${stage}`,
          schoolId: school.code,
          name: school.name ?? school.code,
          stage,
          schoolType: type,
          area,
          village: textOf(row, "village"),
          excluded: scopeExclusion(row),
          share,
          resources,
          students: resources.students.value ?? 0,
          mergedPoints: [],
        },
      });
    }
    if (type && MIXED_TYPES.has(type)) findings.push(rowFinding(ctx, M01, "schools", row, ["type"], splitMessage(pack, type, shares)));
  }
  return drafts;
}

function applyTeachingPoints(ctx: CheckContext, pack: RulePack, drafts: Draft[], findings: Finding[]): void {
  const option = pack.scope.teachingPoints;
  const byId = new Map(drafts.map((d) => [d.unit.id, d]));
  for (const draft of drafts) {
    if (!draft.point || draft.unit.excluded) continue;
    const note = (message: Said<"M-02">) => findings.push(rowFinding(ctx, M02, "schools", draft.row, ["type", "parentCode"], message));
    if (option.mode === "exclude") {
      draft.unit = { ...draft.unit, excluded: "教学点不单独计算（2012 年办法）" };
      note(say(M02, "M-02.point", { name: draft.unit.name }));
    } else if (option.mode === "includeIfAtLeast") {
      if (draft.unit.students < option.students) {
        draft.unit = { ...draft.unit, excluded: `教学点学生不足 ${option.students} 人，不单独计算` };
        note(say(M02, "M-02.small", { name: draft.unit.name, students: draft.unit.students, min: option.students }));
      }
    } else {
      const parent = draft.parentCode ? byId.get(`${draft.parentCode}:${draft.unit.stage}`) : undefined;
      if (!parent || parent.unit.excluded || parent === draft) {
        draft.unit = { ...draft.unit, excluded: "教学点的上级学校无效，无法并入" };
        note(say(M02, "M-02.noParent", { name: draft.unit.name }));
        continue;
      }
      const merged = mergeResources(parent.unit.resources, draft.unit.resources);
      parent.unit = { ...parent.unit, resources: merged, students: merged.students.value ?? 0, mergedPoints: [...parent.unit.mergedPoints, draft.unit.schoolId] };
      draft.unit = { ...draft.unit, excluded: `已并入上级学校「${parent.unit.name}」` };
      note(say(M02, "M-02.merged", { name: draft.unit.name, parent: parent.unit.name }));
    }
  }
}

export interface UnitsResult {
  readonly units: readonly EvaluationUnit[];
  readonly findings: readonly Finding[];
}

export function evaluationUnits(register: Register, pack: RulePack, ctx: CheckContext = buildContext(register)): UnitsResult {
  const findings: Finding[] = [];
  const names: Partial<Record<SheetId, string>> = Object.fromEntries(Object.entries(register.sheets).map(([id, s]) => [id, s?.name]));
  const drafts = draftUnits(ctx, pack, names, findings);
  applyTeachingPoints(ctx, pack, drafts, findings);
  for (const draft of drafts) {
    if (draft.unit.excluded || draft.unit.students > 0) continue;
    draft.unit = { ...draft.unit, excluded: `${STAGE_LABEL[draft.unit.stage]}没有在校生` };
    findings.push(rowFinding(ctx, M03, "schools", draft.row, ["type"], say(M03, "M-03.noStudents", { name: draft.unit.name, stage: draft.unit.stage })));
  }
  return { units: drafts.map((d) => d.unit), findings };
}
