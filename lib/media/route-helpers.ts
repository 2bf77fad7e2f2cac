// What every media route shares: who may do what, and errors as JSON (a 409 on a chunk also
// carries the offset to resume from, in the body and an Upload-Offset header).
import { NextResponse } from "next/server";
import { assertCanManageOrThrow } from "@/lib/auth/roles";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/error-response";
import { UploadOffsetError } from "@/lib/media/media-errors";
import { uploadIdSchema } from "@/lib/schemas/media";

/** Signed in, a member of the workspace, and allowed to change things (viewers only look). */
export async function requireUploaderOrThrow() {
  const context = await requireWorkspaceOrThrow();
  assertCanManageOrThrow(context.role);
  return { workspaceId: context.workspace.id, userId: context.user.id };
}

/** The owner triple of an upload session from the route's `[id]`. */
export async function uploadOwnerOrThrow(params: Promise<{ id: string }>) {
  const { id } = await params;
  const sessionId = uploadIdSchema.safeParse(id);
  if (!sessionId.success) throw new AppError("NOT_FOUND", "This upload does not exist or has expired.");
  return { ...(await requireUploaderOrThrow()), sessionId: sessionId.data };
}

export function mediaErrorResponse(error: unknown, route: string): NextResponse {
  if (error instanceof UploadOffsetError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, offset: error.offset } },
      { status: 409, headers: { "Upload-Offset": String(error.offset) } },
    );
  }
  return toErrorResponse(error, route);
}
