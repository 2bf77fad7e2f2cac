// The workspace's media library, newest first, optionally one kind, in pages.
import { getDb } from "@/lib/db";
import type { MediaKindName, MediaListView } from "@/lib/schemas/media";
import { toAssetView } from "@/lib/services/media/media-views";

export async function listMedia({
  workspaceId,
  kind,
  limit = 50,
  cursor,
}: {
  workspaceId: string;
  kind?: MediaKindName;
  limit?: number;
  cursor?: string;
}): Promise<MediaListView> {
  const db = await getDb();
  const where = { workspaceId, ...(kind && { kind }) };
  // A cursor from another workspace (or a deleted asset) starts from the top rather than failing.
  const from = cursor
    ? await db.mediaAsset.findFirst({ where: { ...where, id: cursor }, select: { id: true } })
    : null;
  const rows = await db.mediaAsset.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(from && { cursor: { id: from.id }, skip: 1 }),
  });
  const page = rows.slice(0, limit);
  return { items: page.map(toAssetView), nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}
