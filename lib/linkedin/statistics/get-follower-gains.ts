// Follower gains of a Page over time (doc §12.6): one bucket per DAY, WEEK or MONTH with net
// organic and paid gains (can be negative), within the same 12-month window as share statistics
// (retention UNCONFIRMED; clipped by default, see statistics-window.ts).
import type { LinkedInClient } from "../http/linkedin-client";
import type { OrganizationUrn } from "../urns";
import { STATISTICS_SCOPES } from "./statistics-scopes";
import { followerStatisticsResponseSchema } from "./statistics-schemas";
import { resolveStatisticsRange, type Granularity, type WindowPolicy } from "./statistics-window";

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
  const endpoint = "GET /rest/organizationalEntityFollowerStatistics";
  const range = resolveStatisticsRange({ ...input, nowMs: client.config.now(), endpoint });
  const resolved = { start: new Date(range.start), end: new Date(Math.max(range.start, range.end)) };
  if (range.start >= range.end) return { buckets: [], range: resolved, clipped: range.clipped };
  const { data } = await client.request({
    api: "rest",
    method: "GET",
    path: "/organizationalEntityFollowerStatistics",
    restliMethod: "FINDER",
    query: {
      q: "organizationalEntity",
      organizationalEntity: input.organization,
      timeIntervals: {
        timeRange: { start: range.start, end: range.end },
        timeGranularityType: input.granularity,
      },
    },
    schema: followerStatisticsResponseSchema,
    requiredScopes: STATISTICS_SCOPES,
    signal: input.signal,
  });
  const buckets = data.elements
    .flatMap((e) =>
      e.timeRange
        ? [
            {
              start: new Date(e.timeRange.start),
              end: new Date(e.timeRange.end),
              organicGain: e.followerGains?.organicFollowerGain ?? 0,
              paidGain: e.followerGains?.paidFollowerGain ?? 0,
            },
          ]
        : [],
    )
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  return { buckets, range: resolved, clipped: range.clipped };
}
