// Deletes an endpoint with its delivery log (the rows cascade). A delivery in flight finds its
// row gone when it comes back and records nothing.
import { assertCanAdministerOrThrow } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { ENDPOINT_NOT_FOUND } from "./find-webhook-endpoint";

export async function deleteWebhookEndpoint(input: {
  workspaceId: string;
  role: Role;
  endpointId: string;
}): Promise<void> {
  assertCanAdministerOrThrow(input.role, "webhooks");
  const db = await getDb();
  const deleted = await db.webhookEndpoint.deleteMany({
    where: { id: input.endpointId, workspaceId: input.workspaceId },
  });
  if (deleted.count === 0) throw new AppError("NOT_FOUND", ENDPOINT_NOT_FOUND);
}
