// GET the current workspace's posts with their per-channel targets, for the Posts page.
import { NextResponse } from "next/server";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { toErrorResponse } from "@/lib/http/error-response";
import { listPosts } from "@/lib/services/posts/list-posts";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const { workspace } = await requireWorkspaceOrThrow();
    return NextResponse.json(await listPosts({ workspaceId: workspace.id }));
  } catch (error) {
    return toErrorResponse(error, "GET /api/posts");
  }
}
