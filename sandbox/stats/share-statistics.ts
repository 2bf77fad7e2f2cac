// Counter types and arithmetic shared by organisation and per-post share statistics (§12.2), and
// the one place where `engagement` is computed.

export interface ShareCounts {
  impressionCount: number;
  uniqueImpressionsCount: number;
  clickCount: number;
  likeCount: number;
  commentCount: number;
  shareCount: number;
}

/** Organisation-level counters also count mentions of the organisation (§12.2: not for per-post). */
export interface OrganizationShareCounts extends ShareCounts {
  shareMentionsCount: number;
  commentMentionsCount: number;
}

/** The fields LinkedIn returns, in its order, with `engagement` derived from the counts. */
export interface TotalShareStatistics {
  impressionCount: number;
  uniqueImpressionsCount?: number;
  clickCount: number;
  likeCount: number;
  commentCount: number;
  shareCount: number;
  engagement: number;
  shareMentionsCount?: number;
  commentMentionsCount?: number;
}

/** Additive counters: totals over a period are the sums over its days. Unique impressions are not. */
export const ADDITIVE_FIELDS = [
  "impressionCount",
  "clickCount",
  "likeCount",
  "commentCount",
  "shareCount",
  "shareMentionsCount",
  "commentMentionsCount",
] as const;

export const ZERO_ORGANIZATION_COUNTS: OrganizationShareCounts = {
  impressionCount: 0,
  uniqueImpressionsCount: 0,
  clickCount: 0,
  likeCount: 0,
  commentCount: 0,
  shareCount: 0,
  shareMentionsCount: 0,
  commentMentionsCount: 0,
};

/**
 * §12.2: engagement = (clicks + likes + comments + shares) / impressions, a fraction, unrounded
 * (the doc's 0.0145 is 29 / 2000 exactly). Zero impressions give 0 rather than NaN or Infinity.
 */
export function engagementOf(
  counts: Pick<ShareCounts, "impressionCount" | "clickCount" | "likeCount" | "commentCount" | "shareCount">,
): number {
  if (counts.impressionCount === 0) return 0;
  return (
    (counts.clickCount + counts.likeCount + counts.commentCount + counts.shareCount) / counts.impressionCount
  );
}

/** "Shares with no actions or impressions are not included" (§12.1): such posts are left out of responses. */
export function hasActivity(counts: ShareCounts): boolean {
  return (
    counts.impressionCount +
      counts.clickCount +
      counts.likeCount +
      counts.commentCount +
      counts.shareCount !==
    0
  );
}

/**
 * Totals over several days. Additive fields are summed; unique impressions over a period are fewer
 * than the sum of daily uniques (the same members come back), so they are `periodUniqueRatio` of
 * the impressions, kept between the largest single day and the sum of days so the numbers stay possible.
 */
export function sumOrganizationCounts(
  days: readonly OrganizationShareCounts[],
  periodUniqueRatio: number,
): OrganizationShareCounts {
  const total = { ...ZERO_ORGANIZATION_COUNTS };
  let maxDailyUnique = 0;
  for (const day of days) {
    for (const field of ADDITIVE_FIELDS) total[field] += day[field];
    total.uniqueImpressionsCount += day.uniqueImpressionsCount;
    maxDailyUnique = Math.max(maxDailyUnique, day.uniqueImpressionsCount);
  }
  if (days.length > 1) {
    const estimate = Math.round(total.impressionCount * periodUniqueRatio);
    total.uniqueImpressionsCount = Math.max(maxDailyUnique, Math.min(total.uniqueImpressionsCount, estimate));
  }
  return total;
}

/** Each counter scaled by `fraction` and floored: used for the part of a day that has elapsed. */
export function scaleCounts<T extends ShareCounts>(counts: T, fraction: number): T {
  if (fraction >= 1) return counts;
  const out = { ...counts };
  for (const key of Object.keys(out) as (keyof T)[]) {
    const value = out[key];
    if (typeof value === "number") out[key] = Math.floor(value * fraction) as T[keyof T];
  }
  return out;
}
