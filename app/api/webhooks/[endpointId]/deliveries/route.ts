// GET the delivery log of one of the workspace's webhook endpoints (Settings → Webhooks).
import { NextResponse } from "next/server";
import { assertCanAdministerOrThrow } from "@/lib/auth/roles";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/error-response";
import { webhookEndpointIdSchema } from "@/lib/schemas/webhooks";
import { ENDPOINT_NOT_FOUND } from "@/lib/services/webhooks/find-webhook-endpoint";
import { listWebhookDeliveries } from "@/lib/services/webhooks/list-webhook-deliveries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ endpointId: string }> }) {
  try {
    const { workspace, role } = await requireWorkspaceOrThrow();
    // Payloads and the addresses they went to are for those who manage webhooks.
    assertCanAdministerOrThrow(role, "webhooks");
    const { endpointId } = await params;
    if (!webhookEndpointIdSchema.safeParse({ endpointId }).success)
      throw new AppError("NOT_FOUND", ENDPOINT_NOT_FOUND);
    return NextResponse.json(await listWebhookDeliveries({ workspaceId: workspace.id, endpointId }));
  } catch (error) {
    return toErrorResponse(error, "GET /api/webhooks/[endpointId]/deliveries");
  }
}
