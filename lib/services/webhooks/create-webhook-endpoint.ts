// Adds an endpoint. Its signing secret is generated here, returned this once, and stored
// encrypted; the address must be one Cadence may call (check-webhook-url).
import { randomUUID } from "node:crypto";
import { assertCanAdministerOrThrow } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CreateWebhookEndpointInput } from "@/lib/schemas/webhooks";
import { newWebhookSecret } from "@/lib/webhooks/webhook-signature";
import { assertWebhookUrlAllowedOrThrow } from "./check-webhook-url";
import {
  endpointViewSelect,
  MAX_WEBHOOK_ENDPOINTS,
  toEndpointView,
  type WebhookEndpointView,
} from "./webhook-endpoint-view";
import { sealWebhookSecret } from "./webhook-secret-vault";

export async function createWebhookEndpoint(
  input: CreateWebhookEndpointInput & { workspaceId: string; userId: string; role: Role },
): Promise<{ endpoint: WebhookEndpointView; secret: string }> {
  assertCanAdministerOrThrow(input.role, "webhooks");
  await assertWebhookUrlAllowedOrThrow(input.url);
  const db = await getDb();
  // The id is chosen here because the secret's encryption is bound to it.
  const id = randomUUID();
  const secret = newWebhookSecret();
  const row = await db.$transaction(async (tx) => {
    // One creation at a time per workspace, so two at once cannot both pass the limit.
    await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${input.workspaceId} FOR UPDATE`;
    const count = await tx.webhookEndpoint.count({ where: { workspaceId: input.workspaceId } });
    if (count >= MAX_WEBHOOK_ENDPOINTS)
      throw new AppError(
        "CONFLICT",
        `A workspace can have ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints. Delete one you no longer use, or subscribe an existing one to more events.`,
      );
    return tx.webhookEndpoint.create({
      data: {
        id,
        workspaceId: input.workspaceId,
        createdById: input.userId,
        url: input.url,
        description: input.description,
        events: input.events,
        encryptedSecret: sealWebhookSecret({ id, workspaceId: input.workspaceId }, secret),
      },
      select: endpointViewSelect,
    });
  });
  return { endpoint: toEndpointView(row), secret };
}
