// Asks a worker to look at targets at a given time (their due time, or a retry time). Losing a
// wake-up is harmless — the worker's sweep finds due targets anyway — so a queue failure is logged,
// never thrown at the person saving a post.
import { getDb } from "@/lib/db";
import { publishTargetJob } from "@/lib/jobs/definitions/publish-target";
import { sendJob } from "@/lib/jobs/send-job";
import { logger } from "@/lib/logger";

export type Wake = { targetId: string; revision: number; at: Date };

export async function wakeTargets(wakes: Wake[]): Promise<void> {
  for (const wake of wakes) {
    try {
      await sendJob(
        publishTargetJob,
        { targetId: wake.targetId, revision: wake.revision },
        { startAfter: wake.at },
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
