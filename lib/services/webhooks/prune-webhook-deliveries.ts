// The delivery log keeps 30 days: settled deliveries (delivered, or failed for good) older than
// that are dropped with their attempts by the hourly housekeeping. Ones still retrying stay.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";

export const DELIVERY_LOG_DAYS = 30;

export async function pruneWebhookDeliveries(now = clockNow()): Promise<number> {
  const db = await getDb();
  const { count } = await db.webhookDelivery.deleteMany({
    where: {
      status: { in: ["SUCCEEDED", "FAILED"] },
      createdAt: { lt: new Date(now.getTime() - DELIVERY_LOG_DAYS * 86_400_000) },
    },
  });
  return count;
}
