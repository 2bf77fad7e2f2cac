// GET the signed-in member's notifications in the current workspace.
import { NextResponse } from "next/server";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { toErrorResponse } from "@/lib/http/error-response";
import { listNotifications } from "@/lib/services/notifications/list-notifications";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const { workspace, user } = await requireWorkspaceOrThrow();
    return NextResponse.json(await listNotifications({ workspaceId: workspace.id, userId: user.id }));
  } catch (error) {
    return toErrorResponse(error, "GET /api/notifications");
  }
}
