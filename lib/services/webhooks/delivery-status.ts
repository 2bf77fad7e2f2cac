// Shared facts about a delivery's status, for the sender, the sweep and the services.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";

/** Still to be sent (for the first time, or again). */
export const OPEN_DELIVERY_STATUSES: WebhookDeliveryStatus[] = ["PENDING", "RETRYING"];

export const DISABLED_ENDPOINT_ERROR = "Not sent: the endpoint is disabled. Enable it, then resend.";

/** A disabled endpoint's deliveries still waiting stop here, with the reason in the log. */
export function failDisabledDeliveries(
  db: Pick<Db, "webhookDelivery"> | Pick<Prisma.TransactionClient, "webhookDelivery">,
  where: Prisma.WebhookDeliveryWhereInput,
): Promise<Prisma.BatchPayload> {
  return db.webhookDelivery.updateMany({
    where: { ...where, status: { in: OPEN_DELIVERY_STATUSES } },
    data: { status: "FAILED", error: DISABLED_ENDPOINT_ERROR, nextAttemptAt: null },
  });
}
