// A new signing secret for an endpoint, returned this once. Deliveries are signed when they are
// sent, so every attempt from now on — retries of older events included — carries the new one.
import { assertCanAdministerOrThrow } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { newWebhookSecret } from "@/lib/webhooks/webhook-signature";
import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint";
import { sealWebhookSecret } from "./webhook-secret-vault";

export async function rotateWebhookSecret(input: {
  workspaceId: string;
  role: Role;
  endpointId: string;
}): Promise<{ secret: string }> {
  assertCanAdministerOrThrow(input.role, "webhooks");
  const db = await getDb();
  const endpoint = await findWebhookEndpointOrThrow(db, input.workspaceId, input.endpointId);
  const secret = newWebhookSecret();
  await db.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: { encryptedSecret: sealWebhookSecret(endpoint, secret) },
  });
  return { secret };
}
