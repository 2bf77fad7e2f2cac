// Changes an endpoint's address, description, events or enabled state (only the fields given).
// Disabling also ends its open deliveries, in the same transaction: nothing is sent to an endpoint
// someone switched off, and the log says why (each can be resent once it is enabled again).
import { assertCanAdministerOrThrow } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { UpdateWebhookEndpointInput } from "@/lib/schemas/webhooks";
import { assertWebhookUrlAllowedOrThrow } from "./check-webhook-url";
import { failDisabledDeliveries } from "./delivery-status";
import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint";
import { endpointViewSelect, toEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";

export async function updateWebhookEndpoint(
  input: UpdateWebhookEndpointInput & { workspaceId: string; role: Role },
): Promise<WebhookEndpointView> {
  assertCanAdministerOrThrow(input.role, "webhooks");
  const db = await getDb();
  const current = await findWebhookEndpointOrThrow(db, input.workspaceId, input.endpointId);
  if (input.url !== undefined && input.url !== current.url) await assertWebhookUrlAllowedOrThrow(input.url);
  const row = await db.$transaction(async (tx) => {
    if (input.enabled === false && current.enabled)
      await failDisabledDeliveries(tx, { endpointId: current.id });
    return tx.webhookEndpoint.update({
      where: { id: current.id },
      data: {
        ...(input.url !== undefined ? { url: input.url } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.events !== undefined ? { events: input.events } : {}),
        ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
      },
      select: endpointViewSelect,
    });
  });
  return toEndpointView(row);
}
