// The safety net under the queue, run every few seconds by every worker (all of it is
// conditional, so several workers sweeping at once is harmless):
// - due targets (scheduled, or waiting to retry) get a wake-up, in case theirs was lost;
// - targets held by a worker that stopped sending heartbeats (killed, crashed) are released:
//   before the create call they simply go back to waiting; during it the outcome is unknown and
//   the post is looked up on LinkedIn before anything is created again.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { WORKER_STALE_MS } from "@/lib/jobs/heartbeat";
import { moveTarget } from "@/lib/services/publishing/move-target";
import { wakeTargets } from "@/lib/services/publishing/wake-targets";

/**
 * Due targets normally start within a second or two of their wake-up; one still waiting after
 * this long lost it (or sits in a backlog). Waking earlier would only pile duplicate jobs in front
 * of the real ones.
 */
const LOST_WAKE_AFTER_MS = 90_000;
const lastWoken = new Map<string, number>();
/** Even a live worker should never hold a create this long (client timeouts are far shorter). */
export const CREATE_STUCK_AFTER_MS = 15 * 60_000;

export async function sweepTargets({ now = clockNow(), limit = 500 }: { now?: Date; limit?: number } = {}) {
  const db = await getDb();
  const aliveSince = new Date(now.getTime() - WORKER_STALE_MS);
  const alive = new Set(
    (await db.workerHeartbeat.findMany({ where: { seenAt: { gte: aliveSince } }, select: { id: true } })).map(
      (worker) => worker.id,
    ),
  );
  const held = await db.postTarget.findMany({
    where: { state: { in: ["CLAIMED", "UPLOADING_MEDIA", "WAITING_FOR_MEDIA", "CREATING_POST"] } },
    select: { id: true, state: true, claimedBy: true, claimedAt: true },
    take: limit,
  });
  const releasedIds: string[] = [];
  for (const target of held) {
    const gone = !target.claimedBy || !alive.has(target.claimedBy);
    const stuck =
      target.state === "CREATING_POST" &&
      target.claimedAt !== null &&
      now.getTime() - target.claimedAt.getTime() > CREATE_STUCK_AFTER_MS;
    if (!gone && !stuck) continue;
    const moved =
      target.state === "CREATING_POST"
        ? await moveTarget({
            targetId: target.id,
            from: ["CREATING_POST"],
            to: "OUTCOME_UNKNOWN",
            where: { claimedBy: target.claimedBy },
            data: { nextAttemptAt: now },
            message: "The worker stopped while creating the post; LinkedIn will be checked before retrying.",
          })
        : await moveTarget({
            targetId: target.id,
            from: [target.state],
            to: "RETRY_WAIT",
            where: { claimedBy: target.claimedBy },
            data: { nextAttemptAt: now, attempts: { decrement: 1 } },
            message: "The worker stopped before creating the post; trying again.",
            silent: true,
          });
    if (moved) releasedIds.push(target.id);
  }
  // Released work is picked up again right away.
  const releasedTargets = await db.postTarget.findMany({
    where: { id: { in: releasedIds } },
    select: { id: true, post: { select: { revision: true } } },
  });
  await wakeTargets(releasedTargets.map((t) => ({ targetId: t.id, revision: t.post.revision, at: now })));
  const released = releasedIds.length;

  const lostBefore = new Date(now.getTime() - LOST_WAKE_AFTER_MS);
  const due = await db.postTarget.findMany({
    where: {
      updatedAt: { lte: lostBefore },
      OR: [
        { state: "SCHEDULED", post: { scheduledAt: { lte: lostBefore } } },
        {
          state: { in: ["RETRY_WAIT", "OUTCOME_UNKNOWN"] },
          OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }],
        },
      ],
    },
    select: { id: true, post: { select: { revision: true } } },
    orderBy: { updatedAt: "asc" },
    take: limit,
  });
  const wake = due.filter((target) => now.getTime() - (lastWoken.get(target.id) ?? 0) > LOST_WAKE_AFTER_MS);
  for (const target of wake) lastWoken.set(target.id, now.getTime());
  if (lastWoken.size > 10_000) lastWoken.clear();
  await wakeTargets(wake.map((target) => ({ targetId: target.id, revision: target.post.revision, at: now })));
  return { released, woken: wake.length };
}
