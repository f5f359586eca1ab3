/**
 * A coefficient's change against the year before it in the archive. The smaller a difference coefficient, the more
 * balanced the schools, so a fall is an improvement. Changes that do not show at the published three decimals are
 * 持平: calling a change of 0.0002 a trend would contradict the table's own numbers.
 */
type TrendDirection = "down" | "up" | "flat";

interface Trend {
  /** This year minus the previous year, unrounded; null in the first year or when either value is missing. */
  readonly change: number | null;
  readonly direction: TrendDirection | null;
}

const FLAT_BELOW = 0.0005;

export const TREND_LABEL: Record<TrendDirection, string> = { down: "下降（差异缩小）", up: "上升（差异扩大）", flat: "持平" };

export function trendOf(previous: number | null | undefined, current: number | null | undefined): Trend {
  if (previous === null || previous === undefined || current === null || current === undefined) return { change: null, direction: null };
  const change = current - previous;
  const direction: TrendDirection = Math.abs(change) < FLAT_BELOW ? "flat" : change < 0 ? "down" : "up";
  return { change, direction };
}
