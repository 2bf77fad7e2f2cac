// Resends an event from the delivery log: a new delivery of the same event — same event id (the
// webhook-id header, so receivers can deduplicate), same payload — with a fresh retry schedule.
// The original keeps its own history.
import { assertCanAdministerOrThrow } from "@/lib/auth/roles";
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { wakeWebhookDeliveries } from "./wake-webhook-deliveries";

export async function resendWebhookDelivery(input: {
  workspaceId: string;
  role: Role;
  deliveryId: string;
}): Promise<{ deliveryId: string; eventId: string }> {
  assertCanAdministerOrThrow(input.role, "webhooks");
  const db = await getDb();
  const original = await db.webhookDelivery.findFirst({
    where: { id: input.deliveryId, endpoint: { workspaceId: input.workspaceId } },
    include: { endpoint: { select: { enabled: true } } },
  });
  if (!original) throw new AppError("NOT_FOUND", "That delivery does not exist in this workspace.");
  if (!original.endpoint.enabled)
    throw new AppError("CONFLICT", "This endpoint is disabled. Enable it to resend events.");
  const now = clockNow();
  const copy = await db.webhookDelivery.create({
    data: {
      endpointId: original.endpointId,
      eventId: original.eventId,
      eventType: original.eventType,
      payload: original.payload as Prisma.InputJsonValue,
      status: "PENDING",
      nextAttemptAt: now,
      createdAt: now,
    },
    select: { id: true },
  });
  await wakeWebhookDeliveries([{ deliveryId: copy.id }]);
  return { deliveryId: copy.id, eventId: original.eventId };
}
