// GET /api/linkedin/callback: LinkedIn's redirect after consent. Success → pick Pages; any
// problem → a page that explains it. Nothing is stored unless everything checked out.
import { NextResponse, type NextRequest } from "next/server";
import { getSessionUserId } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { ConnectProblem } from "@/lib/services/linkedin-auth/connect-problem";
import { completeAuthorization } from "@/lib/services/linkedin-auth/complete-authorization";

export const dynamic = "force-dynamic";

function problem(appUrl: string, reason: string, detail?: string) {
  const params = new URLSearchParams({ reason });
  if (detail) params.set("detail", detail.slice(0, 1000));
  return NextResponse.redirect(`${appUrl}/channels/connect/problem?${params.toString()}`);
}

export async function GET(request: NextRequest) {
  const appUrl = getEnv().appUrl;
  const userId = await getSessionUserId();
  // No session: the state cannot be checked against anyone, so nothing is exchanged.
  if (!userId) return NextResponse.redirect(`${appUrl}/sign-in?callbackUrl=/channels`);
  const search = request.nextUrl.searchParams;
  try {
    const { connectionId } = await completeAuthorization(userId, {
      state: search.get("state") ?? undefined,
      code: search.get("code") ?? undefined,
      error: search.get("error") ?? undefined,
      errorDescription: search.get("error_description") ?? undefined,
    });
    return NextResponse.redirect(`${appUrl}/channels/connect/${connectionId}`);
  } catch (error) {
    if (error instanceof ConnectProblem) return problem(appUrl, error.reason, error.detail);
    logger.error("LinkedIn callback failed", { error: error instanceof Error ? error.stack : String(error) });
    return problem(appUrl, "linkedin_unavailable");
  }
}
