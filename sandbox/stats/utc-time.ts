// UTC calendar arithmetic for statistics buckets. §12.1 recommends start-inclusive, end-exclusive
// buckets on midnight-UTC boundaries; MONTH buckets run from the 1st 00:00 UTC to the next 1st (§12.4).

export const DAY_MS = 86_400_000;

export interface TimeRange {
  /** Inclusive, epoch ms. */
  start: number;
  /** Exclusive, epoch ms. */
  end: number;
}

export type Granularity = "DAY" | "WEEK" | "MONTH";

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export function startOfUtcMonth(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** `ms` moved by `months` calendar months, clamping the day (31 March − 1 month = 28/29 February). */
export function addUtcMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return (
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay)) +
    (ms - startOfUtcDay(ms))
  );
}

/** Days since the epoch; used as a stable key for per-day random draws. */
export function utcDayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** 0 = Monday … 6 = Sunday. */
export function utcWeekday(ms: number): number {
  return (new Date(ms).getUTCDay() + 6) % 7;
}

/**
 * The aligned buckets overlapping [start, end): days and months on UTC boundaries; weeks are runs
 * of 7 days from the UTC day containing `start` (LinkedIn does not document week alignment).
 */
export function bucketRanges(range: TimeRange, granularity: Granularity): TimeRange[] {
  const buckets: TimeRange[] = [];
  let cursor = granularity === "MONTH" ? startOfUtcMonth(range.start) : startOfUtcDay(range.start);
  while (cursor < range.end) {
    const next =
      granularity === "MONTH" ? addUtcMonths(cursor, 1) : cursor + (granularity === "WEEK" ? 7 : 1) * DAY_MS;
    buckets.push({ start: cursor, end: next });
    cursor = next;
  }
  return buckets;
}

/** §12.1: statistics exist only "within the past 12 months, using a rolling 12-month window". */
export function rollingTwelveMonths(now: number): TimeRange {
  return { start: startOfUtcDay(addUtcMonths(now, -12)), end: now };
}
