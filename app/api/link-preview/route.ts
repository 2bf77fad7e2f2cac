// POST { url } → the link card for the composer (lib/services/link-preview): the page's title,
// description and site name, and its image stored as a media asset. Editors and above only.
import { NextResponse } from "next/server";
import { assertCanManageOrThrow } from "@/lib/auth/roles";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/error-response";
import { fetchLinkPreview } from "@/lib/services/link-preview/fetch-link-preview";
import { linkPreviewRequestSchema } from "@/lib/services/link-preview/link-preview-schema";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  try {
    const context = await requireWorkspaceOrThrow();
    assertCanManageOrThrow(context.role);
    const input = linkPreviewRequestSchema.safeParse(await request.json().catch(() => undefined));
    if (!input.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of input.error.issues)
        (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
      throw new AppError("VALIDATION", input.error.issues[0]?.message ?? "Enter a link.", { fieldErrors });
    }
    return NextResponse.json(
      await fetchLinkPreview({ workspaceId: context.workspace.id, url: input.data.url }),
    );
  } catch (error) {
    return toErrorResponse(error, "POST /api/link-preview");
  }
}
