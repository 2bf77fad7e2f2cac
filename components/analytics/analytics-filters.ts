// The Analytics page's filters live in the URL so a view can be shared, bookmarked and reloaded:
// `?range=90d&granularity=week&channels=a,b`, or `?from=2026-10-01&to=2026-10-31` for a custom
// range. Defaults (last 28 days, by day, every channel) are left out of the address. A preset is
// kept as its name, so a bookmarked "Last 28 days" keeps rolling. Days are UTC days, like the
// statistics LinkedIn reports.
import {
  ANALYTICS_GRANULARITIES,
  analyticsQuerySchema,
  type AnalyticsGranularity,
} from "@/lib/analytics/analytics-types";

export const RANGE_PRESETS = [
  { value: "7d", label: "Last 7 days" },
  { value: "28d", label: "Last 28 days" },
  { value: "90d", label: "Last 90 days" },
  { value: "12m", label: "Last 12 months" },
  { value: "this-month", label: "This month" },
  { value: "last-month", label: "Last month" },
] as const;

export type RangePreset = (typeof RANGE_PRESETS)[number]["value"];

export const DEFAULT_RANGE: RangePreset = "28d";
export const DEFAULT_GRANULARITY: AnalyticsGranularity = "day";

export const GRANULARITY_LABELS: Record<AnalyticsGranularity, string> = {
  day: "Day",
  week: "Week",
  month: "Month",
};

export type AnalyticsFilters = {
  /** Channel ids; empty = every channel. */
  channels: string[];
  range: RangePreset | "custom";
  /** Only for a custom range. */
  from: string | null;
  to: string | null;
  granularity: AnalyticsGranularity;
};

export const DEFAULT_FILTERS: AnalyticsFilters = {
  channels: [],
  range: DEFAULT_RANGE,
  from: null,
  to: null,
  granularity: DEFAULT_GRANULARITY,
};

const CHANNEL_ID = /^[A-Za-z0-9_-]{1,64}$/;
const PRESETS = new Set<string>(RANGE_PRESETS.map((preset) => preset.value));

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function reader(params: SearchParams) {
  return (name: string): string | null => {
    const value = params instanceof URLSearchParams ? params.get(name) : params[name];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  };
}

/** A custom range as the API would take it, or the reason it would not. */
export function validateCustomRange(from: string, to: string): { ok: true } | { ok: false; message: string } {
  const result = analyticsQuerySchema.safeParse({ from, to });
  if (result.success) return { ok: true };
  return { ok: false, message: result.error.issues[0]?.message ?? "Check the dates." };
}

/** Unknown or invalid values fall back to the defaults: a stale link shows the usual view. */
export function readAnalyticsFilters(params: SearchParams): AnalyticsFilters {
  const get = reader(params);
  const channels = [
    ...new Set(
      (get("channels") ?? "")
        .split(",")
        .map((id) => id.trim())
        .filter((id) => CHANNEL_ID.test(id)),
    ),
  ].slice(0, 100);
  const granularityParam = get("granularity");
  const granularity = ANALYTICS_GRANULARITIES.includes(granularityParam as AnalyticsGranularity)
    ? (granularityParam as AnalyticsGranularity)
    : DEFAULT_GRANULARITY;
  const from = get("from");
  const to = get("to");
  if (from && to && validateCustomRange(from, to).ok) {
    return { channels, range: "custom", from, to, granularity };
  }
  const range = get("range");
  return {
    channels,
    range: range && PRESETS.has(range) ? (range as RangePreset) : DEFAULT_RANGE,
    from: null,
    to: null,
    granularity,
  };
}

/** `?range=…&granularity=…&channels=…` (empty for the defaults); `extra` keeps other parameters. */
export function analyticsFiltersQuery(
  filters: AnalyticsFilters,
  extra?: Record<string, string | null>,
): string {
  const params = new URLSearchParams();
  if (filters.range === "custom" && filters.from && filters.to) {
    params.set("from", filters.from);
    params.set("to", filters.to);
  } else if (filters.range !== "custom" && filters.range !== DEFAULT_RANGE) {
    params.set("range", filters.range);
  }
  if (filters.granularity !== DEFAULT_GRANULARITY) params.set("granularity", filters.granularity);
  if (filters.channels.length) params.set("channels", filters.channels.join(","));
  for (const [name, value] of Object.entries(extra ?? {})) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `?${query.replace(/%2C/g, ",")}` : "";
}

/** Today's UTC day. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The days a preset covers, both included. Presets end with yesterday, the last complete day (as
 * LinkedIn's own analytics do), so a change against the previous period compares whole days;
 * only "This month" on the 1st is today alone.
 */
export function presetRange(preset: RangePreset, today: string): { from: string; to: string } {
  const yesterday = addDays(today, -1);
  switch (preset) {
    case "7d":
      return { from: addDays(yesterday, -6), to: yesterday };
    case "28d":
      return { from: addDays(yesterday, -27), to: yesterday };
    case "90d":
      return { from: addDays(yesterday, -89), to: yesterday };
    case "12m":
      // Twelve calendar months up to yesterday's: monthly charts get whole months.
      return { from: `${addMonths(yesterday, -11).slice(0, 7)}-01`, to: yesterday };
    case "this-month": {
      const first = `${today.slice(0, 7)}-01`;
      return { from: first, to: today === first ? today : yesterday };
    }
    case "last-month": {
      const firstOfThisMonth = `${today.slice(0, 7)}-01`;
      const lastOfPrevious = addDays(firstOfThisMonth, -1);
      return { from: `${lastOfPrevious.slice(0, 7)}-01`, to: lastOfPrevious };
    }
  }
}

export function resolveRange(filters: AnalyticsFilters, today: string): { from: string; to: string } {
  if (filters.range === "custom" && filters.from && filters.to) return { from: filters.from, to: filters.to };
  return presetRange(filters.range === "custom" ? DEFAULT_RANGE : filters.range, today);
}

export type AnalyticsRequest = {
  channels: string[];
  from: string;
  to: string;
  granularity: AnalyticsGranularity;
  tz: string;
};

export function analyticsRequest(filters: AnalyticsFilters, today: string, tz: string): AnalyticsRequest {
  return {
    channels: filters.channels,
    ...resolveRange(filters, today),
    granularity: filters.granularity,
    tz,
  };
}

/** GET /api/analytics?channels=a,b&from=…&to=…&granularity=…&tz=… */
export function analyticsApiUrl(request: AnalyticsRequest): string {
  const params = new URLSearchParams();
  if (request.channels.length) params.set("channels", request.channels.join(","));
  params.set("from", request.from);
  params.set("to", request.to);
  params.set("granularity", request.granularity);
  params.set("tz", request.tz);
  return `/api/analytics?${params.toString().replace(/%2C/g, ",")}`;
}
