// "Send test event": a webhook.test event to one endpoint, whatever it subscribes to, through the
// same outbox, job, signature and delivery log as real events — so it proves the whole path.
import { assertCanAdministerOrThrow } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint";
import { WebhookOutbox } from "./webhook-outbox";

export async function sendTestWebhook(input: {
  workspaceId: string;
  role: Role;
  endpointId: string;
}): Promise<{ deliveryId: string; eventId: string }> {
  assertCanAdministerOrThrow(input.role, "webhooks");
  const db = await getDb();
  const endpoint = await findWebhookEndpointOrThrow(db, input.workspaceId, input.endpointId);
  if (!endpoint.enabled)
    throw new AppError("CONFLICT", "This endpoint is disabled. Enable it to send a test event.");
  const outbox = new WebhookOutbox();
  const added = await db.$transaction((tx) =>
    outbox.add(tx, {
      workspaceId: input.workspaceId,
      type: "webhook.test",
      endpointId: endpoint.id,
      data: { endpoint_id: endpoint.id, message: "A test event from Cadence. Your endpoint is reachable." },
    }),
  );
  await outbox.wake();
  if (!added?.deliveryIds[0]) throw new Error("the test delivery was not recorded");
  return { deliveryId: added.deliveryIds[0], eventId: added.eventId };
}
