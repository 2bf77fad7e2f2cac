// Moves a post to another time (the calendar's drag and drop, and its undo). The revision is
// bumped so a publish job queued for the old time finds nothing to do; waiting channels go back
// to SCHEDULED for the new time, and are woken for it once the change has committed.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { summarizePostStatus } from "@/lib/publishing/post-status";
import { rescheduleRefusal } from "@/lib/services/calendar/reschedule-rules";
import { IN_FLIGHT_STATES } from "@/lib/services/posts/get-post";
import { wakePost } from "@/lib/services/publishing/wake-targets";

export type ReschedulePostResult = {
  postId: string;
  scheduledAt: string;
  /** Where it was, so the calendar can offer an undo; null if it had no time. */
  previousScheduledAt: string | null;
};

export async function reschedulePost({
  workspaceId,
  postId,
  scheduledAt,
  now = clockNow(),
}: {
  workspaceId: string;
  postId: string;
  scheduledAt: Date;
  now?: Date;
}): Promise<ReschedulePostResult> {
  if (Number.isNaN(scheduledAt.getTime()) || scheduledAt.getTime() <= now.getTime()) {
    throw new AppError("VALIDATION", "Pick a time in the future.", {
      fieldErrors: { scheduledAt: ["That time has passed."] },
    });
  }
  const db = await getDb();
  const previous = await db.$transaction(async (tx) => {
    const post = await tx.post.findFirst({
      where: { id: postId, workspaceId, status: { not: "ARCHIVED" } },
      select: { status: true, revision: true, scheduledAt: true, targets: { select: { state: true } } },
    });
    if (!post) throw new AppError("NOT_FOUND", "That post does not exist in this workspace.");
    const refusal = rescheduleRefusal(
      post.status,
      post.targets.map((target) => target.state),
    );
    if (refusal) throw new AppError("CONFLICT", refusal);

    // Conditional on the revision read above: a concurrent edit makes this one lose, not overwrite.
    const moved = await tx.post.updateMany({
      where: { id: postId, revision: post.revision },
      data: { scheduledAt, revision: { increment: 1 } },
    });
    if (moved.count !== 1)
      throw new AppError("CONFLICT", "This post was just changed by someone else. Reload and try again.");
    // A worker may have claimed a channel since the read; the post row is locked now, so look again.
    const live = await tx.postTarget.count({ where: { postId, state: { in: [...IN_FLIGHT_STATES] } } });
    if (live > 0)
      throw new AppError(
        "CONFLICT",
        "This post is being published right now. Wait for it to finish, then move it.",
      );

    const waiting = await tx.postTarget.findMany({
      where: { postId, state: "RETRY_WAIT" },
      select: { id: true },
    });
    if (waiting.length) {
      await tx.postTarget.updateMany({
        where: { id: { in: waiting.map((target) => target.id) }, state: "RETRY_WAIT" },
        data: { state: "SCHEDULED", nextAttemptAt: null },
      });
      await tx.targetEvent.createMany({
        data: waiting.map((target) => ({
          targetId: target.id,
          fromState: "RETRY_WAIT" as const,
          toState: "SCHEDULED" as const,
          message: `Moved to ${scheduledAt.toISOString()}; the retry waits for the new time.`,
        })),
      });
      // No channel waits for a retry any more: the post is scheduled again, not publishing.
      const states = await tx.postTarget.findMany({ where: { postId }, select: { state: true } });
      await tx.post.update({
        where: { id: postId },
        data: { status: summarizePostStatus(states.map((target) => target.state)) },
      });
    }
    await tx.postTarget.updateMany({
      where: { postId, state: "SCHEDULED" },
      data: { nextAttemptAt: null },
    });
    return post.scheduledAt;
  });

  // After the commit: a job queued inside the transaction could run before it is visible.
  await wakePost(postId);
  return {
    postId,
    scheduledAt: scheduledAt.toISOString(),
    previousScheduledAt: previous?.toISOString() ?? null,
  };
}
