import fc from "fast-check";
import {
  compositeCoefficient,
  splitShares,
  weightedCoefficient,
  whatIfCoefficient,
  type WeightedValue,
} from "../../../src/domain/evaluation/coefficient";

function expectNear(actual: number | null, expected: number, tolerance: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
}

/** Relative 1e-9, with an absolute floor for CVs near 0 where rounding in the mean is all that is left. */
function sameCv(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

const units = (rows: readonly (readonly [number, number])[]): WeightedValue[] =>
  rows.map(([students, value], i) => ({ id: `u${i + 1}`, students, value }));

const unitsArb = fc
  .array(fc.record({ students: fc.integer({ min: 1, max: 3000 }), value: fc.double({ min: 0.01, max: 10_000, noNaN: true }) }), {
    minLength: 1,
    maxLength: 50,
  })
  .map((rows) => rows.map((r, i): WeightedValue => ({ id: `u${i + 1}`, ...r })));

describe("§11.1 worked example, 生均图书册数 of five primary schools", () => {
  const students = [45, 37, 89, 76, 55];
  const books = [279, 137, 935, 160, 402];
  const values = students.map((p, i): WeightedValue => ({ id: `s${i + 1}`, students: p, value: books[i] / p }));
  const result = weightedCoefficient(values);

  it("reproduces the published figures with the student-weighted population formula", () => {
    expect(result.units).toBe(5);
    expect(result.students).toBe(302);
    expectNear(result.mean, 6.334437, 1e-6);
    expectNear(result.sd === null ? null : result.sd ** 2, 10.652787, 1e-6);
    expectNear(result.sd, 3.263861, 1e-6);
    expectNear(result.cv, 0.515257, 1e-6);
    expect(result.reason).toBeNull();
    expect(result.zeroStudents).toEqual([]);
  });

  it("has X̄ = stage total of books ÷ stage total of students", () => {
    expect(Math.abs((result.mean as number) - 1913 / 302)).toBeLessThanOrEqual(1e-12 * (1913 / 302));
  });

  it("is NOT the unweighted population CV nor the sample CV", () => {
    // The wrong answers, computed the way plausible tools do: every school counts once, divide by n or n − 1.
    const x = values.map((v) => v.value);
    const n = x.length;
    const plainMean = x.reduce((a, b) => a + b, 0) / n;
    const squares = x.reduce((a, b) => a + (b - plainMean) ** 2, 0);
    const populationCv = Math.sqrt(squares / n) / plainMean;
    const sampleCv = Math.sqrt(squares / (n - 1)) / plainMean;
    expectNear(populationCv, 0.488771, 1e-6);
    expectNear(sampleCv, 0.546462, 1e-6);
    expect(Math.abs((result.cv as number) - populationCv)).toBeGreaterThan(0.02);
    expect(Math.abs((result.cv as number) - sampleCv)).toBeGreaterThan(0.02);
  });

  it("splits the variance into per-school contributions that add up to 1", () => {
    const shares = [...result.contributions.values()];
    expect(shares).toHaveLength(5);
    expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(1e-12);
    // s3 (10.5 books per student, 89 students) is furthest from the mean with the most students.
    const top = [...result.contributions.entries()].sort((a, b) => b[1] - a[1])[0][0];
    expect(top).toBe("s3");
  });
});

describe("§11.2 split of a 九年一贯制's shared books", () => {
  it("shares 23 226 books between 166 小学 and 210 初中 students at 1 : 1.1 as 9 711.627 / 13 514.373", () => {
    const shares = splitShares({ primary: 166, junior: 210, senior: 0 }, { primary: 1, junior: 1.1, senior: 1.32 });
    expectNear(shares.primary * 23226, 9711.627, 0.001);
    expectNear(shares.junior * 23226, 13514.373, 0.001);
    expect(shares.senior).toBe(0);
  });

  it("returns all zeros when the school has no students", () => {
    expect(splitShares({ primary: 0, junior: 0, senior: 0 }, { primary: 1, junior: 1.1, senior: 1.32 })).toEqual({ primary: 0, junior: 0, senior: 0 });
  });
});

describe("§11.3 composite = mean of the unrounded CVs", () => {
  it.each([
    [[0.437, 0.419, 0.255, 0.188, 0.171, 0.263, 0.263, 0.42], 0.302],
    [[0.633, 0.891, 0.435, 0.328, 0.351, 0.391, 0.379, 0.541], 0.494],
    [[0.881, 1.299, 0.977, 0.379, 0.17, 0.334, 0.286, 0.408], 0.592],
  ])("%j → %d", (cvs, composite) => {
    expectNear(compositeCoefficient(cvs), composite, 0.001);
  });

  it("has no composite when the list is empty or any CV is missing", () => {
    expect(compositeCoefficient([])).toBeNull();
    expect(compositeCoefficient([0.3, null, 0.2])).toBeNull();
  });
});

describe("§11.4 properties", () => {
  it("CV is unchanged when every value is multiplied by a positive constant", () => {
    fc.assert(
      fc.property(unitsArb, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (us, k) => {
        const scaled = us.map((u) => ({ ...u, value: u.value * k }));
        return sameCv(weightedCoefficient(us).cv, weightedCoefficient(scaled).cv);
      }),
    );
  });

  it("CV is unchanged when units are reordered", () => {
    const arb = unitsArb.chain((us) => fc.tuple(fc.constant(us), fc.shuffledSubarray(us, { minLength: us.length, maxLength: us.length })));
    fc.assert(fc.property(arb, ([us, shuffled]) => sameCv(weightedCoefficient(us).cv, weightedCoefficient(shuffled).cv)));
  });

  it("CV is 0 when all units have the same value", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 50 }), fc.double({ min: 0.01, max: 10_000, noNaN: true }), (ps, x) => {
        const r = weightedCoefficient(ps.map((students, i) => ({ id: `u${i}`, students, value: x })));
        return r.cv === 0 && r.sd === 0 && [...r.contributions.values()].every((c) => c === 0);
      }),
    );
  });

  it("splitting a school's total and re-adding the stage parts gives back the total", () => {
    const count = fc.integer({ min: 0, max: 3000 });
    const weight = fc.double({ min: 0.01, max: 100, noNaN: true });
    // Totals as registers hold them (0.01 m² to 1e8 yuan); subnormal totals cannot keep 1e-12 relative precision.
    const schoolTotal = fc.double({ min: 0.01, max: 1e8, noNaN: true });
    fc.assert(
      fc.property(count, count, count, weight, weight, weight, schoolTotal, (a, b, c, wa, wb, wc, total) => {
        fc.pre(a + b + c > 0);
        const s = splitShares({ primary: a, junior: b, senior: c }, { primary: wa, junior: wb, senior: wc });
        const readded = total * s.primary + total * s.junior + total * s.senior;
        const fractions = [s.primary, s.junior, s.senior];
        return (
          Math.abs(readded - total) <= 1e-12 * total &&
          Math.abs(fractions.reduce((x, y) => x + y, 0) - 1) <= 1e-12 &&
          fractions.every((f) => f >= 0 && f <= 1)
        );
      }),
    );
  });

  it("contributions sum to 1 when S > 0", () => {
    fc.assert(
      fc.property(unitsArb, (us) => {
        const r = weightedCoefficient(us);
        fc.pre(r.sd !== null && r.sd > 0);
        const shares = [...r.contributions.values()];
        return shares.every((c) => c >= 0) && Math.abs(shares.reduce((a, b) => a + b, 0) - 1) <= 1e-9;
      }),
    );
  });
});

