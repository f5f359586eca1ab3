/**
 * A coefficient's change against the year before it in the archive. The smaller a difference coefficient, the more
 * balanced the schools, so a fall is an improvement. The change is taken between the values as published, at three
 * decimals: 0.2294 → 0.2296 prints as 0.229 → 0.230, so it is +0.001 上升, never "+0.000 持平" beside two different
 * numbers; 持平 is exactly when the two printed values are equal.
 */
type TrendDirection = "down" | "up" | "flat";

interface Trend {
  /** This year minus the previous year at the published three decimals; null in the first year or when either value is missing. */
  readonly change: number | null;
  readonly direction: TrendDirection | null;
}

/** Thousandths, as the coefficients are published. */
const published = (value: number) => Math.round(value * 1000);

export const TREND_LABEL: Record<TrendDirection, string> = { down: "下降（差异缩小）", up: "上升（差异扩大）", flat: "持平" };

export function trendOf(previous: number | null | undefined, current: number | null | undefined): Trend {
  if (previous === null || previous === undefined || current === null || current === undefined) return { change: null, direction: null };
  const thousandths = published(current) - published(previous);
  const direction: TrendDirection = thousandths === 0 ? "flat" : thousandths < 0 ? "down" : "up";
  return { change: thousandths / 1000, direction };
}
