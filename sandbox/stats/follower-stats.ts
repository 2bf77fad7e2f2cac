// Synthetic follower gains (§12.6, time-bound) and the matching total follower count
// (`networkSizes`, firstDegreeSize). Gains are a function of (organisation, day); the network size
// at any instant is the initial audience plus every gain since GROWTH_ANCHOR, so
// networkSize(t2) − networkSize(t1) equals the gains reported for [t1, t2) exactly.
import { GROWTH_ANCHOR } from "./organization-share-stats";
import { rngFor } from "./prng";
import {
  bucketRanges,
  DAY_MS,
  type Granularity,
  startOfUtcDay,
  type TimeRange,
  utcDayNumber,
  utcWeekday,
} from "./utc-time";

export interface FollowerProfile {
  /** Followers at GROWTH_ANCHOR. */
  initialFollowers: number;
  /** Typical new organic followers on a weekday at GROWTH_ANCHOR. */
  dailyOrganicGain: number;
  growthPerYear: number;
  /** Expected unfollows per day, netted into the organic gain (which can therefore be negative). */
  dailyUnfollows: number;
  /** Probability that a 30-day block runs a paid follower campaign. */
  campaignProbability: number;
  /** Paid follows per day while a campaign runs. */
  dailyPaidGain: number;
}

export interface FollowerGains {
  organicFollowerGain: number;
  paidFollowerGain: number;
}

export interface FollowerGainsBucket {
  timeRange: TimeRange;
  followerGains: FollowerGains;
}

export interface FollowerStatsOptions {
  now: number;
  profile?: Partial<FollowerProfile>;
}

const YEAR_MS = 365.25 * DAY_MS;
const WEEKDAY_FACTOR = [1.1, 1.2, 1.15, 1.1, 0.95, 0.6, 0.55];

export function followerProfile(orgUrn: string, overrides: Partial<FollowerProfile> = {}): FollowerProfile {
  const rng = rngFor("follower-profile", orgUrn);
  const dailyOrganicGain = rng.logBetween(2, 60);
  return {
    initialFollowers: Math.round(rng.logBetween(300, 40_000)),
    dailyOrganicGain,
    growthPerYear: rng.between(0.05, 0.4),
    dailyUnfollows: dailyOrganicGain * rng.between(0.1, 0.35),
    campaignProbability: rng.between(0.1, 0.3),
    dailyPaidGain: rng.logBetween(3, 40),
    ...overrides,
  };
}

/** Net gains over the whole UTC day containing `dayMs` (zero before GROWTH_ANCHOR). */
export function fullDayFollowerGains(orgUrn: string, dayMs: number, profile: FollowerProfile): FollowerGains {
  const start = startOfUtcDay(dayMs);
  if (start < GROWTH_ANCHOR) return { organicFollowerGain: 0, paidFollowerGain: 0 };
  const rng = rngFor("follower-day", orgUrn, utcDayNumber(start));
  const trend = 1 + profile.growthPerYear * ((start - GROWTH_ANCHOR) / YEAR_MS);
  const follows = rng.poisson(
    profile.dailyOrganicGain * trend * WEEKDAY_FACTOR[utcWeekday(start)]! * Math.exp(0.3 * rng.normal()),
  );
  const unfollows = rng.poisson(profile.dailyUnfollows * trend);
  // Campaigns run in 30-day blocks counted from the anchor, so paid gains come in visible stretches.
  const block = Math.floor((start - GROWTH_ANCHOR) / (30 * DAY_MS));
  const campaign = rngFor("follower-campaign", orgUrn, block).chance(profile.campaignProbability);
  return {
    organicFollowerGain: follows - unfollows,
    paidFollowerGain: campaign ? rng.poisson(profile.dailyPaidGain) : 0,
  };
}

/** Gains for one day as seen at `now`: zero in the future, pro rata (truncated toward 0) for today. */
export function dailyFollowerGains(
  orgUrn: string,
  dayMs: number,
  options: FollowerStatsOptions,
): FollowerGains {
  return gainsAt(orgUrn, startOfUtcDay(dayMs), options.now, followerProfile(orgUrn, options.profile));
}

/** Time-bound follower statistics: one bucket per DAY / WEEK / MONTH overlapping the range, not after `now`. */
export function timeBoundFollowerGains(
  orgUrn: string,
  range: TimeRange,
  granularity: Granularity,
  options: FollowerStatsOptions,
): FollowerGainsBucket[] {
  const profile = followerProfile(orgUrn, options.profile);
  return bucketRanges(range, granularity)
    .filter((bucket) => bucket.start < options.now)
    .map((timeRange) => {
      const followerGains = { organicFollowerGain: 0, paidFollowerGain: 0 };
      for (const day of bucketRanges(timeRange, "DAY")) {
        const gains = gainsAt(orgUrn, day.start, options.now, profile);
        followerGains.organicFollowerGain += gains.organicFollowerGain;
        followerGains.paidFollowerGain += gains.paidFollowerGain;
      }
      return { timeRange, followerGains };
    });
}

/** Total followers at `now` (what `networkSizes` reports as firstDegreeSize); never negative. */
export function networkSize(orgUrn: string, options: FollowerStatsOptions): number {
  const profile = followerProfile(orgUrn, options.profile);
  let size = profile.initialFollowers;
  for (let day = GROWTH_ANCHOR; day < options.now; day += DAY_MS) {
    const gains = gainsAt(orgUrn, day, options.now, profile);
    size += gains.organicFollowerGain + gains.paidFollowerGain;
  }
  return Math.max(0, size);
}

/** §12.6 time-bound element. */
export function toFollowerGainsElement(orgUrn: string, bucket: FollowerGainsBucket) {
  return {
    organizationalEntity: orgUrn,
    timeRange: { start: bucket.timeRange.start, end: bucket.timeRange.end },
    followerGains: {
      organicFollowerGain: bucket.followerGains.organicFollowerGain,
      paidFollowerGain: bucket.followerGains.paidFollowerGain,
    },
  };
}

/** `GET /rest/networkSizes/{orgUrn}?edgeType=COMPANY_FOLLOWED_BY_MEMBER` body (§12.6). */
export function toNetworkSizeResponse(size: number): { firstDegreeSize: number } {
  return { firstDegreeSize: size };
}

function gainsAt(orgUrn: string, dayStart: number, now: number, profile: FollowerProfile): FollowerGains {
  if (dayStart >= now) return { organicFollowerGain: 0, paidFollowerGain: 0 };
  const full = fullDayFollowerGains(orgUrn, dayStart, profile);
  const fraction = Math.min(1, (now - dayStart) / DAY_MS);
  return {
    // "+ 0" turns the -0 that truncating a small negative gain yields into 0.
    organicFollowerGain: Math.trunc(full.organicFollowerGain * fraction) + 0,
    paidFollowerGain: Math.trunc(full.paidFollowerGain * fraction) + 0,
  };
}
