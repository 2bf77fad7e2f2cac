// Whole UTC days and the buckets the Analytics page groups them into. LinkedIn's buckets sit on
// 00:00 UTC (doc §12.4), so days are UTC days; weeks start on Monday; the first and last bucket
// are clipped to the range, so a bucket never holds days outside what was asked.
import type { AnalyticsGranularity } from "./analytics-types";

export const DAY_MS = 86_400_000;

/** "2026-11-29" → epoch ms of its 00:00 UTC. */
export const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
/** Epoch ms → "2026-11-29" (the UTC day it falls in). */
export const dayOf = (ms: number) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => dayOf(dayMs(day) + days * DAY_MS);

/** Days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string) => Math.round((dayMs(to) - dayMs(from)) / DAY_MS) + 1;

/** The period of equal length just before [from, to]. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const length = daysBetween(from, to);
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

export interface Bucket {
  /** First and last day, both included. */
  start: string;
  end: string;
}

/** The first day of the (unclipped) bucket holding `day`: itself, its Monday, or the 1st. */
export function bucketStart(day: string, granularity: AnalyticsGranularity): string {
  if (granularity === "day") return day;
  const date = new Date(dayMs(day));
  if (granularity === "month") return dayOf(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  const mondayOffset = (date.getUTCDay() + 6) % 7;
  return addDays(day, -mondayOffset);
}

function nextBucketStart(start: string, granularity: AnalyticsGranularity): string {
  if (granularity === "day") return addDays(start, 1);
  if (granularity === "week") return addDays(start, 7);
  const date = new Date(dayMs(start));
  return dayOf(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
}

/** Consecutive buckets covering [from, to], the first and last clipped to the range. */
export function bucketsOf(from: string, to: string, granularity: AnalyticsGranularity): Bucket[] {
  const buckets: Bucket[] = [];
  for (let start = bucketStart(from, granularity); start <= to; start = nextBucketStart(start, granularity)) {
    const end = addDays(nextBucketStart(start, granularity), -1);
    buckets.push({ start: start < from ? from : start, end: end > to ? to : end });
  }
  return buckets;
}

/** The bucket covers a whole calendar month (LinkedIn's MONTH bucket can stand for it). */
export function isWholeMonth(bucket: Bucket): boolean {
  const start = new Date(dayMs(bucket.start));
  const end = new Date(dayMs(bucket.end) + DAY_MS);
  return (
    start.getUTCDate() === 1 &&
    end.getUTCDate() === 1 &&
    dayMs(bucket.end) - dayMs(bucket.start) < 31 * DAY_MS
  );
}
