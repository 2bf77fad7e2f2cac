// Every endpoint lookup is scoped to the caller's workspace: another workspace's endpoint id is
// simply not found (never "forbidden", which would confirm it exists).
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const ENDPOINT_NOT_FOUND = "That webhook endpoint does not exist in this workspace.";

export async function findWebhookEndpointOrThrow(
  db: Pick<Db, "webhookEndpoint">,
  workspaceId: string,
  endpointId: string,
) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId } });
  if (!endpoint) throw new AppError("NOT_FOUND", ENDPOINT_NOT_FOUND);
  return endpoint;
}
