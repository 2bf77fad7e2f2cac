// LinkedIn's `totalShareStatistics` (doc §12.2) in Cadence's words. Fields LinkedIn leaves out for
// a kind of query are null, not 0: unique impressions are absent from time-bound buckets and
// mention counts from per-post results, and a 0 there would be a lie.
import type { TotalShareStatistics } from "./statistics-schemas";

export interface ShareStatistics {
  impressions: number;
  uniqueImpressions: number | null;
  clicks: number;
  /** Can be negative (doc §12.2: an unlike of a sponsored like counted as organic). */
  likes: number;
  comments: number;
  shares: number;
  /** (clicks + likes + comments + shares) / impressions, a fraction. */
  engagement: number;
  shareMentions: number | null;
  commentMentions: number | null;
}

export const ZERO_SHARE_STATISTICS: ShareStatistics = {
  impressions: 0,
  uniqueImpressions: 0,
  clicks: 0,
  likes: 0,
  comments: 0,
  shares: 0,
  engagement: 0,
  shareMentions: null,
  commentMentions: null,
};

export function mapShareStatistics(wire: TotalShareStatistics): ShareStatistics {
  return {
    impressions: wire.impressionCount ?? 0,
    uniqueImpressions: wire.uniqueImpressionsCount ?? null,
    clicks: wire.clickCount ?? 0,
    likes: wire.likeCount ?? 0,
    comments: wire.commentCount ?? 0,
    shares: wire.shareCount ?? 0,
    engagement: wire.engagement ?? 0,
    shareMentions: wire.shareMentionsCount ?? null,
    commentMentions: wire.commentMentionsCount ?? null,
  };
}
