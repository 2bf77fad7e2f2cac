// Every 5 minutes: queue a statistics sync for each channel whose next sync is due (hourly after
// a good one, at 00:00 UTC after a quota hit, daily for channels waiting on a permission).
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { queueDueAnalyticsSyncs } from "@/lib/services/analytics/request-analytics-sync";

export const scheduleAnalyticsJob = defineJob({
  name: "analytics.schedule-syncs",
  schema: z.looseObject({}),
  queue: { retryLimit: 1, retryDelay: 60, expireInSeconds: 300 },
  concurrency: 1,
  schedule: "*/5 * * * *",
  async handler() {
    await queueDueAnalyticsSyncs();
  },
});