describe("edge cases", () => {
  it("has no CV, with a reason, when there are no units", () => {
    const r = weightedCoefficient([]);
    expect(r).toMatchObject({ units: 0, students: 0, mean: null, sd: null, cv: null, reason: "没有在校生大于 0 的学校", zeroStudents: [] });
  });

  it("has no CV, with a reason, when no unit has students", () => {
    const r = weightedCoefficient(units([[0, 5], [0, 7]]));
    expect(r).toMatchObject({ units: 0, mean: null, cv: null, reason: "没有在校生大于 0 的学校", zeroStudents: ["u1", "u2"] });
    expect([...r.contributions.values()]).toEqual([0, 0]);
  });

  it("has no CV, with a reason, when X̄ = 0", () => {
    const r = weightedCoefficient(units([[10, 0], [20, 0]]));
    expect(r).toMatchObject({ units: 2, mean: 0, sd: 0, cv: null, reason: "平均值为 0，无法计算差异系数" });
  });

  it("lists a unit with P = 0 in zeroStudents and leaves the result unchanged", () => {
    const without = weightedCoefficient(units([[45, 2], [37, 9], [89, 4]]));
    const withZero = weightedCoefficient([...units([[45, 2], [37, 9], [89, 4]]), { id: "empty", students: 0, value: 1000 }]);
    expect(withZero.zeroStudents).toEqual(["empty"]);
    expect(withZero.contributions.get("empty")).toBe(0);
    expect(withZero.units).toBe(3);
    expect(withZero.mean).toBe(without.mean);
    expect(withZero.sd).toBe(without.sd);
    expect(withZero.cv).toBe(without.cv);
  });

  it("gives CV 0 for a single unit", () => {
    const r = weightedCoefficient(units([[120, 7.5]]));
    expect(r).toMatchObject({ units: 1, mean: 7.5, sd: 0, cv: 0, reason: null });
  });

  it("says so instead of printing NaN when a value is not a number", () => {
    const r = weightedCoefficient(units([[10, 3], [20, Number.NaN]]));
    expect(r.cv).toBeNull();
    expect(r.reason).toContain("u2");
  });
});

describe("whatIfCoefficient", () => {
  // A: 100 students at 2, B: 100 at 4, C: 200 at 6; P = 400.
  // Before: X̄ = (200 + 400 + 1200) / 400 = 4.5; S² = (100·2.5² + 100·0.5² + 200·1.5²) / 400 = 1100 / 400 = 2.75;
  //         CV = √2.75 / 4.5 ≈ 0.368514.
  // Raise A to its floor 4: X̄ = (400 + 400 + 1200) / 400 = 5; S² = (100·1 + 100·1 + 200·1) / 400 = 1; CV = 1 / 5 = 0.2.
  const abc: WeightedValue[] = [
    { id: "A", students: 100, value: 2 },
    { id: "B", students: 100, value: 4 },
    { id: "C", students: 200, value: 6 },
  ];

  it("matches the hand-computed case", () => {
    expectNear(weightedCoefficient(abc).cv, Math.sqrt(2.75) / 4.5, 1e-12);
    // B's floor is below its value and D is not a unit: neither changes anything.
    const floors = new Map([["A", 4], ["B", 3], ["D", 100]]);
    expectNear(whatIfCoefficient(abc, floors), 0.2, 1e-12);
  });

  it("changes nothing when nobody is raised", () => {
    const before = weightedCoefficient(abc).cv;
    expect(whatIfCoefficient(abc, new Map())).toBe(before);
    expect(whatIfCoefficient(abc, new Map([["A", 1], ["B", 4], ["C", 6]]))).toBe(before);
  });
});
