// Lifetime statistics of a channel's posts (doc §12.5): share and ugcPost URNs go to their own
// parameters, in chunks (get-post-statistics.ts). A post LinkedIn leaves out had no activity: its
// figures are zeros and `reported` false — unless LinkedIn reported it before, in which case it
// was deleted or aged out and its last figures are kept rather than wiped. Only rows whose figures
// changed are written.
import { getDb } from "@/lib/db";
import { getPostStatistics, type LinkedInClient } from "@/lib/linkedin";
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
): Promise<{ asked: number; changed: number }> {
  const { channelId, organization, plan, now } = input;
  const db = await getDb();
  const posts = await db.channelPost.findMany({
    where: {
      channelId,
      publishedAt: { gte: plan.postsFrom },
      OR: [{ publishedAt: { gte: plan.postStatsFrom } }, { statsCheckedAt: null }],
    },
  });
  if (posts.length === 0) return { asked: 0, changed: 0 };
  const results = await getPostStatistics(client, {
    organization,
    posts: posts.map((post) => post.urn as PostUrn),
  });
  const byUrn = new Map(results.map((result) => [result.urn as string, result]));
  const changed = new Map<string, Record<string, number | boolean | null>>();
  for (const post of posts) {
    const result = byUrn.get(post.urn);
    if (!result || (!result.reported && post.reported)) continue;
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
      changed.set(post.id, data);
  }
  await db.$transaction(async (tx) => {
    for (const [id, data] of changed)
      await tx.channelPost.update({
        where: { id },
        data: { ...data, statsCheckedAt: now, statsChangedAt: now },
      });
    const unchanged = posts.filter((post) => !changed.has(post.id)).map((post) => post.id);
    if (unchanged.length)
      await tx.channelPost.updateMany({ where: { id: { in: unchanged } }, data: { statsCheckedAt: now } });
  });
  return { asked: posts.length, changed: changed.size };
}
