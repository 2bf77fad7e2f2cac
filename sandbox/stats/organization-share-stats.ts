// Synthetic, deterministic organisation share statistics (§12.3, §12.4): one set of counters per
// UTC day, a function of (organisation, day) only, shaped by the organisation's size, a weekly
// rhythm (busy Tuesday–Thursday, quiet weekends), slow growth, day-to-day noise and occasional
// spikes on days the organisation posts. The day containing `now` is counted pro rata, so numbers
// accrue as the sandbox clock moves and a finished day never changes.
import { rngFor } from "./prng";
import {
  engagementOf,
  type OrganizationShareCounts,
  scaleCounts,
  sumOrganizationCounts,
  type TotalShareStatistics,
  ZERO_ORGANIZATION_COUNTS,
} from "./share-statistics";
import {
  bucketRanges,
  DAY_MS,
  type Granularity,
  rollingTwelveMonths,
  startOfUtcDay,
  type TimeRange,
  utcDayNumber,
  utcWeekday,
} from "./utc-time";

export interface OrganizationStatsProfile {
  /** Typical weekday impressions at GROWTH_ANCHOR. */
  baseDailyImpressions: number;
  /** Linear growth of that level per year after GROWTH_ANCHOR (0.3 = +30 % a year). */
  growthPerYear: number;
  uniqueRatio: number;
  /** Unique impressions over multi-day periods, as a share of impressions (repeat viewers). */
  periodUniqueRatio: number;
  clickRate: number;
  likeRate: number;
  commentRate: number;
  shareRate: number;
  /** Expected mentions of the organisation per day, in posts and comments together. */
  mentionsPerDay: number;
  /** Probability that a day carries a post spike. */
  postDayProbability: number;
}

export interface OrganizationStatsOptions {
  /** Sandbox clock, epoch ms: nothing exists after it. */
  now: number;
  /** Overrides for the profile derived from the URN (e.g. a seeded "big" organisation). */
  profile?: Partial<OrganizationStatsProfile>;
}

export interface ShareStatisticsBucket {
  timeRange: TimeRange;
  counts: OrganizationShareCounts;
}

/** Growth is measured from here; earlier days sit at the base level. */
export const GROWTH_ANCHOR = Date.UTC(2020, 0, 1);
const YEAR_MS = 365.25 * DAY_MS;
/** Monday … Sunday. */
const WEEKDAY_FACTOR = [1.05, 1.2, 1.2, 1.15, 0.95, 0.5, 0.45];

export function organizationStatsProfile(
  orgUrn: string,
  overrides: Partial<OrganizationStatsProfile> = {},
): OrganizationStatsProfile {
  const rng = rngFor("org-share-profile", orgUrn);
  return {
    baseDailyImpressions: Math.round(rng.logBetween(150, 6000)),
    growthPerYear: rng.between(0.1, 0.5),
    uniqueRatio: rng.between(0.6, 0.8),
    periodUniqueRatio: rng.between(0.35, 0.55),
    clickRate: rng.between(0.008, 0.025),
    likeRate: rng.between(0.006, 0.02),
    commentRate: rng.between(0.0005, 0.003),
    shareRate: rng.between(0.0003, 0.002),
    mentionsPerDay: rng.between(0.05, 0.6),
    postDayProbability: rng.between(0.1, 0.35),
    ...overrides,
  };
}

/** Full-day counters for the UTC day containing `dayMs`, ignoring the clock. */
export function fullDayShareCounts(
  orgUrn: string,
  dayMs: number,
  profile: OrganizationStatsProfile,
): OrganizationShareCounts {
  const day = utcDayNumber(dayMs);
  const rng = rngFor("org-share-day", orgUrn, day);
  const years = Math.max(0, (day * DAY_MS - GROWTH_ANCHOR) / YEAR_MS);
  const trend = 1 + profile.growthPerYear * years;
  const noise = Math.exp(0.25 * rng.normal());
  const spike = rng.chance(profile.postDayProbability) ? rng.between(1.5, 4) : 1;
  const impressionCount = Math.round(
    profile.baseDailyImpressions * trend * WEEKDAY_FACTOR[utcWeekday(dayMs)]! * noise * spike,
  );
  return {
    impressionCount,
    uniqueImpressionsCount: rng.binomial(impressionCount, profile.uniqueRatio),
    clickCount: rng.binomial(impressionCount, profile.clickRate),
    likeCount: rng.binomial(impressionCount, profile.likeRate),
    commentCount: rng.binomial(impressionCount, profile.commentRate),
    shareCount: rng.binomial(impressionCount, profile.shareRate),
    shareMentionsCount: rng.poisson(profile.mentionsPerDay * 0.6 * spike),
    commentMentionsCount: rng.poisson(profile.mentionsPerDay * 0.4 * spike),
  };
}

/** Counters for one UTC day as seen at `now`: zero in the future, pro rata for today. */
export function dailyShareCounts(
  orgUrn: string,
  dayMs: number,
  options: OrganizationStatsOptions,
): OrganizationShareCounts {
  const start = startOfUtcDay(dayMs);
  if (start >= options.now) return { ...ZERO_ORGANIZATION_COUNTS };
  const full = fullDayShareCounts(orgUrn, start, organizationStatsProfile(orgUrn, options.profile));
  return scaleCounts(full, (options.now - start) / DAY_MS);
}

