// A channel that is healthy again (reconnected, or added back) resumes its paused posts: they
// become scheduled again and go out at their time, or right away when that time has passed.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { wakeTargets } from "@/lib/services/publishing/wake-targets";

export async function resumePausedTargets(where: { connectionId: string } | { channelIds: string[] }) {
  const db = await getDb();
  const channelFilter =
    "connectionId" in where ? { connectionId: where.connectionId } : { id: { in: where.channelIds } };
  const paused = await db.postTarget.findMany({
    where: { state: "PAUSED", channel: { ...channelFilter, status: "HEALTHY" } },
    select: { id: true, post: { select: { revision: true, scheduledAt: true } } },
  });
  if (paused.length === 0) return 0;
  const ids = paused.map((target) => target.id);
  await db.$transaction([
    db.postTarget.updateMany({
      where: { id: { in: ids }, state: "PAUSED" },
      data: { state: "SCHEDULED", lastError: null, lastErrorCode: null, nextAttemptAt: null },
    }),
    db.targetEvent.createMany({
      data: ids.map((targetId) => ({
        targetId,
        fromState: "PAUSED" as const,
        toState: "SCHEDULED" as const,
        message: "The channel is connected again.",
      })),
    }),
  ]);
  const now = clockNow();
  await wakeTargets(
    paused.map((target) => ({
      targetId: target.id,
      revision: target.post.revision,
      at: target.post.scheduledAt && target.post.scheduledAt > now ? target.post.scheduledAt : now,
    })),
  );
  return ids.length;
}
