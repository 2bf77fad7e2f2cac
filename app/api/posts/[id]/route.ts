// GET one post as the composer edits it; another workspace's post is a plain 404.
import { NextResponse } from "next/server";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/error-response";
import { getPost } from "@/lib/services/posts/get-post";

export const dynamic = "force-dynamic";

const POST_ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { workspace } = await requireWorkspaceOrThrow();
    const { id } = await params;
    if (!POST_ID.test(id)) throw new AppError("NOT_FOUND", "That post does not exist in this workspace.");
    return NextResponse.json(await getPost({ workspaceId: workspace.id, postId: id }));
  } catch (error) {
    return toErrorResponse(error, "GET /api/posts/[id]");
  }
}
