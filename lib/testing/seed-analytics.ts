// Synced statistics written straight into the database, for tests of the Analytics answer and for
// the bench: a Page with `days` of DAY buckets (impressions = 100 + day index, so sums are easy to
// check by hand), MONTH buckets, follower gains of +2 a day with a total seen today, and `posts`
// posts spread evenly over the period with figures that grow with their index.
import { getDb } from "@/lib/db";
import { DAY_MS } from "@/lib/analytics/periods";

export async function seedAnalytics(input: {
  workspaceId: string;
  name?: string;
  authorUrn?: string;
  /** The last seeded day (00:00 UTC); DAY buckets run back `days` days from it, it included. */
  lastDay: Date;
  days: number;
  posts: number;
  followersToday?: number;
}): Promise<{ channelId: string }> {
  const db = await getDb();
  const channel = await db.channel.create({
    data: {
      workspaceId: input.workspaceId,
      kind: "ORGANIZATION",
      authorUrn: input.authorUrn ?? `urn:li:organization:${Math.floor(Math.random() * 1e9)}`,
      name: input.name ?? "Seeded Page",
      role: "ADMINISTRATOR",
      canReadStatistics: true,
    },
  });
  const first = input.lastDay.getTime() - (input.days - 1) * DAY_MS;
  const dayRows = Array.from({ length: input.days }, (_, i) => ({
    channelId: channel.id,
    granularity: "DAY" as const,
    periodStart: new Date(first + i * DAY_MS),
    impressionCount: 100 + i,
    clickCount: 3,
    likeCount: 2,
    commentCount: 1,
    shareCount: 1,
    engagement: 7 / (100 + i),
  }));
  await db.shareStatistic.createMany({ data: dayRows });
  const months = new Map<
    number,
    { impressions: number; clicks: number; likes: number; comments: number; shares: number }
  >();
  for (const row of dayRows) {
    const d = row.periodStart;
    const key = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    const m = months.get(key) ?? { impressions: 0, clicks: 0, likes: 0, comments: 0, shares: 0 };
    m.impressions += row.impressionCount;
    m.clicks += 3;
    m.likes += 2;
    m.comments += 1;
    m.shares += 1;
    months.set(key, m);
  }
  await db.shareStatistic.createMany({
    data: [...months].map(([start, m]) => ({
      channelId: channel.id,
      granularity: "MONTH" as const,
      periodStart: new Date(start),
      impressionCount: m.impressions,
      clickCount: m.clicks,
      likeCount: m.likes,
      commentCount: m.comments,
      shareCount: m.shares,
      engagement: (m.clicks + m.likes + m.comments + m.shares) / m.impressions,
    })),
  });
  await db.followerStatistic.createMany({
    data: [
      ...dayRows.map((row) => ({
        channelId: channel.id,
        granularity: "DAY" as const,
        periodStart: row.periodStart,
        organicGain: 2,
        paidGain: 0,
      })),
      {
        channelId: channel.id,
        granularity: "LIFETIME" as const,
        periodStart: new Date(input.lastDay),
        totalFollowers: input.followersToday ?? 5000,
      },
    ],
  });
  const span = input.days * DAY_MS;
  await db.channelPost.createMany({
    data: Array.from({ length: input.posts }, (_, i) => {
      const impressions = 500 + i * 10;
      return {
        channelId: channel.id,
        urn: `urn:li:${i % 3 === 0 ? "ugcPost" : "share"}:${7100000000000000000n + BigInt(i)}`,
        publishedAt: new Date(first + Math.floor(((i + 0.5) * span) / input.posts)),
        text: `Seeded post ${i}: what we learned this week #marketing`,
        contentKind: i % 3 === 0 ? "VIDEO" : "TEXT",
        impressionCount: impressions,
        uniqueImpressionsCount: Math.round(impressions * 0.7),
        clickCount: 10,
        likeCount: 5,
        commentCount: 2,
        shareCount: 1,
        engagement: 18 / impressions,
        reported: true,
        statsCheckedAt: input.lastDay,
        statsChangedAt: input.lastDay,
      };
    }),
  });
  await db.analyticsSync.create({
    data: { channelId: channel.id, status: "OK", lastSyncedAt: input.lastDay, lastFullSyncAt: input.lastDay },
  });
  return { channelId: channel.id };
}
