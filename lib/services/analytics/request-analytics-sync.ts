// Queues statistics syncs: for new channels, for "Refresh now", and for channels whose next sync
// is due. The job is keyed by channel, so asking twice queues one sync.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { syncAnalyticsJob } from "@/lib/jobs/definitions/sync-analytics";
import { sendJob } from "@/lib/jobs/send-job";

/**
 * `markPending` (Refresh now): the page shows the sync as on its way at once. A running sync keeps
 * its SYNCING claim, so this never lets a second one start beside it.
 */
export async function requestAnalyticsSync(
  channelIds: string[],
  { full = false, markPending = false } = {},
): Promise<number> {
  const db = await getDb();
  let queued = 0;
  for (const channelId of channelIds) {
    const id = await sendJob(syncAnalyticsJob, { channelId, full }, { singletonKey: channelId });
    if (id) queued += 1;
    if (markPending)
      await db.analyticsSync
        .upsert({
          where: { channelId },
          create: { channelId, status: "PENDING" },
          update: {},
        })
        .then(() =>
          db.analyticsSync.updateMany({
            where: { channelId, status: { not: "SYNCING" } },
            data: { status: "PENDING", statusReason: null },
          }),
        );
  }
  return queued;
}

/** Channels with a Page to read (or never looked at) whose next sync time has come. */
export async function queueDueAnalyticsSyncs(): Promise<number> {
  const db = await getDb();
  const now = clockNow();
  const due = await db.channel.findMany({
    where: {
      status: { not: "DISCONNECTED" },
      OR: [
        { analyticsSync: null },
        { analyticsSync: { nextSyncAt: { lte: now } } },
        { analyticsSync: { nextSyncAt: null } },
      ],
    },
    select: { id: true },
  });
  return requestAnalyticsSync(due.map((channel) => channel.id));
}
