// Follower gains of a Page over time (doc §12.6): one bucket per DAY, WEEK or MONTH with net
// organic and paid gains (can be negative), within the same 12-month window as share statistics
// (retention UNCONFIRMED; clipped by default, see statistics-window.ts).
import type { LinkedInClient } from "../http/linkedin-client";
import type { OrganizationUrn } from "../urns";
import { fetchTimeBoundStatistics } from "./fetch-time-bound-statistics";
import { followerStatisticsResponseSchema } from "./statistics-schemas";
import type { Granularity, WindowPolicy } from "./statistics-window";

export interface FollowerGainsBucket {
  start: Date;
  end: Date;
  organicGain: number;
  paidGain: number;
}

export async function getFollowerGains(
  client: LinkedInClient,
  input: {
    organization: OrganizationUrn;
    granularity: Granularity;
    start: Date;
    end: Date;
    policy?: WindowPolicy;
    signal?: AbortSignal;
  },
): Promise<{ buckets: FollowerGainsBucket[]; range: { start: Date; end: Date }; clipped: boolean }> {
  return fetchTimeBoundStatistics(client, {
    ...input,
    path: "/organizationalEntityFollowerStatistics",
    schema: followerStatisticsResponseSchema,
    toBucket: (element) => ({
      organicGain: element.followerGains?.organicFollowerGain ?? 0,
      paidGain: element.followerGains?.paidFollowerGain ?? 0,
    }),
  });
}
