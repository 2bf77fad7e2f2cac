// The safety net under the webhook queue, run with the publishing sweep by every worker: open
// deliveries whose time came a while ago were not woken (a queue hiccup, a wake-up sent while the
// database was busy, a worker killed mid-send whose claim lease ran out), so wake them. Waking is
// harmless when another wake-up is on its way: the claim lets only one of them send.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { OPEN_DELIVERY_STATUSES } from "./delivery-status";
import { wakeWebhookDeliveries } from "./wake-webhook-deliveries";

/** A woken delivery starts within a second or two; one still due after this lost its wake-up. */
const LOST_WAKE_AFTER_MS = 30_000;
const lastWoken = new Map<string, number>();

export async function sweepWebhookDeliveries({
  now = clockNow(),
  limit = 200,
}: { now?: Date; limit?: number } = {}) {
  const db = await getDb();
  const lostBefore = new Date(now.getTime() - LOST_WAKE_AFTER_MS);
  const due = await db.webhookDelivery.findMany({
    where: {
      status: { in: OPEN_DELIVERY_STATUSES },
      OR: [{ nextAttemptAt: { lte: lostBefore } }, { nextAttemptAt: null, createdAt: { lte: lostBefore } }],
    },
    select: { id: true },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
  });
  const wake = due.filter(
    (delivery) => now.getTime() - (lastWoken.get(delivery.id) ?? 0) > LOST_WAKE_AFTER_MS,
  );
  for (const delivery of wake) lastWoken.set(delivery.id, now.getTime());
  if (lastWoken.size > 10_000) lastWoken.clear();
  await wakeWebhookDeliveries(wake.map((delivery) => ({ deliveryId: delivery.id })));
  return { woken: wake.length };
}
