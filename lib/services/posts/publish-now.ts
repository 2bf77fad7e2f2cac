// "Publish now" from the Posts page: a draft or scheduled post becomes due at once. Its time is
// set to now and its revision bumped (a job queued for the old time then does nothing), and its
// channels are checked the way the composer checks them before scheduling: something to say, and
// every chosen channel connected.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TargetState } from "@/lib/generated/prisma/enums";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";
import { summarizePostStatus } from "@/lib/publishing/post-status";
import { savePostSchema } from "@/lib/schemas/posts";
import { isInFlight } from "@/lib/services/posts/get-post";
import { wakePost } from "@/lib/services/publishing/wake-targets";

/** The chosen channels of a draft or scheduled post; CANCELLED ones are those of a cancelled post. */
const PUBLISHABLE: TargetState[] = ["DRAFT", "SCHEDULED", "CANCELLED"];
const PUBLISH_NOW_REASON = "Publish now.";

export async function publishNow({
  workspaceId,
  postId,
  now = clockNow(),
}: {
  workspaceId: string;
  postId: string;
  now?: Date;
}): Promise<{ scheduledAt: Date; targets: number }> {
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const post = await tx.post.findFirst({
      where: { id: postId, workspaceId, status: { not: "ARCHIVED" } },
      select: {
        status: true,
        revision: true,
        body: true,
        content: true,
        targets: {
          select: { id: true, state: true, channel: { select: { id: true, name: true, status: true } } },
          orderBy: { createdAt: "asc" },
        },
      },
    });
    if (!post) throw new AppError("NOT_FOUND", "That post does not exist in this workspace.");
    if (post.targets.some((target) => isInFlight(target.state)))
      throw new AppError("CONFLICT", "This post is being published right now.");
    if (post.status !== "DRAFT" && post.status !== "SCHEDULED")
      throw new AppError("CONFLICT", "Only drafts and scheduled posts can be published now.");
    const chosen = post.targets.filter((target) => PUBLISHABLE.includes(target.state));
    if (chosen.length === 0) throw new AppError("CONFLICT", "Choose a channel for this post first.");

    // The composer's own rules for publishing (visible text or content, LinkedIn's limits).
    const checked = savePostSchema.safeParse({
      channelIds: chosen.map((target) => target.channel.id),
      body: post.body as CommentaryDocument,
      content: post.content ?? { kind: "TEXT" },
      intent: "publish",
    });
    if (!checked.success)
      throw new AppError("VALIDATION", checked.error.issues[0]?.message ?? "This post cannot be published.");
    const unavailable = chosen.filter((target) => target.channel.status !== "HEALTHY");
    if (unavailable.length)
      throw new AppError(
        "CONFLICT",
        `Reconnect ${unavailable.map((target) => target.channel.name).join(", ")} first.`,
      );

    // Conditional on the revision read above: an edit saved at the same moment wins, and this
    // one stops instead of publishing what nobody reviewed.
    const bumped = await tx.post.updateMany({
      where: { id: postId, revision: post.revision },
      data: { scheduledAt: now, revision: { increment: 1 } },
    });
    if (bumped.count === 0) throw new AppError("CONFLICT", "This post just changed. Reload and try again.");
    for (const target of chosen) {
      const moved = await tx.postTarget.updateMany({
        where: { id: target.id, state: target.state },
        data: { state: "SCHEDULED", attempts: 0, nextAttemptAt: null, lastError: null, lastErrorCode: null },
      });
      if (moved.count === 0) throw new AppError("CONFLICT", "This post is being published right now.");
    }
    const changed = chosen.filter((target) => target.state !== "SCHEDULED");
    if (changed.length)
      await tx.targetEvent.createMany({
        data: changed.map((target) => ({
          targetId: target.id,
          fromState: target.state,
          toState: "SCHEDULED" as const,
          message: PUBLISH_NOW_REASON,
        })),
      });
    const states = await tx.postTarget.findMany({ where: { postId }, select: { state: true } });
    await tx.post.update({
      where: { id: postId },
      data: { status: summarizePostStatus(states.map((target) => target.state)) },
    });
    return { scheduledAt: now, targets: chosen.length };
  });
  await wakePost(postId);
  return result;
}
