/**
 * A reproducible register of a fictional rural township of any size, for tests, demos and load checks. The mix of
 * school types and the magnitudes follow rural Yunnan; every record is consistent by construction, so validating a
 * generated register yields no error or warning. About `shortfallShare` of the village schools fall short of the
 * reference standards on one or two resources, so evaluations show a realistic picture.
 */
import type { SheetId } from "../fields/types";
import type { RecordCells, RegisterRecords } from "../layout/registerLayout";
import { HAMLETS, NameBook, PRIVATE_NAMES, villageNames } from "./names";
import { createRng, type Rng } from "./random";
import { SCHOOL_SHEET_IDS, schoolRecords, type SchoolKind, type SchoolSpec } from "./school";
import type { Resource } from "./standards";
import { villageCells } from "./villageBlock";

export interface TownshipOptions {
  readonly seed: number;
  readonly schoolCount: number;
  /** Number of village committees, or their names; about one per two schools by default. */
  readonly villages?: number | readonly string[];
  /** Township name, default 示例乡. */
  readonly township?: string;
  /** First four digits of every 学校标识码, default 5328 (codes are this plus a six-digit serial). */
  readonly codePrefix?: string;
  /** Share of village schools below standard on one or two resources, default 0.15. */
  readonly shortfallShare?: number;
}

/** Kinds in the order they are allocated; 村小 take whatever is left. */
const ALLOCATION: readonly { kind: SchoolKind; want: (n: number) => number }[] = [
  { kind: "central", want: () => 1 },
  { kind: "junior", want: (n) => Math.max(1, Math.round(n * 0.08)) },
  { kind: "point", want: (n) => Math.round(n * 0.2) },
  { kind: "nineYear", want: (n) => Math.round(n * 0.05) },
  { kind: "private", want: (n) => Math.round(n * 0.03) },
  { kind: "complete", want: (n) => Math.floor(n / 200) },
];

const SHORTFALL_RESOURCES: readonly Resource[] = ["books", "computers", "equipment", "building"];

export function kindCounts(schoolCount: number): Record<SchoolKind, number> {
  const counts: Record<SchoolKind, number> = { central: 0, junior: 0, point: 0, nineYear: 0, private: 0, complete: 0, village: 0 };
  let left = schoolCount;
  for (const { kind, want } of ALLOCATION) {
    counts[kind] = Math.min(left, want(schoolCount));
    left -= counts[kind];
  }
  counts.village = left;
  return counts;
}

function shortfalls(rng: Rng, share: number): Partial<Record<Resource, number>> | undefined {
  if (!rng.chance(share)) return undefined;
  const picked = rng.shuffle(SHORTFALL_RESOURCES).slice(0, rng.int(1, 2));
  return Object.fromEntries(picked.map((r) => [r, Math.round(rng.float(0.6, 0.95) * 100) / 100]));
}

/** A school before codes are handed out; a teaching point names its parent by position. */
type Draft = Omit<SchoolSpec, "code" | "parentCode"> & { readonly parentIndex?: number };

