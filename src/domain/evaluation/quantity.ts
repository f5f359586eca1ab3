/**
 * A number from the register together with the cells it came from, so every indicator can say which input
 * cells feed it (for the orange below-standard highlights) even after splits and merges.
 */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

export interface Quantity {
  /** null when no cell holds a readable number. */
  readonly value: number | null;
  readonly cells: readonly CellRef[];
}

export const NONE: Quantity = { value: null, cells: [] };

/** Sum of the quantities that have a value; null only when none has. */
export function addQuantities(...parts: readonly Quantity[]): Quantity {
  let value: number | null = null;
  for (const p of parts) if (p.value !== null) value = (value ?? 0) + p.value;
  return { value, cells: parts.flatMap((p) => p.cells) };
}

export function scaleQuantity(q: Quantity, factor: number): Quantity {
  return { value: q.value === null ? null : q.value * factor, cells: q.cells };
}
