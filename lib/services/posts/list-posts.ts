// The Posts page: newest first, each with its per-channel targets.
import { getDb } from "@/lib/db";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";

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
    },
  });
  return posts.map((post) => ({ ...post, body: post.body as CommentaryDocument }));
}

export type PostListItem = Awaited<ReturnType<typeof listPosts>>[number];
