// Wire shapes of the statistics finders (doc §12): `totalShareStatistics` fields are optional
// because time-bound buckets omit unique impressions and per-post elements omit mention counts
// (§12.2); follower facets are arrays keyed by a facet-specific field (§12.6).
import { z } from "zod";

export const totalShareStatisticsSchema = z.looseObject({
  impressionCount: z.number().optional(),
  uniqueImpressionsCount: z.number().optional(),
  clickCount: z.number().optional(),
  likeCount: z.number().optional(),
  commentCount: z.number().optional(),
  shareCount: z.number().optional(),
  engagement: z.number().optional(),
  shareMentionsCount: z.number().optional(),
  commentMentionsCount: z.number().optional(),
});

const timeRangeSchema = z.looseObject({ start: z.number(), end: z.number() });

export const shareStatisticsElementSchema = z.looseObject({
  organizationalEntity: z.string().optional(),
  share: z.string().optional(),
  ugcPost: z.string().optional(),
  timeRange: timeRangeSchema.optional(),
  totalShareStatistics: totalShareStatisticsSchema,
});

export const shareStatisticsResponseSchema = z.looseObject({
  elements: z.array(shareStatisticsElementSchema),
});

const facetEntrySchema = z.looseObject({
  followerCounts: z.looseObject({
    organicFollowerCount: z.number().optional(),
    paidFollowerCount: z.number().optional(),
  }),
});

export const FOLLOWER_FACETS = [
  "followerCountsByAssociationType",
  "followerCountsBySeniority",
  "followerCountsByIndustry",
  "followerCountsByFunction",
  "followerCountsByStaffCountRange",
  "followerCountsByGeoCountry",
  "followerCountsByGeo",
] as const;
export type FollowerFacet = (typeof FOLLOWER_FACETS)[number];

export const followerStatisticsResponseSchema = z.looseObject({
  elements: z.array(
    z.looseObject({
      timeRange: timeRangeSchema.optional(),
      followerGains: z
        .looseObject({ organicFollowerGain: z.number().optional(), paidFollowerGain: z.number().optional() })
        .optional(),
      ...Object.fromEntries(FOLLOWER_FACETS.map((facet) => [facet, z.array(facetEntrySchema).optional()])),
    }),
  ),
});

export const networkSizeSchema = z.looseObject({ firstDegreeSize: z.number().int() });

export type TotalShareStatistics = z.infer<typeof totalShareStatisticsSchema>;
export type FacetEntry = z.infer<typeof facetEntrySchema>;
