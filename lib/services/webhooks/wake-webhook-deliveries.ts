// Asks a worker to attempt deliveries at a given time (now, or a retry time). The delivery row is
// the truth and the job only wakes it up, so a lost wake-up is harmless — the sweep finds due
// deliveries anyway — and a queue failure is logged, never thrown at whoever caused the event.
import { now as clockNow } from "@/lib/clock";
import { deliverWebhookJob } from "@/lib/jobs/definitions/deliver-webhook";
import { sendJob } from "@/lib/jobs/send-job";
import { logger } from "@/lib/logger";

export type DeliveryWake = { deliveryId: string; at?: Date };

export async function wakeWebhookDeliveries(wakes: DeliveryWake[]): Promise<void> {
  const now = clockNow().getTime();
  for (const wake of wakes) {
    try {
      // Relative to now, as for publishing: the queue's clock is the database's.
      const delaySeconds = wake.at ? Math.ceil((wake.at.getTime() - now) / 1000) : 0;
      await sendJob(
        deliverWebhookJob,
        { deliveryId: wake.deliveryId },
        delaySeconds > 0 ? { startAfter: delaySeconds } : {},
      );
    } catch (error) {
      logger.warn("could not queue a webhook delivery; the sweep will find it", {
        deliveryId: wake.deliveryId,
        error: String(error),
      });
    }
  }
}
