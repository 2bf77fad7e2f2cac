// GET /api/v1/posts/{id}/stats: each channel's lifetime figures from Cadence's copy of LinkedIn's
// statistics (the hourly sync), never a live call — so the API cannot spend LinkedIn's quota. A
// figure LinkedIn has not reported yet is null, not 0.
import type { PostStats } from "../schemas/post-resource";
import { findApiPostOrThrow } from "./to-post-resource";

export async function getApiPostStats(workspaceId: string, postId: string): Promise<PostStats> {
  const post = await findApiPostOrThrow(workspaceId, postId, {
    targets: {
      select: {
        id: true,
        channelId: true,
        linkedInUrn: true,
        channelPost: {
          select: {
            reported: true,
            statsCheckedAt: true,
            impressionCount: true,
            uniqueImpressionsCount: true,
            clickCount: true,
            likeCount: true,
            commentCount: true,
            shareCount: true,
            engagement: true,
          },
        },
      },
      orderBy: { createdAt: "asc" },
    },
  });
  return {
    post_id: postId,
    targets: post.targets.map(({ id, channelId, linkedInUrn, channelPost: stats }) => {
      // Synced but without activity yet: LinkedIn leaves the post out, which means zero.
      const zeroIfQuiet = (value: number | null | undefined) =>
        value ?? (stats?.statsCheckedAt && !stats.reported ? 0 : null);
      return {
        target_id: id,
        channel_id: channelId,
        linkedin_urn: linkedInUrn,
        available: Boolean(stats?.statsCheckedAt),
        synced_at: stats?.statsCheckedAt?.toISOString() ?? null,
        impressions: zeroIfQuiet(stats?.impressionCount),
        unique_impressions: zeroIfQuiet(stats?.uniqueImpressionsCount),
        clicks: zeroIfQuiet(stats?.clickCount),
        reactions: zeroIfQuiet(stats?.likeCount),
        comments: zeroIfQuiet(stats?.commentCount),
        reposts: zeroIfQuiet(stats?.shareCount),
        engagement_rate: stats?.engagement ?? (stats?.statsCheckedAt && !stats.reported ? 0 : null),
      };
    }),
  };
}
