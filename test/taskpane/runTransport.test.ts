/** The run's long arrays travel in bounded slices and come back whole, in order, shared arrays once. */
import { runCheck } from "../../src/domain/check";
import { plainRun } from "../../src/taskpane/checkEngine";
import { restoreSlices, takeSlices } from "../../src/taskpane/runTransport";
import { sampleGrid } from "./gridHost";

describe("run transport", () => {
  it("takes the long arrays out in slices under the budget and puts them back as they were", () => {
    const whole = plainRun(runCheck(sampleGrid()));
    const rest = structuredClone(whole);
    const slices = takeSlices(rest, 100);
    expect(slices.length).toBeGreaterThan(3);
    // The register's rows are among the arrays sent apart, and none is left behind in the rest.
    expect(slices.some((s) => s.path[0] === "register" && s.path.at(-1) === "rows")).toBe(true);
    const at = (path: readonly string[]) => path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], rest);
    for (const slice of slices) expect(at(slice.path)).toEqual([]);
    expect(restoreSlices(structuredClone({ rest, slices }).rest, structuredClone(slices))).toEqual(whole);
  });

  it("leaves short arrays in place", () => {
    const value = { list: [1, 2, 3], nested: { rows: [{ a: 1 }, { a: 2 }] } };
    expect(takeSlices(value, 10)).toEqual([]);
    expect(value.nested.rows).toHaveLength(2);
  });

  it("sends an array reached from two places once; both see it again", () => {
    const shared = Array.from({ length: 10 }, (_, i) => ({ i }));
    const value = { a: shared, b: { again: shared } };
    const slices = takeSlices(value, 3);
    expect(slices.every((s) => s.path.join(".") === "a")).toBe(true);
    const copy = structuredClone({ value, slices });
    const back = restoreSlices(copy.value, copy.slices);
    expect(back.b.again).toHaveLength(10);
    expect(back.b.again).toBe(back.a);
  });
});
