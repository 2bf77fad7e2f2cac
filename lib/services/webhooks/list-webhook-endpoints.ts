// Settings → Webhooks: the workspace's endpoints, newest first. Every member may look (the page
// shows what the workspace sends where); only owners and admins change them.
import { getDb } from "@/lib/db";
import { endpointViewSelect, toEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";

export async function listWebhookEndpoints(workspaceId: string): Promise<WebhookEndpointView[]> {
  const db = await getDb();
  const rows = await db.webhookEndpoint.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    select: endpointViewSelect,
  });
  return rows.map(toEndpointView);
}
