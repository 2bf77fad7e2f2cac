// Asks a worker to look at targets at a given time (their due time, or a retry time). Losing a
// wake-up is harmless — the worker's sweep finds due targets anyway — so a queue failure is logged,
// never thrown at the person saving a post.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { publishTargetJob } from "@/lib/jobs/definitions/publish-target";
import { sendJob } from "@/lib/jobs/send-job";
import { logger } from "@/lib/logger";

export type Wake = { targetId: string; revision: number; at: Date };

export async function wakeTargets(wakes: Wake[]): Promise<void> {
  const now = clockNow().getTime();
  for (const wake of wakes) {
    try {
      // A delay relative to now (not an absolute time): the queue's clock is the database's, and
      // Cadence's clock is the one the due times were computed with.
      const delaySeconds = Math.ceil((wake.at.getTime() - now) / 1000);
      await sendJob(
        publishTargetJob,
        { targetId: wake.targetId, revision: wake.revision },
        delaySeconds > 0 ? { startAfter: delaySeconds } : {},
      );
    } catch (error) {
      logger.warn("could not queue a publish wake-up; the sweep will find it", {
        targetId: wake.targetId,
        error: String(error),
      });
    }
  }
}

/** Wakes every scheduled target of a post at the post's time (now if it is already due). */
export async function wakePost(postId: string): Promise<void> {
  const db = await getDb();
  const post = await db.post.findUnique({
    where: { id: postId },
    select: {
      revision: true,
      scheduledAt: true,
      targets: { where: { state: "SCHEDULED" }, select: { id: true } },
    },
  });
  if (!post?.scheduledAt) return;
  await wakeTargets(
    post.targets.map((target) => ({ targetId: target.id, revision: post.revision, at: post.scheduledAt! })),
  );
}
