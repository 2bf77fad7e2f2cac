// Shared facts about a delivery's status, for the sender, the sweep and the services.
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";

/** Still to be sent (for the first time, or again). */
export const OPEN_DELIVERY_STATUSES: WebhookDeliveryStatus[] = ["PENDING", "RETRYING"];

export const DISABLED_ENDPOINT_ERROR = "Not sent: the endpoint is disabled. Enable it, then resend.";
