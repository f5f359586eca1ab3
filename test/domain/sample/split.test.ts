import { fromCents, splitInteger } from "../../../src/domain/sample/split";
import { createRng } from "../../../src/domain/sample/random";

describe("splitInteger", () => {
  it("adds up exactly and follows the weights", () => {
    expect(splitInteger(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitInteger(7, [0, 1, 0])).toEqual([0, 7, 0]);
    expect(splitInteger(0, [1, 2])).toEqual([0, 0]);
    expect(splitInteger(5, [0, 0])).toEqual([5, 0]);
  });

  it("never loses or invents a unit", () => {
    const rng = createRng(11);
    for (let i = 0; i < 500; i++) {
      const total = rng.int(0, 100_000);
      const weights = Array.from({ length: rng.int(1, 8) }, () => rng.float(0, 3));
      const parts = splitInteger(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
    }
  });
});

it("fromCents gives two-decimal numbers whose sums match the sum of the cents", () => {
  expect(fromCents(123456)).toBe(1234.56);
  const parts = [12345, 6789, 1];
  expect(Math.abs(parts.map(fromCents).reduce((a, b) => a + b, 0) - fromCents(12345 + 6789 + 1))).toBeLessThan(1e-9);
});
