// GET the workspace's media library (newest first, ?kind=IMAGE|VIDEO|DOCUMENT|CAPTIONS, paged).
import { NextResponse } from "next/server";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/error-response";
import { listMediaQuerySchema } from "@/lib/schemas/media";
import { listMedia } from "@/lib/services/media/list-media";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const { workspace } = await requireWorkspaceOrThrow();
    const query = listMediaQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError("VALIDATION", query.error.issues[0]?.message ?? "Invalid query.");
    return NextResponse.json(await listMedia({ workspaceId: workspace.id, ...query.data }));
  } catch (error) {
    return toErrorResponse(error, "GET /api/media");
  }
}
