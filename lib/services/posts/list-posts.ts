// The Posts page: newest first, each with its per-channel targets and a small thumbnail. One
// query: only the first PRIMARY and THUMBNAIL media rows are joined, the rest are only counted.
import { getDb } from "@/lib/db";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";
import { mediaFileUrl } from "@/lib/services/media/media-views";
import { isInFlight } from "@/lib/services/posts/get-post";

type FirstMedia = { role: "PRIMARY" | "THUMBNAIL" | "CAPTIONS"; asset: { id: string; kind: string } };

/** The first image, or the video's (or link card's) thumbnail; null when there is no picture. */
function thumbnailOf(media: FirstMedia[]): string | null {
  const picture =
    media.find((item) => item.role === "PRIMARY" && item.asset.kind === "IMAGE") ??
    media.find((item) => item.role === "THUMBNAIL" && item.asset.kind === "IMAGE");
  return picture ? mediaFileUrl(picture.asset.id) : null;
}

export async function listPosts({ workspaceId, take = 100 }: { workspaceId: string; take?: number }) {
  const db = await getDb();
  const posts = await db.post.findMany({
    where: { workspaceId, status: { not: "ARCHIVED" } },
    orderBy: [{ scheduledAt: { sort: "desc", nulls: "first" } }, { updatedAt: "desc" }],
    take,
    select: {
      id: true,
      status: true,
      contentKind: true,
      body: true,
      scheduledAt: true,
      updatedAt: true,
      targets: {
        select: {
          id: true,
          state: true,
          lastError: true,
          linkedInUrn: true,
          channel: { select: { id: true, name: true, logoUrl: true, kind: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      media: {
        where: { position: 0, role: { in: ["PRIMARY", "THUMBNAIL"] } },
        select: { role: true, asset: { select: { id: true, kind: true } } },
      },
      _count: { select: { media: { where: { role: "PRIMARY" } } } },
    },
  });
  return posts.map(({ media, _count, ...post }) => ({
    ...post,
    body: post.body as CommentaryDocument,
    thumbnailUrl: thumbnailOf(media),
    /** Images, or the one video or document; thumbnails and captions are not counted. */
    mediaCount: _count.media,
    /** False while a channel is being published: the composer would refuse the edit. */
    editable: !post.targets.some((target) => isInFlight(target.state)),
  }));
}

export type PostListItem = Awaited<ReturnType<typeof listPosts>>[number];
