// Lifetime statistics of a channel's posts (doc §12.5): share and ugcPost URNs go to their own
// parameters, in chunks (get-post-statistics.ts). A post LinkedIn leaves out had no activity: its
// figures are zeros and `reported` false. Only rows whose figures changed are written.
import { getDb } from "@/lib/db";
import { getPostStatistics, planPostStatisticsRequests, type LinkedInClient } from "@/lib/linkedin";
import type { OrganizationUrn, PostUrn } from "@/lib/linkedin/urns";
import type { SyncPlan } from "./sync-plan";

const FIELDS = [
  "impressionCount",
  "uniqueImpressionsCount",
  "clickCount",
  "likeCount",
  "commentCount",
  "shareCount",
  "engagement",
  "reported",
] as const;

export async function syncPostStatistics(
  client: LinkedInClient,
  input: { channelId: string; organization: OrganizationUrn; plan: SyncPlan; now: Date },
): Promise<{ calls: number; asked: number; changed: number }> {
  const { channelId, organization, plan, now } = input;
  const db = await getDb();
  const posts = await db.channelPost.findMany({
    where: {
      channelId,
      OR: [{ publishedAt: { gte: plan.postStatsFrom } }, { statsCheckedAt: null }],
    },
  });
  if (posts.length === 0) return { calls: 0, asked: 0, changed: 0 };
  const urns = posts.map((post) => post.urn as PostUrn);
  const results = await getPostStatistics(client, { organization, posts: urns });
  const byUrn = new Map(results.map((result) => [result.urn as string, result]));
  const changed: { id: string; data: Record<string, number | boolean | null> }[] = [];
  for (const post of posts) {
    const result = byUrn.get(post.urn);
    if (!result) continue;
    const s = result.statistics;
    const data = {
      impressionCount: s.impressions,
      uniqueImpressionsCount: s.uniqueImpressions,
      clickCount: s.clicks,
      likeCount: s.likes,
      commentCount: s.comments,
      shareCount: s.shares,
      engagement: s.engagement,
      reported: result.reported,
    };
    if (post.statsCheckedAt === null || FIELDS.some((field) => post[field] !== data[field]))
      changed.push({ id: post.id, data });
  }
  await db.$transaction(async (tx) => {
    for (const row of changed)
      await tx.channelPost.update({
        where: { id: row.id },
        data: { ...row.data, statsCheckedAt: now, statsChangedAt: now },
      });
    const unchanged = posts
      .filter((post) => !changed.some((row) => row.id === post.id))
      .map((post) => post.id);
    if (unchanged.length)
      await tx.channelPost.updateMany({ where: { id: { in: unchanged } }, data: { statsCheckedAt: now } });
  });
  return { calls: planPostStatisticsRequests(urns).length, asked: posts.length, changed: changed.length };
}
