// A Page's followers (doc §12.6): today's total from networkSizes, kept once per UTC day so the
// growth chart has real observed totals, and the net organic/paid gains per DAY bucket.
import type { LinkedInClient } from "@/lib/linkedin";
import { getFollowerCount } from "@/lib/linkedin/statistics/get-follower-count";
import { getFollowerGains } from "@/lib/linkedin/statistics/get-follower-gains";
import type { OrganizationUrn } from "@/lib/linkedin/urns";
import { DAY_MS, type SyncPlan } from "./sync-plan";
import { writeChangedRows, type WriteResult } from "./write-changed-rows";

export async function syncFollowerStatistics(
  client: LinkedInClient,
  input: { channelId: string; organization: OrganizationUrn; plan: SyncPlan; now: Date },
): Promise<{ total: number; days: WriteResult }> {
  const { channelId, organization, plan, now } = input;
  const total = await getFollowerCount(client, { organization });
  const gains = await getFollowerGains(client, {
    organization,
    granularity: "DAY",
    start: plan.daysFrom,
    end: now,
  });
  const today = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  await writeChangedRows(
    "followerStatistic",
    channelId,
    "LIFETIME",
    [{ periodStart: today, figures: { totalFollowers: total } }],
    now,
  );
  const days = await writeChangedRows(
    "followerStatistic",
    channelId,
    "DAY",
    gains.buckets.map((bucket) => ({
      periodStart: bucket.start,
      figures: { organicGain: bucket.organicGain, paidGain: bucket.paidGain },
    })),
    now,
  );
  return { total, days };
}
