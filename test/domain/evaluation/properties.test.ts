/**
 * Properties of the evaluation on random small registers built through the real layout and recogniser
 * (docs/method.md §11.4): the difference coefficient does not depend on the unit the resource is counted in, nor on the
 * order the register lists the schools in; it is 0 when every unit has the same value; and a nine-year school's
 * split gives back the school's totals.
 */
import fc from "fast-check";
import { SHARED_RESOURCES } from "../../../src/domain/evaluation/resources";
import {
  BASIC,
  evaluateSchools,
  evaluationSchool,
  unitOf,
  unitsOfSchools,
  type FacilityCells,
  type SchoolSpec,
  type StageCells,
} from "../../helpers/evaluationSchools";

const RUNS = { numRuns: 30 };
const B_IDS = ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8"] as const;

/** Relative 1e-9 with an absolute floor near 0; null only equals null. */
function sameCv(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

const stageArb = (min: number, max: number): fc.Arbitrary<StageCells> =>
  fc
    .record({
      students: fc.integer({ min, max }),
      bachelor: fc.integer({ min: 1, max: 30 }),
      associate: fc.integer({ min: 0, max: 20 }),
      highSchool: fc.integer({ min: 0, max: 5 }),
      intermediate: fc.integer({ min: 1, max: 20 }),
      viceSenior: fc.integer({ min: 0, max: 5 }),
    })
    .map((r) => ({
      students: r.students,
      classes: Math.max(1, Math.ceil(r.students / 40)),
      fullTime: r.bachelor + r.associate + r.highSchool,
      edu: { bachelor: r.bachelor, associate: r.associate, highSchool: r.highSchool },
      titles: { intermediate: r.intermediate, viceSenior: r.viceSenior },
    }));

const facilitiesArb: fc.Arbitrary<FacilityCells> = fc.record({
  siteArea: fc.integer({ min: 1000, max: 30000 }),
  greenArea: fc.integer({ min: 0, max: 3000 }),
  buildingArea: fc.integer({ min: 300, max: 10000 }),
  teachingArea: fc.integer({ min: 100, max: 6000 }),
  gym: fc.integer({ min: 0, max: 600 }),
  sportsArea: fc.integer({ min: 100, max: 10000 }),
  books: fc.integer({ min: 100, max: 30000 }),
  computers: fc.integer({ min: 1, max: 200 }),
  teachingComputers: fc.integer({ min: 0, max: 100 }),
  multimediaRooms: fc.integer({ min: 0, max: 20 }),
  // 万元 with one decimal, as registers have them.
  equipmentWan: fc.integer({ min: 5, max: 1000 }).map((tenths) => tenths / 10),
});

const primaryArb = (i: number): fc.Arbitrary<SchoolSpec> =>
  fc.record({ primary: stageArb(20, 600), facilities: facilitiesArb, staffTotal: fc.integer({ min: 5, max: 60 }) }).map((r) => ({
    code: `53282205${String(i).padStart(2, "0")}`, name: `第${i}小学`, type: "小学", urbanRural: i % 2 ? "乡村" : "镇区", ...r,
  }));

const nineYearArb: fc.Arbitrary<SchoolSpec> = fc
  .record({ primary: stageArb(1, 800), junior: stageArb(1, 800), facilities: facilitiesArb, staffTotal: fc.integer({ min: 5, max: 80 }) })
  .map((r) => ({ code: "5328220599", name: "九年一贯制学校", type: "九年一贯制学校", ...r }));

/** Two to five 小学, and sometimes a nine-year school whose 小学部 joins them. */
const registerArb: fc.Arbitrary<SchoolSpec[]> = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.boolean())
  .chain(([n, withNine]) => fc.tuple(...Array.from({ length: n }, (_, i) => primaryArb(i + 1)), withNine ? nineYearArb : fc.constant(null)))
  .map((schools) => schools.filter((s): s is SchoolSpec => s !== null));

const primaryCvs = (specs: readonly SchoolSpec[]) => evaluateSchools(BASIC(), ...specs.map(evaluationSchool)).balance.primary;

type Scaler = (s: SchoolSpec, k: number) => SchoolSpec;
const facilities = (s: SchoolSpec, change: Partial<FacilityCells>): SchoolSpec => ({ ...s, facilities: { ...s.facilities, ...change } });
const teachers = (cells: StageCells | undefined, k: number): StageCells | undefined =>
  cells && {
    ...cells,
    fullTime: cells.fullTime * k,
    edu: Object.fromEntries(Object.entries(cells.edu ?? {}).map(([key, n]) => [key, (n ?? 0) * k])),
    titles: Object.fromEntries(Object.entries(cells.titles ?? {}).map(([key, n]) => [key, (n ?? 0) * k])),
  };

