// The rows the charts draw and the CSV exports of each chart, from one place so a chart and its
// CSV always hold the same numbers. A bucket that is not over yet (`partial`) is drawn apart: a
// line's last stretch is dashed (its `<key>Partial` twin carries it, starting at the last complete
// bucket so the two meet), and its bars are paler.
import type { AnalyticsGranularity, SeriesPoint } from "@/lib/analytics/analytics-types";
import type { CsvColumn } from "@/components/analytics/csv";

export type SeriesKey = Exclude<keyof SeriesPoint, "start" | "end" | "partial">;

/** A point as drawn; `source` keeps the untouched figures for tooltips. */
export type ChartRow = SeriesPoint & { source: SeriesPoint } & { [key: `${string}Partial`]: number | null };

/** Copies each point; for every line key, splits its values into the solid and the dashed part. */
export function chartRows(series: readonly SeriesPoint[], lineKeys: readonly SeriesKey[]): ChartRow[] {
  return series.map((point, index) => {
    const next = series[index + 1];
    const row: ChartRow = { ...point, source: point };
    for (const key of lineKeys) {
      const value = point[key];
      // The solid line stops at the last complete bucket; the dashed one starts there.
      (row as unknown as Record<string, number | null>)[key] = point.partial ? null : value;
      row[`${key}Partial`] = point.partial || next?.partial ? value : null;
    }
    return row;
  });
}

export const hasPartial = (series: readonly SeriesPoint[]) => series.some((point) => point.partial);

/** Something to draw: at least one bucket with a non-zero figure among `keys`. */
export function hasFigures(series: readonly SeriesPoint[], keys: readonly SeriesKey[]): boolean {
  return series.some((point) => keys.some((key) => point[key] !== null && point[key] !== 0));
}

export const CHART_NAMES = ["impressions", "engagement-rate", "interactions", "followers"] as const;
export type ChartName = (typeof CHART_NAMES)[number];

const bucketColumns: CsvColumn<SeriesPoint>[] = [
  { header: "Start (UTC day)", value: (point) => point.start },
  { header: "End (UTC day)", value: (point) => point.end },
];
const partialColumn: CsvColumn<SeriesPoint> = {
  header: "Partial (bucket not over yet)",
  value: (point) => point.partial,
};

export const SERIES_CSV_COLUMNS: Record<ChartName, CsvColumn<SeriesPoint>[]> = {
  impressions: [
    ...bucketColumns,
    { header: "Impressions", value: (point) => point.impressions },
    { header: "Unique impressions", value: (point) => point.uniqueImpressions },
    partialColumn,
  ],
  "engagement-rate": [
    ...bucketColumns,
    { header: "Engagement rate (fraction, 0.05 = 5%)", value: (point) => point.engagementRate },
    { header: "Impressions", value: (point) => point.impressions },
    {
      header: "Interactions",
      value: (point) => point.clicks + point.reactions + point.comments + point.reposts,
    },
    partialColumn,
  ],
  interactions: [
    ...bucketColumns,
    { header: "Clicks", value: (point) => point.clicks },
    { header: "Reactions", value: (point) => point.reactions },
    { header: "Comments", value: (point) => point.comments },
    { header: "Reposts", value: (point) => point.reposts },
    partialColumn,
  ],
  followers: [
    ...bucketColumns,
    { header: "Followers (end of bucket)", value: (point) => point.followers },
    { header: "Follower gain", value: (point) => point.followerGain },
    partialColumn,
  ],
};

/** Evenly spread ticks: at most `max` labels on the x axis, always the first one. */
export function tickInterval(count: number, max: number): number {
  return count <= max ? 0 : Math.ceil(count / max) - 1;
}

export function maxTicksFor(granularity: AnalyticsGranularity): number {
  return granularity === "month" ? 12 : 8;
}

/** A step of 1, 2, 2.5 or 5 × 10ⁿ that splits `span` into at most `maxTicks` intervals. */
function niceStep(span: number, maxTicks: number): number {
  const rough = span / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough);
  return step ?? 10 * power;
}

/**
 * Round axis ticks covering [min, max] (0 included when `fromZero`), e.g. 0, 5K, 10K, 15K rather
 * than 0, 3.5K, 7K, 10.5K. `integer` keeps steps whole (counts of people or posts).
 */
export function niceScale(
  min: number,
  max: number,
  {
    maxTicks = 4,
    fromZero = true,
    integer = false,
  }: { maxTicks?: number; fromZero?: boolean; integer?: boolean } = {},
): { domain: [number, number]; ticks: number[] } {
  let low = fromZero ? Math.min(0, min) : min;
  let high = fromZero ? Math.max(0, max) : max;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { domain: [0, 1], ticks: [0, 1] };
  if (high === low) {
    const pad = Math.abs(high) > 0 ? Math.abs(high) * 0.1 : 1;
    high += pad;
    if (!fromZero || low !== 0) low -= pad;
  }
  let step = niceStep(high - low, maxTicks);
  if (integer) step = Math.max(1, Math.ceil(step));
  const start = Math.floor(low / step) * step;
  const end = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision, so 0.1 + 0.2 does not print as 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  for (let value = start; value <= end + step / 2; value += step) ticks.push(Number(value.toFixed(digits)));
  return { domain: [ticks[0]!, ticks.at(-1)!], ticks };
}
