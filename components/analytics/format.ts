// How the Analytics page writes its numbers and dates. Figures stay raw in the data (and in CSV
// exports); only these helpers round them for reading. `null` — a figure LinkedIn does not report —
// is always shown as an em dash, never as 0.
import type { AnalyticsGranularity } from "@/lib/analytics/analytics-types";

export const MISSING = "—";

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const signedInteger = new Intl.NumberFormat("en", { maximumFractionDigits: 0, signDisplay: "exceptZero" });

/** 12345 → "12.3K"; small numbers as they are. */
export function formatCompact(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return compact.format(value);
}

/** 12345 → "12,345". */
export function formatInteger(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return integer.format(value);
}

/** 124 → "+124", -3 → "−3" (a true minus sign), 0 → "0". */
export function formatSignedInteger(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return signedInteger.format(value).replace("-", "−");
}

/** A rate (a fraction) as a percentage: 0.0432 → "4.3%"; below 0.1 % with two decimals. */
export function formatRate(value: number | null | undefined, digits?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const fractionDigits = digits ?? (value !== 0 && Math.abs(value) < 0.001 ? 2 : 1);
  return new Intl.NumberFormat("en", {
    style: "percent",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** Axis ticks of a rate chart: 0.05 → "5%", 0.025 → "2.5%". */
export function formatRateTick(value: number): string {
  return new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 }).format(value);
}

/** A relative change without its sign (the arrow carries it): 0.123 → "12.3%", 3.2 → "320%". */
export function formatChange(change: number): string {
  const abs = Math.abs(change);
  return new Intl.NumberFormat("en", {
    style: "percent",
    maximumFractionDigits: abs >= 1 ? 0 : 1,
  }).format(abs);
}

/** The difference of two rates in percentage points, unsigned: (0.052, 0.041) → "1.1 pts". */
export function formatPointsChange(value: number, previous: number): string {
  const points = Math.abs(value - previous) * 100;
  return `${points.toFixed(points >= 10 ? 0 : points >= 1 ? 1 : 2)} pts`;
}

export type Trend = "up" | "down" | "flat";

export function trendOf(delta: number | null | undefined): Trend | null {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return null;
  // Below a hundredth of a percent, call it flat: rounding would print "0.0%" with an arrow.
  if (Math.abs(delta) < 0.0001) return "flat";
  return delta > 0 ? "up" : "down";
}

// Dates of the series are UTC days (YYYY-MM-DD): format them in UTC so no zone shifts a day.
const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const dayTick = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });
const monthTick = new Intl.DateTimeFormat("en", { month: "short", year: "2-digit", timeZone: "UTC" });
const dayLong = new Intl.DateTimeFormat("en", {
  weekday: "short",
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});
const dayMedium = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
const monthLong = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });

/** An axis tick for a bucket starting on `start`. */
export function formatBucketTick(start: string, granularity: AnalyticsGranularity): string {
  return granularity === "month" ? monthTick.format(utc(start)) : dayTick.format(utc(start));
}

/** A bucket as a tooltip's title: "Tue, Nov 3, 2026", "Nov 2 – 8, 2026", "November 2026". */
export function formatBucketLabel(start: string, end: string, granularity: AnalyticsGranularity): string {
  if (granularity === "day" || start === end) return dayLong.format(utc(start));
  if (granularity === "month" && start.slice(8) === "01" && isLastDayOfMonth(end))
    return monthLong.format(utc(start));
  return formatDayRange(start, end);
}

/** "Nov 1 – 28, 2026", "Dec 29, 2025 – Jan 4, 2026". */
export function formatDayRange(from: string, to: string): string {
  // ICU versions differ on the spaces around the dash (thin, narrow no-break or plain): plain
  // spaces keep the server's and the browser's text the same for hydration.
  return dayMedium.formatRange(utc(from), utc(to)).replace(/[\u00a0\u2000-\u200a\u202f]/g, " ");
}

function isLastDayOfMonth(day: string): boolean {
  const next = utc(day);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

/** An instant where the viewer is: "Nov 3, 2026, 9:41 AM". */
export function formatInstant(value: string, timeZone?: string): string {
  return new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    new Date(value),
  );
}

/** A post's date in the table: "Nov 3, 2026". */
export function formatPostDate(value: string, timeZone?: string): string {
  return new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone }).format(new Date(value));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "12 min ago", "3 h ago", "yesterday", "5 days ago"; "in 12 min" for the future. */
export function formatRelativeShort(value: string | Date, nowMs: number): string {
  const diff = new Date(value).getTime() - nowMs;
  const abs = Math.abs(diff);
  const phrase = (amount: string) => (diff < 0 ? `${amount} ago` : `in ${amount}`);
  if (abs < MINUTE) return diff < 0 ? "just now" : "in less than a minute";
  if (abs < HOUR) return phrase(`${Math.round(abs / MINUTE)} min`);
  if (abs < DAY) return phrase(`${Math.round(abs / HOUR)} h`);
  const days = Math.round(abs / DAY);
  if (days === 1) return diff < 0 ? "yesterday" : "tomorrow";
  return phrase(`${days} days`);
}

/** The first lines of a post, whitespace collapsed. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
