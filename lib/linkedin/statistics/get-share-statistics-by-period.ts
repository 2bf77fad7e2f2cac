// Time-bound share statistics of a Page (doc §12.4): one bucket per DAY or MONTH on UTC
// boundaries, within the rolling 12-month window (older ranges clipped, or refused with
// policy "reject": see statistics-window.ts).
import type { LinkedInClient } from "../http/linkedin-client";
import type { OrganizationUrn } from "../urns";
import { mapShareStatistics, type ShareStatistics } from "./share-statistics";
import { STATISTICS_SCOPES } from "./statistics-scopes";
import { shareStatisticsResponseSchema } from "./statistics-schemas";
import { resolveStatisticsRange, type WindowPolicy } from "./statistics-window";

export interface ShareStatisticsBucket {
  start: Date;
  end: Date;
  statistics: ShareStatistics;
}

export interface ShareStatisticsByPeriod {
  buckets: ShareStatisticsBucket[];
  /** The range actually asked for, after alignment and clipping. */
  range: { start: Date; end: Date };
  /** Part of the requested range was older than LinkedIn keeps. */
  clipped: boolean;
}

export async function getShareStatisticsByPeriod(
  client: LinkedInClient,
  input: {
    organization: OrganizationUrn;
    granularity: "DAY" | "MONTH";
    start: Date;
    end: Date;
    policy?: WindowPolicy;
    signal?: AbortSignal;
  },
): Promise<ShareStatisticsByPeriod> {
  const endpoint = "GET /rest/organizationalEntityShareStatistics";
  const range = resolveStatisticsRange({ ...input, nowMs: client.config.now(), endpoint });
  const resolved = { start: new Date(range.start), end: new Date(Math.max(range.start, range.end)) };
  if (range.start >= range.end) return { buckets: [], range: resolved, clipped: range.clipped };
  const { data } = await client.request({
    api: "rest",
    method: "GET",
    path: "/organizationalEntityShareStatistics",
    restliMethod: "FINDER",
    query: {
      q: "organizationalEntity",
      organizationalEntity: input.organization,
      timeIntervals: {
        timeRange: { start: range.start, end: range.end },
        timeGranularityType: input.granularity,
      },
    },
    schema: shareStatisticsResponseSchema,
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
              statistics: mapShareStatistics(e.totalShareStatistics),
            },
          ]
        : [],
    )
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  return { buckets, range: resolved, clipped: range.clipped };
}
