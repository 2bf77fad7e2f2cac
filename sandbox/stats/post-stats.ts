// Per-post share statistics (§12.5) for posts published through the sandbox. A post's lifetime
// potential is drawn once from its URN; what LinkedIn reports at `now` is that potential times an
// accrual curve of the post's age (most reach in the first 48 hours, a long tail over weeks). Every
// counter is floored from a non-decreasing curve, so counts never go down as the clock advances.
import { rngFor } from "./prng";
import { engagementOf, type ShareCounts, type TotalShareStatistics } from "./share-statistics";

export interface PostStatsOptions {
  postUrn: string;
  /** Epoch ms the post went live. */
  publishedAt: number;
  /** Sandbox clock, epoch ms. */
  now: number;
  /** Median lifetime impressions, e.g. derived from the author's follower count (default 1,500). */
  reach?: number;
}

const HOUR_MS = 3_600_000;
/** Share of posts that never get any activity, so "absent from the response" is exercised (§12.1). */
const ZERO_ACTIVITY_PROBABILITY = 0.08;

/** What the post will have reached when it stops accruing. */
export function postLifetimePotential(postUrn: string, reach = 1500): ShareCounts {
  const rng = rngFor("post-potential", postUrn);
  if (rng.chance(ZERO_ACTIVITY_PROBABILITY)) {
    return {
      impressionCount: 0,
      uniqueImpressionsCount: 0,
      clickCount: 0,
      likeCount: 0,
      commentCount: 0,
      shareCount: 0,
    };
  }
  // Log-normal around `reach`: most posts near the median, a few go viral.
  const impressionCount = Math.max(1, Math.round(reach * Math.exp(0.8 * rng.normal())));
  return {
    impressionCount,
    uniqueImpressionsCount: rng.binomial(impressionCount, rng.between(0.55, 0.8)),
    clickCount: rng.binomial(impressionCount, rng.between(0.005, 0.03)),
    likeCount: rng.binomial(impressionCount, rng.between(0.005, 0.025)),
    commentCount: rng.binomial(impressionCount, rng.between(0.0005, 0.004)),
    shareCount: rng.binomial(impressionCount, rng.between(0.0002, 0.002)),
  };
}

/**
 * Fraction of the lifetime potential reached at `ageMs`: 0 at publication, ~0.49 after 12 h,
 * ~0.80 after 48 h, ~0.995 after 4 weeks, → 1. Two exponentials: the feed burst and the long tail.
 */
export function accrualFraction(ageMs: number): number {
  if (ageMs <= 0) return 0;
  return 0.75 * (1 - Math.exp(-ageMs / (12 * HOUR_MS))) + 0.25 * (1 - Math.exp(-ageMs / (7 * 24 * HOUR_MS)));
}

/** The post's counters as LinkedIn would report them at `now`. */
export function postShareCounts({ postUrn, publishedAt, now, reach }: PostStatsOptions): ShareCounts {
  const potential = postLifetimePotential(postUrn, reach);
  const fraction = accrualFraction(now - publishedAt);
  return {
    impressionCount: Math.floor(potential.impressionCount * fraction),
    uniqueImpressionsCount: Math.floor(potential.uniqueImpressionsCount * fraction),
    clickCount: Math.floor(potential.clickCount * fraction),
    likeCount: Math.floor(potential.likeCount * fraction),
    commentCount: Math.floor(potential.commentCount * fraction),
    shareCount: Math.floor(potential.shareCount * fraction),
  };
}

/**
 * §12.5 element. share URNs are keyed `share`, ugcPost URNs `ugcPost`; per-post statistics carry
 * no mention counts (§12.2). Callers leave out posts for which `hasActivity` is false.
 */
export function toPostShareStatisticsElement(orgUrn: string, postUrn: string, counts: ShareCounts) {
  const key = postUrn.startsWith("urn:li:share:")
    ? "share"
    : postUrn.startsWith("urn:li:ugcPost:")
      ? "ugcPost"
      : undefined;
  if (!key)
    throw new Error(`Per-post statistics need a urn:li:share: or urn:li:ugcPost: URN, got ${postUrn}`);
  const totalShareStatistics: TotalShareStatistics = {
    impressionCount: counts.impressionCount,
    uniqueImpressionsCount: counts.uniqueImpressionsCount,
    clickCount: counts.clickCount,
    likeCount: counts.likeCount,
    commentCount: counts.commentCount,
    shareCount: counts.shareCount,
    engagement: engagementOf(counts),
  };
  return { organizationalEntity: orgUrn, [key]: postUrn, totalShareStatistics } as {
    organizationalEntity: string;
    share?: string;
    ugcPost?: string;
    totalShareStatistics: TotalShareStatistics;
  };
}
