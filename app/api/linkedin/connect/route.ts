// GET /api/linkedin/connect[?app=members][&reconnect=<connectionId>]: sends the signed-in member
// to LinkedIn's consent screen with a state bound to their session and workspace.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getWorkspaceContext } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { startAuthorization } from "@/lib/services/linkedin-auth/start-authorization";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  app: z.enum(["default", "members"]).default("default"),
  reconnect: z.string().min(1).max(64).optional(),
});

export async function GET(request: NextRequest) {
  const appUrl = getEnv().appUrl;
  const context = await getWorkspaceContext();
  if (!context) return NextResponse.redirect(`${appUrl}/sign-in?callbackUrl=/channels`);
  const query = querySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success)
    return NextResponse.redirect(`${appUrl}/channels/connect/problem?reason=not_configured`);
  try {
    const url = await startAuthorization({
      userId: context.user.id,
      workspaceId: context.workspace.id,
      appKey: query.data.app,
      reconnectConnectionId: query.data.reconnect,
    });
    return NextResponse.redirect(url);
  } catch (error) {
    if (isAppError(error))
      return NextResponse.redirect(`${appUrl}/channels/connect/problem?reason=not_configured`);
    throw error;
  }
}
