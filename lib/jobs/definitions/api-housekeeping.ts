// Hourly: forget Idempotency-Keys past their day, rate-limit windows past their hour and webhook
// deliveries past the log's 30 days, so none of these tables grows with traffic.
import { z } from "zod";
import { dropExpiredIdempotencyKeys } from "@/lib/api-v1/idempotency";
import { dropOldRateWindows } from "@/lib/api-v1/rate-limit";
import { defineJob } from "@/lib/jobs/define-job";
import { pruneWebhookDeliveries } from "@/lib/services/webhooks/prune-webhook-deliveries";

export const apiHousekeepingJob = defineJob({
  name: "api.housekeeping",
  schema: z.looseObject({}),
  queue: { retryLimit: 1, retryDelay: 60, expireInSeconds: 300 },
  concurrency: 1,
  schedule: "23 * * * *",
  async handler() {
    await dropExpiredIdempotencyKeys();
    await dropOldRateWindows();
    await pruneWebhookDeliveries();
  },
});
