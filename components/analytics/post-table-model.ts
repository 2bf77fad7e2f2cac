// The per-post table's model: sorting by any column (missing figures always last), paging, the
// CSV export in the order shown, and the medians the detail view compares a post with.
import type { AnalyticsPostRow } from "@/lib/analytics/analytics-types";
import type { CsvColumn } from "@/components/analytics/csv";

export const METRIC_COLUMNS = [
  { key: "impressions", label: "Impressions", short: "Impr." },
  { key: "uniqueImpressions", label: "Unique impressions", short: "Unique" },
  { key: "clicks", label: "Clicks", short: "Clicks" },
  { key: "reactions", label: "Reactions", short: "React." },
  { key: "comments", label: "Comments", short: "Comm." },
  { key: "reposts", label: "Reposts", short: "Reposts" },
  { key: "engagementRate", label: "Engagement rate", short: "Eng." },
] as const;

export type MetricKey = (typeof METRIC_COLUMNS)[number]["key"];
export type PostSortKey = "text" | "publishedAt" | "channelName" | MetricKey;
export type SortDirection = "asc" | "desc";
export type PostSort = { key: PostSortKey; direction: SortDirection };

export const DEFAULT_POST_SORT: PostSort = { key: "publishedAt", direction: "desc" };
export const POSTS_PAGE_SIZE = 25;

/** The first click on a column: words A→Z, dates and figures biggest first. */
export function firstDirection(key: PostSortKey): SortDirection {
  return key === "text" || key === "channelName" ? "asc" : "desc";
}

/** Clicking a header: the same column flips, another column starts with its first direction. */
export function nextSort(current: PostSort, key: PostSortKey): PostSort {
  if (current.key === key) return { key, direction: current.direction === "asc" ? "desc" : "asc" };
  return { key, direction: firstDirection(key) };
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function sortValue(row: AnalyticsPostRow, key: PostSortKey): string | number | null {
  if (key === "publishedAt") return Date.parse(row.publishedAt);
  if (key === "text") return row.text.trim();
  if (key === "channelName") return row.channelName;
  return row[key];
}

/** A sorted copy. Ties fall back to the newest first, then the id, so the order never jumps. */
export function sortPosts(rows: readonly AnalyticsPostRow[], sort: PostSort): AnalyticsPostRow[] {
  const sign = sort.direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = sortValue(a, sort.key);
    const right = sortValue(b, sort.key);
    if (left === null || right === null || left === "" || right === "") {
      const leftMissing = left === null || left === "";
      const rightMissing = right === null || right === "";
      if (leftMissing !== rightMissing) return leftMissing ? 1 : -1; // missing last, both directions
    } else if (left !== right) {
      const order =
        typeof left === "number" && typeof right === "number"
          ? left - right
          : collator.compare(String(left), String(right));
      if (order !== 0) return sign * order;
    }
    return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

export function pageCount(total: number, pageSize = POSTS_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function pageOf<T>(rows: readonly T[], page: number, pageSize = POSTS_PAGE_SIZE): T[] {
  const clamped = Math.min(Math.max(1, page), pageCount(rows.length, pageSize));
  return rows.slice((clamped - 1) * pageSize, clamped * pageSize);
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median engagement rate of a channel's posts that have one, and how many those are. */
export function channelMedianEngagement(
  rows: readonly AnalyticsPostRow[],
  channelId: string,
): { median: number | null; posts: number } {
  const rates = rows
    .filter((row) => row.channelId === channelId && row.engagementRate !== null)
    .map((row) => row.engagementRate!);
  return { median: median(rates), posts: rates.length };
}

export const POSTS_CSV_COLUMNS: CsvColumn<AnalyticsPostRow>[] = [
  { header: "Published at (UTC)", value: (row) => row.publishedAt },
  { header: "Channel", value: (row) => row.channelName },
  { header: "Text", value: (row) => row.text },
  { header: "Content kind", value: (row) => row.contentKind },
  { header: "Impressions", value: (row) => row.impressions },
  { header: "Unique impressions", value: (row) => row.uniqueImpressions },
  { header: "Clicks", value: (row) => row.clicks },
  { header: "Reactions", value: (row) => row.reactions },
  { header: "Comments", value: (row) => row.comments },
  { header: "Reposts", value: (row) => row.reposts },
  { header: "Engagement rate (fraction, 0.05 = 5%)", value: (row) => row.engagementRate },
  { header: "Reported by LinkedIn", value: (row) => row.reported },
  { header: "Statistics checked at (UTC)", value: (row) => row.statsCheckedAt },
  { header: "LinkedIn URL", value: (row) => row.url },
  { header: "LinkedIn URN", value: (row) => row.urn },
  { header: "Cadence post id", value: (row) => row.cadencePostId },
];