/**
 * Time-bound statistics (§12.4): one bucket per DAY or MONTH overlapping [range.start, range.end),
 * on UTC boundaries, each summing only the days inside the rolling 12-month window and before `now`.
 * Buckets wholly outside the window, or not yet started, are omitted.
 */
export function timeBoundShareStatistics(
  orgUrn: string,
  range: TimeRange,
  granularity: Extract<Granularity, "DAY" | "MONTH">,
  options: OrganizationStatsOptions,
): ShareStatisticsBucket[] {
  const window = rollingTwelveMonths(options.now);
  const profile = organizationStatsProfile(orgUrn, options.profile);
  return bucketRanges(range, granularity)
    .filter((bucket) => bucket.end > window.start && bucket.start < window.end)
    .map((timeRange) => ({
      timeRange,
      counts: sumDays(orgUrn, clip(timeRange, window), options.now, profile),
    }));
}

/** The DAY buckets of the whole rolling 12-month window, oldest first. */
export function twelveMonthsOfDays(
  orgUrn: string,
  options: OrganizationStatsOptions,
): ShareStatisticsBucket[] {
  return timeBoundShareStatistics(orgUrn, rollingTwelveMonths(options.now), "DAY", options);
}

/** Regroups DAY buckets into MONTH buckets on UTC boundaries; additive counters are exact sums. */
export function aggregateToMonths(
  days: readonly ShareStatisticsBucket[],
  periodUniqueRatio: number,
): ShareStatisticsBucket[] {
  const months = new Map<number, ShareStatisticsBucket[]>();
  for (const day of days) {
    const [month] = bucketRanges({ start: day.timeRange.start, end: day.timeRange.start + 1 }, "MONTH");
    const key = month!.start;
    months.set(key, [...(months.get(key) ?? []), day]);
  }
  return [...months.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, group]) => ({
      timeRange: { start, end: bucketRanges({ start, end: start + 1 }, "MONTH")[0]!.end },
      counts: sumOrganizationCounts(
        group.map((d) => d.counts),
        periodUniqueRatio,
      ),
    }));
}

/** Lifetime aggregate (§12.3): the whole rolling window, equal to the sum of its DAY buckets. */
export function lifetimeShareStatistics(
  orgUrn: string,
  options: OrganizationStatsOptions,
): OrganizationShareCounts {
  const profile = organizationStatsProfile(orgUrn, options.profile);
  return sumDays(orgUrn, rollingTwelveMonths(options.now), options.now, profile);
}

/** §12.3 element: all nine fields, no `share` key. */
export function toLifetimeShareStatisticsElement(orgUrn: string, counts: OrganizationShareCounts) {
  return {
    organizationalEntity: orgUrn,
    totalShareStatistics: toTotalShareStatistics(counts, {
      includeUniqueImpressions: true,
      includeMentions: true,
    }),
  };
}

/**
 * §12.4 element. The doc's example omits uniqueImpressionsCount (UNCONFIRMED) and the mention
 * counts from time-bound buckets; both can be switched on.
 */
export function toTimeBoundShareStatisticsElement(
  orgUrn: string,
  bucket: ShareStatisticsBucket,
  options: { includeUniqueImpressions?: boolean; includeMentions?: boolean } = {},
) {
  return {
    organizationalEntity: orgUrn,
    timeRange: { start: bucket.timeRange.start, end: bucket.timeRange.end },
    totalShareStatistics: toTotalShareStatistics(bucket.counts, options),
  };
}

export function toTotalShareStatistics(
  counts: OrganizationShareCounts,
  {
    includeUniqueImpressions = false,
    includeMentions = false,
  }: { includeUniqueImpressions?: boolean; includeMentions?: boolean },
): TotalShareStatistics {
  return {
    impressionCount: counts.impressionCount,
    ...(includeUniqueImpressions ? { uniqueImpressionsCount: counts.uniqueImpressionsCount } : {}),
    clickCount: counts.clickCount,
    likeCount: counts.likeCount,
    commentCount: counts.commentCount,
    shareCount: counts.shareCount,
    engagement: engagementOf(counts),
    ...(includeMentions
      ? { shareMentionsCount: counts.shareMentionsCount, commentMentionsCount: counts.commentMentionsCount }
      : {}),
  };
}

function sumDays(
  orgUrn: string,
  range: TimeRange,
  now: number,
  profile: OrganizationStatsProfile,
): OrganizationShareCounts {
  const days: OrganizationShareCounts[] = [];
  for (const day of bucketRanges(range, "DAY")) {
    if (day.start >= now) break;
    days.push(scaleCounts(fullDayShareCounts(orgUrn, day.start, profile), (now - day.start) / DAY_MS));
  }
  return sumOrganizationCounts(days, profile.periodUniqueRatio);
}

function clip(range: TimeRange, to: TimeRange): TimeRange {
  return { start: Math.max(range.start, to.start), end: Math.min(range.end, to.end) };
}
