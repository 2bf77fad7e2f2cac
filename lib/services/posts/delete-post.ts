// Deleting a post never deletes anything on LinkedIn. A post that never reached LinkedIn is
// deleted with its targets and media rows (the assets stay in the library). A post already
// published somewhere is archived instead: its other channels are cancelled and the published
// targets keep their URNs and statistics. While a channel is being published nothing changes.
import { getDb } from "@/lib/db";
import { bumpPostRevisionOrThrow } from "@/lib/services/posts/bump-post-revision";
import { AppError } from "@/lib/errors";
import { TargetState } from "@/lib/generated/prisma/enums";
import { isInFlight } from "@/lib/services/posts/get-post";

export type DeletePostResult = { outcome: "DELETED" | "ARCHIVED"; message: string };

export const DELETED_MESSAGE = "Post deleted.";
export const ARCHIVED_MESSAGE = "Removed from Cadence. The copies already on LinkedIn stay there.";
const CANCELLED_REASON = "Removed from Cadence before it was published.";

/** Every state a target can be cancelled from: not published, and no worker holds it. */
const CANCELLABLE = Object.values(TargetState).filter((state) => state !== "PUBLISHED" && !isInFlight(state));

const inFlightConflict = () =>
  new AppError("CONFLICT", "This post is being published right now. Wait for it to finish, then delete it.");

export async function deletePost({
  workspaceId,
  postId,
}: {
  workspaceId: string;
  postId: string;
}): Promise<DeletePostResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await bumpPostRevisionOrThrow(tx, { workspaceId, postId });

    const targets = await tx.postTarget.findMany({
      where: { postId },
      select: { id: true, state: true, linkedInUrn: true },
    });
    if (targets.some((target) => isInFlight(target.state))) throw inFlightConflict();

    // Cancel with a conditional update: a worker that claims a target at the same moment either
    // finds it cancelled (and stops) or wins, and then the count falls short and nothing changes.
    const unpublished = targets.filter((target) => target.state !== "PUBLISHED");
    const cancelled = await tx.postTarget.updateMany({
      where: { id: { in: unpublished.map((target) => target.id) }, state: { in: CANCELLABLE } },
      data: { state: "CANCELLED", nextAttemptAt: null },
    });
    if (cancelled.count !== unpublished.length) throw inFlightConflict();

    const reachedLinkedIn = targets.some((target) => target.state === "PUBLISHED" || target.linkedInUrn);
    if (!reachedLinkedIn) {
      await tx.post.delete({ where: { id: postId } });
      return { outcome: "DELETED", message: DELETED_MESSAGE };
    }
    const changed = unpublished.filter((target) => target.state !== "CANCELLED");
    if (changed.length)
      await tx.targetEvent.createMany({
        data: changed.map((target) => ({
          targetId: target.id,
          fromState: target.state,
          toState: "CANCELLED",
          message: CANCELLED_REASON,
        })),
      });
    await tx.post.update({ where: { id: postId }, data: { status: "ARCHIVED" } });
    return { outcome: "ARCHIVED", message: ARCHIVED_MESSAGE };
  });
}
