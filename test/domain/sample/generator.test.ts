import { layoutRegister, type RegisterRecords } from "../../../src/domain/layout/registerLayout";
import { recogniseRegister } from "../../../src/domain/recognise/register";
import { validateRegister } from "../../../src/domain/validate";
import { generateTownship, kindCounts } from "../../../src/domain/sample/generator";
import { createRng } from "../../../src/domain/sample/random";
import type { Finding } from "../../../src/domain/findings";

function findingsOf(records: RegisterRecords): Finding[] {
  return validateRegister(recogniseRegister(layoutRegister(records).grid));
}

function describeFinding(f: Finding): string {
  return `${f.rule} ${f.severity} ${f.schoolName ?? ""} ${f.sheet ?? ""} ${f.cells.join(",")}: ${f.message}`;
}

describe("seeded random numbers", () => {
  it("repeat for the same seed and differ for another", () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return [rng.next(), rng.int(1, 6), rng.float(2, 3), rng.pick(["a", "b", "c"]), ...rng.shuffle([1, 2, 3, 4, 5])];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("stay in range", () => {
    const rng = createRng(1);
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
    }
  });
});

describe("generateTownship", () => {
  it("is reproducible from its seed", () => {
    expect(generateTownship({ seed: 42, schoolCount: 30 })).toEqual(generateTownship({ seed: 42, schoolCount: 30 }));
    expect(generateTownship({ seed: 42, schoolCount: 30 })).not.toEqual(generateTownship({ seed: 43, schoolCount: 30 }));
  });

  it("mixes school types", () => {
    const counts = kindCounts(100);
    expect(counts).toMatchObject({ central: 1, junior: 8, point: 20, nineYear: 5, private: 3 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(100);
    const types = new Set(generateTownship({ seed: 1, schoolCount: 400 }).sheets.schools?.map((s) => s.type));
    expect([...types].sort()).toEqual(["九年一贯制学校", "初级中学", "完全中学", "小学", "小学教学点"].sort());
  });

  it("gives every school a unique ten-digit code and the same name on every sheet", () => {
    const records = generateTownship({ seed: 5, schoolCount: 300 });
    const schools = records.sheets.schools ?? [];
    const codes = schools.map((s) => s.code);
    expect(new Set(codes).size).toBe(300);
    expect(codes.every((c) => typeof c === "string" && /^\d{10}$/.test(c))).toBe(true);
    expect(new Set(schools.map((s) => s.name)).size).toBe(300);
    for (const sheet of ["students", "staff", "buildings", "facilities"] as const) {
      expect(records.sheets[sheet]?.map((r) => [r.code, r.name])).toEqual(schools.map((s) => [s.code, s.name]));
    }
  });

  it("uses the villages it is given", () => {
    const records = generateTownship({ seed: 3, schoolCount: 12, villages: ["糯东", "南果河", "曼允"] });
    expect(records.sheets.villages?.map((v) => v.village)).toEqual(["糯东", "南果河", "曼允"]);
    expect(new Set(records.sheets.schools?.map((s) => s.village))).toEqual(new Set(["糯东", "南果河", "曼允"]));
  });

  it.each([10, 57])("is consistent for %i schools", (schoolCount) => {
    const problems = findingsOf(generateTownship({ seed: schoolCount, schoolCount })).filter((f) => f.severity !== "info");
    expect(problems.map(describeFinding)).toEqual([]);
  });

  it("is consistent for 1000 schools", () => {
    const problems = findingsOf(generateTownship({ seed: 2016, schoolCount: 1000 })).filter((f) => f.severity !== "info");
    expect(problems.map(describeFinding)).toEqual([]);
  });

  it("leaves a few village schools below the reference standards and the rest above", () => {
    const records = generateTownship({ seed: 77, schoolCount: 1000 });
    const sheets = records.sheets;
    const num = (v: unknown) => (typeof v === "number" ? v : NaN);
    let villageSchools = 0;
    let short = 0;
    (sheets.schools ?? []).forEach((school, i) => {
      if (school.type !== "小学" || school.sponsor !== "县级政府" || String(school.name).endsWith("中心小学")) return;
      const students = num(sheets.students?.[i]["primary.total"]);
      const f = sheets.facilities?.[i] ?? {};
      const below = [
        num(f.books) / students < 25,
        (num(f.computers) * 100) / students < 10,
        (num(f.equipmentValue) * 10000) / students < 365,
        num(sheets.buildings?.[i].totalArea) / students < 5.1,
      ];
      villageSchools += 1;
      if (below.some(Boolean)) short += 1;
    });
    expect(villageSchools).toBeGreaterThan(400);
    expect(short / villageSchools).toBeGreaterThan(0.05);
    expect(short / villageSchools).toBeLessThan(0.3);
  });

  it("generates 10 000 schools quickly", () => {
    const start = Date.now();
    const records = generateTownship({ seed: 9, schoolCount: 10_000 });
    expect(records.sheets.schools).toHaveLength(10_000);
    // Linear: about a second here; a quadratic step would take minutes.
    expect(Date.now() - start).toBeLessThan(15_000);
  });
});
