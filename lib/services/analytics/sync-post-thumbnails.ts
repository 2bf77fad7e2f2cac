// Thumbnails for posts made outside Cadence (Cadence's own posts use its copy of the media):
// LinkedIn's signed image links, asked for in batches for posts without one or whose link expires
// within a day. Documents and articles without an image keep their kind icon.
import { getDb } from "@/lib/db";
import type { LinkedInClient } from "@/lib/linkedin";
import { getMediaPreviews } from "@/lib/linkedin/media/get-media-previews";
import type { MediaUrn } from "@/lib/linkedin/urns";
import { DAY_MS } from "./sync-plan";

export async function syncPostThumbnails(
  client: LinkedInClient,
  input: { channelId: string; now: Date },
): Promise<{ updated: number }> {
  const db = await getDb();
  const posts = await db.channelPost.findMany({
    where: {
      channelId: input.channelId,
      targetId: null,
      OR: [{ mediaUrn: { startsWith: "urn:li:image:" } }, { mediaUrn: { startsWith: "urn:li:video:" } }],
      AND: [
        {
          OR: [
            { thumbnailUrl: null },
            { thumbnailExpiresAt: { lt: new Date(input.now.getTime() + DAY_MS) } },
          ],
        },
      ],
    },
    select: { id: true, mediaUrn: true },
  });
  if (posts.length === 0) return { updated: 0 };
  const { previews } = await getMediaPreviews(
    client,
    posts.map((post) => post.mediaUrn as MediaUrn),
  );
  const byUrn = new Map(previews.map((preview) => [preview.urn as string, preview]));
  let updated = 0;
  await db.$transaction(async (tx) => {
    for (const post of posts) {
      const preview = byUrn.get(post.mediaUrn!);
      if (!preview) continue;
      await tx.channelPost.update({
        where: { id: post.id },
        data: { thumbnailUrl: preview.url, thumbnailExpiresAt: preview.expiresAt },
      });
      updated += 1;
    }
  });
  return { updated };
}
