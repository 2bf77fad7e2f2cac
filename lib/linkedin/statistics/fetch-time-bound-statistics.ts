// The shared shape of LinkedIn's time-bound statistics finders (doc §12.4, §12.6): the range is
// aligned and kept inside the 12-month window first (statistics-window.ts), then one FINDER call
// with `timeIntervals`, and every element with a time range becomes a bucket, oldest first.
import type { z } from "zod";
import type { LinkedInClient } from "../http/linkedin-client";
import type { OrganizationUrn } from "../urns";
import { STATISTICS_SCOPES } from "./statistics-scopes";
import { resolveStatisticsRange, type Granularity, type WindowPolicy } from "./statistics-window";

type TimedElement = { timeRange?: { start: number; end: number } | null };

export type TimeBoundInput = {
  organization: OrganizationUrn;
  granularity: Granularity;
  start: Date;
  end: Date;
  policy?: WindowPolicy;
  signal?: AbortSignal;
};

export async function fetchTimeBoundStatistics<Element extends TimedElement, Bucket>(
  client: LinkedInClient,
  input: TimeBoundInput & {
    path: "/organizationalEntityShareStatistics" | "/organizationalEntityFollowerStatistics";
    schema: z.ZodType<{ elements: Element[] }>;
    toBucket: (element: Element) => Bucket;
  },
): Promise<{
  buckets: ({ start: Date; end: Date } & Bucket)[];
  range: { start: Date; end: Date };
  clipped: boolean;
}> {
  const range = resolveStatisticsRange({
    ...input,
    nowMs: client.config.now(),
    endpoint: `GET /rest${input.path}`,
  });
  const resolved = { start: new Date(range.start), end: new Date(Math.max(range.start, range.end)) };
  if (range.start >= range.end) return { buckets: [], range: resolved, clipped: range.clipped };
  const { data } = await client.request({
    api: "rest",
    method: "GET",
    path: input.path,
    restliMethod: "FINDER",
    query: {
      q: "organizationalEntity",
      organizationalEntity: input.organization,
      timeIntervals: {
        timeRange: { start: range.start, end: range.end },
        timeGranularityType: input.granularity,
      },
    },
    schema: input.schema,
    requiredScopes: STATISTICS_SCOPES,
    signal: input.signal,
  });
  const buckets = data.elements
    .flatMap((element) =>
      element.timeRange
        ? [
            {
              start: new Date(element.timeRange.start),
              end: new Date(element.timeRange.end),
              ...input.toBucket(element),
            },
          ]
        : [],
    )
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  return { buckets, range: resolved, clipped: range.clipped };
}
