// Attempts one webhook delivery. The delivery row is the truth and the job only wakes it: a
// delivery already sent, not yet due or claimed by another worker is left alone. Retries follow
// the Standard Webhooks schedule kept on the row (lib/webhooks/retry-schedule), not pg-boss's.
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { deliverWebhook } from "@/lib/services/webhooks/deliver-webhook";

export const deliverWebhookJob = defineJob({
  name: "webhooks.deliver",
  schema: z.object({ deliveryId: z.string().min(1).max(64) }),
  // A job killed mid-send is not retried by the queue: the claim's lease runs out and the sweep
  // wakes the delivery again.
  queue: { retryLimit: 0, expireInSeconds: 120 },
  // Each attempt mostly waits on the receiver (up to 10 s), so several run side by side.
  concurrency: 8,
  async handler({ deliveryId }) {
    await deliverWebhook(deliveryId);
  },
});
