// Cancelling stops a post from going out on the channels it has not reached yet. The revision bump
// turns any queued publish job into a no-op; channels already on LinkedIn stay as they are, and
// failed ones keep their failure (they can still be retried). While a channel is being published
// nothing changes: LinkedIn may be creating the post at this very moment.
import { getDb } from "@/lib/db";
import { bumpPostRevisionOrThrow } from "@/lib/services/posts/bump-post-revision";
import { AppError } from "@/lib/errors";
import type { TargetState } from "@/lib/generated/prisma/enums";
import { summarizePostStatus } from "@/lib/publishing/post-status";
import { isInFlight } from "@/lib/services/posts/get-post";

export const CANCELLABLE_STATES = [
  "SCHEDULED",
  "RETRY_WAIT",
  "PAUSED",
  "DRAFT",
] as const satisfies readonly TargetState[];
const CANCELLED_REASON = "Cancelled from Cadence.";

export type CancelPostResult = { cancelled: number; published: number };

const inFlightConflict = () =>
  new AppError("CONFLICT", "This post is being published right now. Wait for it to finish, then cancel it.");

export async function cancelPost({
  workspaceId,
  postId,
}: {
  workspaceId: string;
  postId: string;
}): Promise<CancelPostResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await bumpPostRevisionOrThrow(tx, { workspaceId, postId });

    const targets = await tx.postTarget.findMany({ where: { postId }, select: { id: true, state: true } });
    if (targets.some((target) => isInFlight(target.state))) throw inFlightConflict();
    const cancellable = targets.filter((target) =>
      (CANCELLABLE_STATES as readonly TargetState[]).includes(target.state),
    );
    if (cancellable.length === 0) throw new AppError("CONFLICT", "Nothing to cancel.");

    // Conditional, one target at a time from the state it was read in: a worker claiming a target
    // at the same moment wins, and then the whole cancel is rolled back (the throw) rather than
    // leaving the post half cancelled.
    for (const target of cancellable) {
      const moved = await tx.postTarget.updateMany({
        where: { id: target.id, state: target.state },
        data: { state: "CANCELLED", nextAttemptAt: null },
      });
      if (moved.count === 0) throw inFlightConflict();
    }
    await tx.targetEvent.createMany({
      data: cancellable.map((target) => ({
        targetId: target.id,
        fromState: target.state,
        toState: "CANCELLED" as const,
        message: CANCELLED_REASON,
      })),
    });

    const published = targets.filter((target) => target.state === "PUBLISHED").length;
    const states = targets.map((target) =>
      cancellable.includes(target) ? ("CANCELLED" as const) : target.state,
    );
    // Nothing on LinkedIn: the post is a draft again, to edit and schedule later.
    await tx.post.update({
      where: { id: postId },
      data: { status: published ? summarizePostStatus(states) : "DRAFT" },
    });
    return { cancelled: cancellable.length, published };
  });
}
