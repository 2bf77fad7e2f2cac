// The outbox of webhook events. Whoever changes state records the event's deliveries — one row
// per enabled endpoint of the workspace subscribed to it — in the same transaction as the change,
// so an event exists exactly when its change was committed (no event for a rolled-back publish,
// no lost event after a crash). Only after the commit are workers woken to send them.
//
//   const outbox = new WebhookOutbox();
//   await db.$transaction(async (tx) => { …change…; await outbox.add(tx, { … }); });
//   await outbox.wake();
import { now as clockNow } from "@/lib/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import {
  buildWebhookEvent,
  type AnyWebhookEventType,
  type WebhookEvent,
  type WebhookEventData,
} from "@/lib/webhooks/webhook-events";
import { wakeWebhookDeliveries } from "./wake-webhook-deliveries";

export type OutboxEvent<Type extends AnyWebhookEventType> = {
  workspaceId: string;
  type: Type;
  /** A function when the data costs queries: it runs only when some endpoint wants the event. */
  data: WebhookEventData<Type> | (() => Promise<WebhookEventData<Type> | null>);
  /** Only to this endpoint, whatever it subscribes to (test events). */
  endpointId?: string;
};

export class WebhookOutbox {
  private readonly deliveryIds: string[] = [];

  /** Records the event's deliveries in `tx`; returns their ids (none when nobody subscribes). */
  async add<Type extends AnyWebhookEventType>(
    tx: Prisma.TransactionClient,
    event: OutboxEvent<Type>,
  ): Promise<{ eventId: string; deliveryIds: string[] } | null> {
    // FOR KEY SHARE: an endpoint deleted at this moment waits for this transaction, so the
    // delivery rows never hit a missing endpoint — which would roll back the change itself.
    const endpoints = event.endpointId
      ? await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "WebhookEndpoint"
          WHERE "id" = ${event.endpointId} AND "workspaceId" = ${event.workspaceId}
          FOR KEY SHARE`
      : await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "WebhookEndpoint"
          WHERE "workspaceId" = ${event.workspaceId} AND "enabled" AND ${event.type} = ANY("events")
          ORDER BY "createdAt"
          FOR KEY SHARE`;
    // Nobody listens: the event is not even built (its data may cost queries).
    if (endpoints.length === 0) return null;
    const data = typeof event.data === "function" ? await event.data() : event.data;
    if (!data) return null;
    const now = clockNow();
    let payload: WebhookEvent;
    try {
      payload = buildWebhookEvent({
        type: event.type,
        workspaceId: event.workspaceId,
        data,
        createdAt: now,
      });
    } catch (error) {
      // A payload that does not fit its schema is a bug; it must not undo the publish or
      // disconnect whose transaction this is. Logged loudly, the event is skipped.
      logger.error("webhook event does not fit its schema; not recorded", {
        type: event.type,
        error: String(error),
      });
      return null;
    }
    const rows = await tx.webhookDelivery.createManyAndReturn({
      data: endpoints.map((endpoint) => ({
        endpointId: endpoint.id,
        eventId: payload.id,
        eventType: payload.type,
        payload,
        status: "PENDING" as const,
        nextAttemptAt: now,
        createdAt: now,
      })),
      select: { id: true },
    });
    const deliveryIds = rows.map((row) => row.id);
    this.deliveryIds.push(...deliveryIds);
    return { eventId: payload.id, deliveryIds };
  }

  /** After the commit: wake a worker for each recorded delivery. Never throws. */
  async wake(): Promise<void> {
    const ids = this.deliveryIds.splice(0);
    if (ids.length > 0) await wakeWebhookDeliveries(ids.map((deliveryId) => ({ deliveryId })));
  }
}
