// GET the current workspace's channels, for React Query on the Channels page.
import { NextResponse } from "next/server";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { toErrorResponse } from "@/lib/http/error-response";
import { listChannels } from "@/lib/services/channels/list-channels";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const { workspace } = await requireWorkspaceOrThrow();
    return NextResponse.json(await listChannels({ workspaceId: workspace.id }));
  } catch (error) {
    return toErrorResponse(error, "GET /api/channels");
  }
}
