// Duplicating starts a new draft from an existing post: the same text, content, media (the same
// library assets, with their alt text and titles), time zone and channels, but no date, and
// nothing of the original's publishing history.
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export async function duplicatePost({
  workspaceId,
  userId,
  postId,
}: {
  workspaceId: string;
  userId: string;
  postId: string;
}): Promise<{ postId: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const source = await tx.post.findFirst({
      where: { id: postId, workspaceId, status: { not: "ARCHIVED" } },
      select: {
        contentKind: true,
        body: true,
        content: true,
        timeZone: true,
        targets: { select: { channelId: true }, orderBy: { createdAt: "asc" } },
        media: { select: { assetId: true, role: true, position: true, altText: true, title: true } },
      },
    });
    if (!source) throw new AppError("NOT_FOUND", "That post does not exist in this workspace.");

    const copy = await tx.post.create({
      data: {
        workspaceId,
        createdById: userId,
        status: "DRAFT",
        contentKind: source.contentKind,
        body: source.body as Prisma.InputJsonValue,
        content: source.content === null ? Prisma.DbNull : (source.content as Prisma.InputJsonValue),
        scheduledAt: null,
        timeZone: source.timeZone,
      },
      select: { id: true },
    });
    if (source.targets.length)
      await tx.postTarget.createMany({
        data: source.targets.map(({ channelId }) => ({ postId: copy.id, channelId, state: "DRAFT" })),
      });
    if (source.media.length)
      await tx.postMedia.createMany({ data: source.media.map((item) => ({ ...item, postId: copy.id })) });
    return { postId: copy.id };
  });
}
