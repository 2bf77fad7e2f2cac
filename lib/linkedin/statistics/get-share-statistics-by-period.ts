// Time-bound share statistics of a Page (doc §12.4): one bucket per DAY or MONTH on UTC
// boundaries, within the rolling 12-month window (older ranges clipped, or refused with
// policy "reject": see statistics-window.ts).
import type { LinkedInClient } from "../http/linkedin-client";
import type { OrganizationUrn } from "../urns";
import { mapShareStatistics, type ShareStatistics } from "./share-statistics";
import { fetchTimeBoundStatistics } from "./fetch-time-bound-statistics";
import { shareStatisticsResponseSchema } from "./statistics-schemas";
import type { WindowPolicy } from "./statistics-window";

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
  return fetchTimeBoundStatistics(client, {
    ...input,
    path: "/organizationalEntityShareStatistics",
    schema: shareStatisticsResponseSchema,
    toBucket: (element) => ({ statistics: mapShareStatistics(element.totalShareStatistics) }),
  });
}
