// A Page's share statistics (doc §12.3, §12.4): the lifetime aggregate (LinkedIn's rolling 12
// months), DAY buckets and MONTH buckets, stored as LinkedIn reported them on UTC boundaries.
import type { LinkedInClient } from "@/lib/linkedin";
import { getOrganizationShareStatistics } from "@/lib/linkedin/statistics/get-organization-share-statistics";
import { getShareStatisticsByPeriod } from "@/lib/linkedin/statistics/get-share-statistics-by-period";
import type { ShareStatistics } from "@/lib/linkedin/statistics/share-statistics";
import type { OrganizationUrn } from "@/lib/linkedin/urns";
import type { SyncPlan } from "./sync-plan";
import { writeChangedRows, type WriteResult } from "./write-changed-rows";

/** The LIFETIME row has one fixed key: it is the Page's current 12-month total. */
export const LIFETIME_PERIOD = new Date(0);

export function shareFigures(statistics: ShareStatistics) {
  return {
    impressionCount: statistics.impressions,
    uniqueImpressionsCount: statistics.uniqueImpressions,
    clickCount: statistics.clicks,
    likeCount: statistics.likes,
    commentCount: statistics.comments,
    shareCount: statistics.shares,
    engagement: statistics.engagement,
    shareMentionsCount: statistics.shareMentions,
    commentMentionsCount: statistics.commentMentions,
  };
}

export async function syncShareStatistics(
  client: LinkedInClient,
  input: { channelId: string; organization: OrganizationUrn; plan: SyncPlan; now: Date },
): Promise<{ lifetime: WriteResult; days: WriteResult; months: WriteResult }> {
  const { channelId, organization, plan, now } = input;
  const lifetime = await getOrganizationShareStatistics(client, { organization });
  const days = await getShareStatisticsByPeriod(client, {
    organization,
    granularity: "DAY",
    start: plan.daysFrom,
    end: now,
  });
  const months = await getShareStatisticsByPeriod(client, {
    organization,
    granularity: "MONTH",
    start: plan.monthsFrom,
    end: now,
  });
  const toRows = (buckets: typeof days.buckets) =>
    buckets.map((bucket) => ({ periodStart: bucket.start, figures: shareFigures(bucket.statistics) }));
  return {
    lifetime: await writeChangedRows(
      "shareStatistic",
      channelId,
      "LIFETIME",
      [{ periodStart: LIFETIME_PERIOD, figures: shareFigures(lifetime) }],
      now,
    ),
    days: await writeChangedRows("shareStatistic", channelId, "DAY", toRows(days.buckets), now),
    months: await writeChangedRows("shareStatistic", channelId, "MONTH", toRows(months.buckets), now),
  };
}