/** The schools of the township, without codes: seat schools first, then villages, then the rest. */
function draftSchools(options: TownshipOptions, villages: readonly string[], rng: Rng): Draft[] {
  const township = options.township ?? "示例乡";
  const counts = kindCounts(options.schoolCount);
  const share = options.shortfallShare ?? 0.15;
  const seat = villages[0];
  const names = new NameBook();
  const anyVillage = () => rng.pick(villages);
  const none = { primary: 0, junior: 0, senior: 0 };
  const drafts: Draft[] = [];

  for (let i = 0; i < counts.central; i++) {
    drafts.push({ name: names.take(township, "中心小学"), kind: "central", village: seat, urbanRural: "镇区", boarding: true, students: { ...none, primary: rng.int(500, 900) } });
  }
  for (let i = 0; i < counts.junior; i++) {
    const village = i === 0 ? seat : anyVillage();
    drafts.push({
      name: names.take(i === 0 ? township : village, "中学"), kind: "junior", village, urbanRural: i === 0 ? "镇区" : "乡村", boarding: true,
      students: { ...none, junior: rng.int(600, 1500) },
    });
  }
  for (let i = 0; i < counts.nineYear; i++) {
    const village = anyVillage();
    drafts.push({
      name: names.take(village, "九年一贯制学校"), kind: "nineYear", village, urbanRural: "乡村", boarding: true,
      students: { ...none, primary: rng.int(150, 400), junior: rng.int(120, 350) },
    });
  }
  for (let i = 0; i < counts.complete; i++) {
    const village = anyVillage();
    drafts.push({
      name: names.take(village, "完全中学"), kind: "complete", village, urbanRural: "镇区", boarding: true,
      students: { ...none, junior: rng.int(600, 1200), senior: rng.int(300, 900) },
    });
  }
  const parents: number[] = drafts.flatMap((d, i) => (d.kind === "central" ? [i] : []));
  for (let i = 0; i < counts.village; i++) {
    const village = villages[i % villages.length];
    parents.push(drafts.length);
    drafts.push({
      name: names.take(village, "小学"), kind: "village", village, urbanRural: "乡村", boarding: rng.chance(0.4),
      students: { ...none, primary: rng.int(60, 400) }, shortfalls: shortfalls(rng, share),
    });
  }
  for (let i = 0; i < counts.private; i++) {
    const village = anyVillage();
    drafts.push({
      name: names.take(village + rng.pick(PRIVATE_NAMES), "民办小学"), kind: "private", village, urbanRural: "乡村", boarding: rng.chance(0.3),
      students: { ...none, primary: rng.int(120, 400) },
    });
  }
  // Teaching points hang under a 中心小学 or 村小 and belong to its village.
  for (let i = 0; i < counts.point; i++) {
    const parent = rng.pick(parents);
    const village = drafts[parent].village;
    drafts.push({
      name: names.take(village, "教学点", rng.int(0, HAMLETS.length - 1)), kind: "point", village, urbanRural: "乡村", boarding: false,
      students: { ...none, primary: rng.int(10, 60) }, grades: rng.pick([2, 3, 4, 6]), parentIndex: parent,
    });
  }
  return drafts;
}

function villageList(options: TownshipOptions, rng: Rng): readonly string[] {
  if (Array.isArray(options.villages)) {
    if (options.villages.length === 0) throw new Error("a township needs at least one village");
    return options.villages;
  }
  const count = typeof options.villages === "number" ? options.villages : Math.max(1, Math.round(options.schoolCount / 2));
  return villageNames(Math.max(1, count), rng);
}

export function generateTownship(options: TownshipOptions): RegisterRecords {
  if (!Number.isInteger(options.schoolCount) || options.schoolCount < 1) throw new Error(`schoolCount must be a positive integer, got ${options.schoolCount}`);
  const prefix = options.codePrefix ?? "5328";
  if (!/^\d{4}$/.test(prefix) || options.schoolCount > 999_999) throw new Error("codes are a four-digit prefix and a six-digit serial");
  const rng = createRng(options.seed);
  const villages = villageList(options, rng.fork(1));
  const drafts = draftSchools(options, villages, rng.fork(2));
  const code = (i: number) => prefix + String(i + 1).padStart(6, "0");
  const specs: SchoolSpec[] = drafts.map(({ parentIndex, ...d }, i) => (parentIndex === undefined ? { ...d, code: code(i) } : { ...d, code: code(i), parentCode: code(parentIndex) }));

  const sheets: Record<SheetId, RecordCells[]> = { schools: [], students: [], staff: [], buildings: [], facilities: [], villages: [] };
  const primaryByVillage = new Map<string, number>();
  specs.forEach((spec, i) => {
    // Each school draws from its own stream, so one school's size does not change the next school's data.
    const records = schoolRecords(spec, rng.fork(1000 + i));
    for (const sheet of SCHOOL_SHEET_IDS) sheets[sheet].push(records[sheet]);
    primaryByVillage.set(spec.village, (primaryByVillage.get(spec.village) ?? 0) + spec.students.primary);
  });
  const villageRng = rng.fork(3);
  for (const name of villages) {
    const schooled = primaryByVillage.get(name) ?? 0;
    const primaryAge = schooled > 0 ? Math.round(schooled * villageRng.float(0.95, 1.08)) : villageRng.int(30, 120);
    sheets.villages.push(villageCells({ name, primaryAge, juniorAge: Math.round(primaryAge * villageRng.float(0.42, 0.5)) }, villageRng));
  }
  return { sheets, meta: { 乡镇: options.township ?? "示例乡" } };
}
