// Retrying a post retries only its channels that failed, never the ones already on LinkedIn
// (retries that republish to every account are a known pitfall, doc §15.13). A FAILED target goes
// back to SCHEDULED with a fresh attempt count; a PAUSED one too, once its channel is healthy
// again. The post keeps a time still to come; otherwise the targets are due now.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TargetState } from "@/lib/generated/prisma/enums";
import { summarizePostStatus } from "@/lib/publishing/post-status";
import { wakeTargets } from "@/lib/services/publishing/wake-targets";

const RETRIED_REASON = "Retried from Cadence.";

export async function retryTargets({
  workspaceId,
  postId,
  targetIds,
  now = clockNow(),
}: {
  workspaceId: string;
  postId: string;
  /** Only these targets of the post (default: every failed one). */
  targetIds?: string[];
  now?: Date;
}): Promise<{ retried: number }> {
  const db = await getDb();
  const { retried, wakes } = await db.$transaction(async (tx) => {
    const post = await tx.post.findFirst({
      where: { id: postId, workspaceId, status: { not: "ARCHIVED" } },
      select: {
        revision: true,
        scheduledAt: true,
        targets: {
          where: { ...(targetIds ? { id: { in: targetIds } } : {}), state: { in: ["FAILED", "PAUSED"] } },
          select: { id: true, state: true, channel: { select: { name: true, status: true } } },
        },
      },
    });
    if (!post) throw new AppError("NOT_FOUND", "That post does not exist in this workspace.");
    // A paused channel waits for its reconnection: retrying before that would only pause it again.
    const retryable = post.targets.filter(
      (target) => target.state === "FAILED" || target.channel.status === "HEALTHY",
    );
    const waiting = post.targets.filter((target) => !retryable.includes(target));
    if (retryable.length === 0 && waiting.length > 0)
      throw new AppError(
        "CONFLICT",
        `Reconnect ${waiting.map((target) => target.channel.name).join(", ")} first, then retry.`,
      );

    // One conditional update per target, from the state it was read in: a target a worker moved
    // in the meantime is simply not retried.
    const changed: { id: string; state: TargetState }[] = [];
    for (const target of retryable) {
      const { count } = await tx.postTarget.updateMany({
        where: { id: target.id, state: target.state },
        data: { state: "SCHEDULED", attempts: 0, nextAttemptAt: null, lastError: null, lastErrorCode: null },
      });
      if (count === 1) changed.push(target);
    }
    if (changed.length === 0) return { retried: 0, wakes: [] };

    await tx.targetEvent.createMany({
      data: changed.map((target) => ({
        targetId: target.id,
        fromState: target.state,
        toState: "SCHEDULED" as const,
        message: RETRIED_REASON,
      })),
    });
    // A time still to come is kept; a past one (or none) makes the targets due now. The revision
    // stays: the post did not change, and jobs queued for its other targets stay valid.
    const dueAt = post.scheduledAt && post.scheduledAt > now ? post.scheduledAt : now;
    const states = await tx.postTarget.findMany({ where: { postId }, select: { state: true } });
    await tx.post.update({
      where: { id: postId },
      data: {
        status: summarizePostStatus(states.map((target) => target.state)),
        ...(post.scheduledAt ? {} : { scheduledAt: now }),
      },
    });
    return {
      retried: changed.length,
      wakes: changed.map((target) => ({ targetId: target.id, revision: post.revision, at: dueAt })),
    };
  });
  if (retried === 0) throw new AppError("CONFLICT", "Nothing to retry.");
  await wakeTargets(wakes);
  return { retried };
}
