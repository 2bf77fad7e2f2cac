// Bumping a post's revision makes every publish job queued for its earlier version a no-op; the
// workspace in the `where` is the authorization. Archived posts count as gone.
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

export async function bumpPostRevisionOrThrow(
  tx: Prisma.TransactionClient,
  { workspaceId, postId }: { workspaceId: string; postId: string },
): Promise<void> {
  const bumped = await tx.post.updateMany({
    where: { id: postId, workspaceId, status: { not: "ARCHIVED" } },
    data: { revision: { increment: 1 } },
  });
  if (bumped.count === 0) throw new AppError("NOT_FOUND", "That post does not exist in this workspace.");
}