/** How to multiply, in every school, the inputs an indicator divides by students. Counts stay whole (k is an integer). */
const SCALERS: Record<(typeof B_IDS)[number], Scaler> = {
  B1: (s, k) => facilities(s, { teachingArea: s.facilities.teachingArea * k }),
  B2: (s, k) => facilities(s, { sportsArea: s.facilities.sportsArea * k, gym: s.facilities.gym * k }),
  B3: (s, k) => facilities(s, { equipmentWan: s.facilities.equipmentWan * k }),
  B4: (s, k) => facilities(s, { computers: s.facilities.computers * k }),
  B5: (s, k) => facilities(s, { books: s.facilities.books * k }),
  B6: (s, k) => ({ ...s, primary: teachers(s.primary, k), junior: teachers(s.junior, k) }),
  B7: (s, k) => ({ ...s, primary: teachers(s.primary, k), junior: teachers(s.junior, k) }),
  B8: (s, k) => ({ ...s, primary: teachers(s.primary, k), junior: teachers(s.junior, k) }),
};

describe("the 小学 CV of an indicator is unchanged when that resource is multiplied by the same constant everywhere", () => {
  it.each(B_IDS)("%s", (id) => {
    fc.assert(
      fc.property(registerArb, fc.integer({ min: 2, max: 9 }), (specs, k) => {
        const before = primaryCvs(specs).cv[id];
        const after = primaryCvs(specs.map((s) => SCALERS[id](s, k))).cv[id];
        expect(before).not.toBeNull();
        expect(sameCv(before, after)).toBe(true);
      }),
      { numRuns: 12 },
    );
  });

  it("scaling one indicator's resource leaves the other indicators' CVs alone and moves no mean but its own", () => {
    fc.assert(
      fc.property(registerArb, (specs) => {
        const before = primaryCvs(specs);
        const after = primaryCvs(specs.map((s) => SCALERS.B5(s, 3)));
        for (const id of B_IDS) expect(sameCv(before.cv[id], after.cv[id])).toBe(true);
        expect(after.mean.B5).toBeCloseTo(3 * (before.mean.B5 as number), 6);
        expect(after.mean.B1).toBe(before.mean.B1);
      }),
      RUNS,
    );
  });
});

describe("the coefficients do not depend on the order of the schools", () => {
  it("gives the same eight CVs and composite for any order of the same schools", () => {
    const withOrder = registerArb.chain((specs) =>
      fc.tuple(fc.constant(specs), fc.shuffledSubarray(specs, { minLength: specs.length, maxLength: specs.length })),
    );
    fc.assert(
      fc.property(withOrder, ([specs, shuffled]) => {
        const a = primaryCvs(specs);
        const b = primaryCvs(shuffled);
        for (const id of B_IDS) expect(sameCv(a.cv[id], b.cv[id])).toBe(true);
        expect(sameCv(a.composite, b.composite)).toBe(true);
        expect(a.units).toBe(b.units);
      }),
      RUNS,
    );
  });
});

describe("the CV is 0 when every unit has the same value", () => {
  it("gives B5 CV 0 when every 小学 has the same books per student", () => {
    fc.assert(
      fc.property(registerArb, fc.integer({ min: 1, max: 60 }), (specs, perStudent) => {
        const primaryOnly = specs.filter((s) => s.type === "小学");
        const same = primaryOnly.map((s) => facilities(s, { books: perStudent * (s.primary as StageCells).students }));
        const balance = primaryCvs(same);
        expect(balance.cv.B5).toBe(0);
        expect(balance.mean.B5).toBeCloseTo(perStudent, 9);
      }),
      RUNS,
    );
  });
});

describe("split conservation of a nine-year school (§2, §11.4)", () => {
  it("gives 小学 and 初中 parts of every shared resource that add up to the school total", () => {
    fc.assert(
      fc.property(nineYearArb, (spec) => {
        const result = unitsOfSchools(BASIC(), evaluationSchool(spec));
        const p = unitOf(result, spec.code, "primary");
        const j = unitOf(result, spec.code, "junior");
        expect(p.share + j.share).toBeCloseTo(1, 12);
        const f = spec.facilities;
        const totals: Record<(typeof SHARED_RESOURCES)[number], number> = {
          teachingArea: f.teachingArea, gymArea: f.gym, sportsGround: f.sportsArea, equipment: f.equipmentWan * 10000,
          computers: f.computers, teachingComputers: f.teachingComputers ?? f.computers, books: f.books, multimediaRooms: f.multimediaRooms ?? 0,
        };
        for (const key of SHARED_RESOURCES) {
          const sum = (p.resources[key].value as number) + (j.resources[key].value as number);
          expect(Math.abs(sum - totals[key])).toBeLessThanOrEqual(1e-9 * Math.max(1, totals[key]));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("gives the 小学部 A/(A + 1.1B) of the books", () => {
    fc.assert(
      fc.property(nineYearArb, (spec) => {
        const a = (spec.primary as StageCells).students;
        const b = (spec.junior as StageCells).students;
        const p = unitOf(unitsOfSchools(BASIC(), evaluationSchool(spec)), spec.code, "primary");
        expect(p.resources.books.value).toBeCloseTo((spec.facilities.books * a) / (a + 1.1 * b), 6);
      }),
      RUNS,
    );
  });
});
