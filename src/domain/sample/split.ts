/**
 * Splitting a whole into whole parts. Breakdowns in the register (grades, qualifications, room areas) must add up
 * exactly, so parts are integers (areas: integer hundredths of ㎡) and the total is always built from them.
 */

/**
 * Splits `total` into `weights.length` non-negative integers proportional to the weights that add up to `total`
 * exactly (largest-remainder method; ties go to the earlier part, so the result is deterministic).
 */
export function splitInteger(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`cannot split ${total}`);
  const sum = weights.reduce((a, w) => a + Math.max(0, w), 0);
  if (weights.length === 0) throw new Error("no parts to split into");
  if (sum === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = weights.map((w) => (Math.max(0, w) * total) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, p) => a + p, 0);
  const order = exact.map((x, i) => ({ i, rem: x - Math.floor(x) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k].i] += 1;
  return parts;
}

/** Hundredths of a ㎡ (or of a 万元) as the two-decimal number written into the sheet. */
export function fromCents(cents: number): number {
  return Math.round(cents) / 100;
}

