// One channel's statistics sync. "stately" with the channel as singletonKey: at most one waiting
// and one running per channel, so "Refresh now" pressed twice or an hourly tick during a sync
// adds nothing (the sync also claims the channel in the database, whatever the queue does).
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { syncChannelAnalytics } from "@/lib/services/analytics/sync-channel-analytics";

export const syncAnalyticsJob = defineJob({
  name: "analytics.sync-channel",
  schema: z.object({ channelId: z.string().min(1), full: z.boolean().optional() }),
  // Failures are recorded on the channel and retried by the schedule, not by the queue.
  queue: { retryLimit: 0, expireInSeconds: 900, policy: "stately" },
  concurrency: 2,
  async handler({ channelId, full }) {
    await syncChannelAnalytics({ channelId, full });
  },
});
