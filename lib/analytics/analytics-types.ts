// The Analytics page's question and Cadence's answer, shared by the route, the service and the
// browser. Figures are LinkedIn's organic statistics as synced; a figure LinkedIn does not report
// for a query is null (never 0), and every change compares with the previous period of equal length.
import { z } from "zod";

export const ANALYTICS_GRANULARITIES = ["day", "week", "month"] as const;
export type AnalyticsGranularity = (typeof ANALYTICS_GRANULARITIES)[number];

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-29.")
  // Date.parse rolls 2026-02-30 over to 2 March: a real day reads back the same.
  .refine((value) => {
    const ms = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
  }, "That date does not exist.");

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Query of GET /api/analytics. `from` and `to` are whole UTC days, both included. */
export const analyticsQuerySchema = z
  .object({
    /** Channel ids; empty or absent = every channel of the workspace. */
    channels: z.array(z.string().min(1).max(64)).max(100).default([]),
    from: isoDay,
    to: isoDay,
    granularity: z.enum(ANALYTICS_GRANULARITIES).default("day"),
    /** The viewer's IANA zone: only the best-time heat-map uses it (weekday × hour). */
    tz: z.string().max(64).refine(isTimeZone, "Unknown time zone.").default("UTC"),
  })
  .refine((q) => q.from <= q.to, { message: "The start date is after the end date.", path: ["from"] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, {
    message: "Pick at most 400 days: LinkedIn keeps statistics for the last 12 months.",
    path: ["to"],
  });
export type AnalyticsQuery = z.infer<typeof analyticsQuerySchema>;

export const KPI_KEYS = [
  "impressions",
  "uniqueImpressions",
  "clicks",
  "reactions",
  "comments",
  "reposts",
  "engagementRate",
  "followers",
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export interface Kpi {
  key: KpiKey;
  label: string;
  /** null: LinkedIn reports no figure for this selection (see `note`). */
  value: number | null;
  previous: number | null;
  /** (value − previous) / previous; null when there is nothing to compare with. */
  change: number | null;
  /** Followers: the net gain in the period, which `change` is not. */
  gain?: number | null;
  /** Where the number comes from, or why it is missing, in plain words. */
  note?: string;
}

/** One bucket of the series. `start` is a UTC day (YYYY-MM-DD); `end` is the bucket's last day. */
export interface SeriesPoint {
  start: string;
  end: string;
  impressions: number;
  /** Only where LinkedIn reports it for the bucket's period; null otherwise. */
  uniqueImpressions: number | null;
  clicks: number;
  reactions: number;
  comments: number;
  reposts: number;
  /** (clicks + reactions + comments + reposts) / impressions; null without impressions. */
  engagementRate: number | null;
  /** Total followers at the end of the bucket (derived from today's total and daily gains). */
  followers: number | null;
  followerGain: number | null;
  /** The bucket is not over yet (today, this week, this month): figures still grow. */
  partial: boolean;
}

export interface AnalyticsPostRow {
  /** ChannelPost id: the detail view's key. */
  id: string;
  channelId: string;
  channelName: string;
  urn: string;
  /** Where the post can be seen (LinkedIn, or the sandbox's feed page). */
  url: string;
  publishedAt: string;
  text: string;
  contentKind: "TEXT" | "IMAGE" | "IMAGES" | "VIDEO" | "DOCUMENT" | "ARTICLE" | "OTHER";
  /** Cadence's copy of the first image or video thumbnail; null for posts made outside Cadence. */
  thumbnailUrl: string | null;
  /** The Cadence post, if Cadence published it. */
  cadencePostId: string | null;
  impressions: number | null;
  uniqueImpressions: number | null;
  clicks: number | null;
  reactions: number | null;
  comments: number | null;
  reposts: number | null;
  engagementRate: number | null;
  /** false: LinkedIn has no activity for it yet (figures are then 0), or it was never asked. */
  reported: boolean;
  statsCheckedAt: string | null;
}

export interface HeatmapCell {
  /** 0 = Monday … 6 = Sunday, in the viewer's zone. */
  weekday: number;
  hour: number;
  posts: number;
  /** Median engagement rate of the posts published in this slot. */
  medianEngagementRate: number | null;
  medianImpressions: number | null;
}

export interface Heatmap {
  timeZone: string;
  /** Posts with statistics that the map is built from (the channel's own posts, last 12 months). */
  sampleSize: number;
  cells: HeatmapCell[];
}

export type AnalyticsSyncState =
  "PENDING" | "SYNCING" | "OK" | "NO_PERMISSION" | "NOT_AVAILABLE" | "RATE_LIMITED" | "FAILED";

export interface AnalyticsChannel {
  id: string;
  name: string;
  kind: "ORGANIZATION" | "MEMBER";
  logoUrl: string | null;
  /** Included in the figures of this answer. */
  selected: boolean;
  sync: {
    status: AnalyticsSyncState;
    /** Plain words for anything but OK. */
    reason: string | null;
    lastSyncedAt: string | null;
    nextSyncAt: string | null;
    startedAt: string | null;
  };
}

export interface AnalyticsResponse {
  query: AnalyticsQuery;
  /** The previous period of equal length the changes compare with. */
  previous: { from: string; to: string };
  channels: AnalyticsChannel[];
  /** At least one selected channel has figures (a first sync finished). */
  hasData: boolean;
  kpis: Kpi[];
  series: SeriesPoint[];
  posts: AnalyticsPostRow[];
  heatmap: Heatmap;
  /**
   * LinkedIn's own 12-month totals of the selected channels (its lifetime aggregate, the only
   * place it reports unique impressions for a Page); null before the first sync.
   */
  twelveMonths: { impressions: number; uniqueImpressions: number | null } | null;
  /** Things the reader should know about these figures (clipped range, missing fields…). */
  notes: string[];
}
