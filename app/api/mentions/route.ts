// GET organization mention suggestions for the composer's @ type-ahead (?q=name, vanity name or Page URL).
import { NextResponse } from "next/server";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/error-response";
import { mentionSearchQuerySchema } from "@/lib/services/mentions/mention-schemas";
import { searchMentions } from "@/lib/services/mentions/search-mentions";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const { workspace } = await requireWorkspaceOrThrow();
    const query = mentionSearchQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) {
      const message = query.error.issues[0]?.message ?? "Invalid query.";
      throw new AppError("VALIDATION", message, { fieldErrors: { q: [message] } });
    }
    const result = await searchMentions({ workspaceId: workspace.id, query: query.data.q });
    // Per-user, per-moment answers: never kept by a shared cache.
    return NextResponse.json(result, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return toErrorResponse(error, "GET /api/mentions");
  }
}
