// One attempt of one webhook delivery, run by the webhooks.deliver job. The row is the truth:
//   1. claim — a conditional update that only succeeds for an open (PENDING/RETRYING), due delivery
//      whose attempt count is still the one read, so two workers never send the same attempt. The
//      claim pushes nextAttemptAt past the send's timeout: a lease. A worker killed mid-send leaves
//      the lease to run out, and the sweep wakes the delivery again;
//   2. sign and POST (send-webhook-request), outside any transaction;
//   3. record the try as a WebhookAttempt and settle the delivery: SUCCEEDED on 2xx, else RETRYING
//      at the next step of the schedule, or FAILED after the last one.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { webhookRetryDelayMs } from "@/lib/webhooks/retry-schedule";
import { serializeWebhookEvent } from "@/lib/webhooks/webhook-events";
import { webhookHeaders } from "@/lib/webhooks/webhook-signature";
import { failDisabledDeliveries, OPEN_DELIVERY_STATUSES } from "./delivery-status";
import { sendWebhookRequest, WEBHOOK_TIMEOUT_MS, type WebhookAttemptOutcome } from "./send-webhook-request";
import { wakeWebhookDeliveries } from "./wake-webhook-deliveries";
import { openWebhookSecret } from "./webhook-secret-vault";

export type DeliverResult = "succeeded" | "retrying" | "failed" | "skipped" | "not-due";

/** Longer than one send can take, so a live attempt is never taken for a lost one. */
export const CLAIM_LEASE_MS = WEBHOOK_TIMEOUT_MS * 6;

export async function deliverWebhook(
  deliveryId: string,
  options: { allowPrivate?: boolean } = {},
): Promise<DeliverResult> {
  const db = await getDb();
  const now = clockNow();
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    include: {
      endpoint: { select: { id: true, workspaceId: true, url: true, enabled: true, encryptedSecret: true } },
    },
  });
  if (!delivery || !OPEN_DELIVERY_STATUSES.includes(delivery.status)) return "skipped";
  if (!delivery.endpoint.enabled) {
    await failDisabledDeliveries(db, { id: deliveryId });
    return "failed";
  }
  if (delivery.nextAttemptAt && delivery.nextAttemptAt > now) return "not-due";

  const claimed = await db.webhookDelivery.updateMany({
    where: {
      id: deliveryId,
      status: delivery.status,
      attempts: delivery.attempts,
      OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }],
    },
    data: {
      attempts: { increment: 1 },
      lastAttemptAt: now,
      nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS),
    },
  });
  if (claimed.count === 0) return "skipped";
  const attempt = delivery.attempts + 1;

  // Signed at send time with the endpoint's current secret: a rotation applies to retries too.
  const body = serializeWebhookEvent(delivery.payload);
  const secret = readSecret(delivery.endpoint);
  const headers = secret
    ? webhookHeaders({ id: delivery.eventId, timestamp: Math.floor(now.getTime() / 1000), body, secret })
    : {};
  const outcome: WebhookAttemptOutcome = secret
    ? await sendWebhookRequest({
        url: delivery.endpoint.url,
        headers,
        body,
        allowPrivate: options.allowPrivate ?? getEnv().allowPrivateUrls,
      })
    : { ok: false, responseStatus: null, responseBody: null, error: UNREADABLE_SECRET_ERROR, durationMs: 0 };

  const settledAt = clockNow();
  const delayMs = outcome.ok ? null : webhookRetryDelayMs(attempt, getEnv().webhooks.retryBaseMs);
  const status: WebhookDeliveryStatus = outcome.ok ? "SUCCEEDED" : delayMs === null ? "FAILED" : "RETRYING";
  const nextAttemptAt = delayMs === null ? null : new Date(settledAt.getTime() + delayMs);
  const recorded = await db.$transaction(async (tx) => {
    // Still our attempt (the endpoint may have been deleted meanwhile, and the delivery with it).
    const settled = await tx.webhookDelivery.updateMany({
      where: { id: deliveryId, attempts: attempt },
      data: {
        status,
        nextAttemptAt,
        responseStatus: outcome.responseStatus,
        responseBody: outcome.responseBody,
        error: outcome.error,
        ...(outcome.ok ? { deliveredAt: settledAt } : {}),
      },
    });
    if (settled.count === 0) return false;
    await tx.webhookAttempt.create({
      data: {
        deliveryId,
        requestHeaders: headers,
        responseStatus: outcome.responseStatus,
        responseBody: outcome.responseBody,
        error: outcome.error,
        durationMs: outcome.durationMs,
        createdAt: now,
      },
    });
    return true;
  });
  if (!recorded) return "skipped";
  if (!outcome.ok)
    logger.info("webhook delivery attempt failed", {
      deliveryId,
      attempt,
      status: outcome.responseStatus,
      next: nextAttemptAt?.toISOString() ?? "gave up",
    });
  if (nextAttemptAt) await wakeWebhookDeliveries([{ deliveryId, at: nextAttemptAt }]);
  return status === "SUCCEEDED" ? "succeeded" : status === "FAILED" ? "failed" : "retrying";
}

const UNREADABLE_SECRET_ERROR =
  "Not sent: Cadence cannot read this endpoint's signing secret (was CADENCE_ENCRYPTION_KEY changed?). Rotate the secret, then resend.";

/**
 * The plain secret, or null when it no longer decrypts (another encryption key): an unsigned
 * request is never sent, and the attempt fails like any other instead of crashing the job forever.
 */
function readSecret(endpoint: { id: string; workspaceId: string; encryptedSecret: string }): string | null {
  try {
    return openWebhookSecret(endpoint, endpoint.encryptedSecret);
  } catch (error) {
    logger.error("webhook secret does not decrypt", { endpointId: endpoint.id, error: String(error) });
    return null;
  }
}
