// The session check every page, route and action goes through.
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getAuthOptions } from "@/lib/auth/options";
import { AppError } from "@/lib/errors";
import { getMemberWorkspace, type MemberWorkspace } from "@/lib/services/workspaces/get-member-workspace";

export const WORKSPACE_COOKIE = "cadence-workspace";

export async function getSessionUserId(): Promise<string | null> {
  const session = await getServerSession(getAuthOptions());
  return session?.user?.id ?? null;
}

/** The signed-in member's workspace, or null when signed out or no longer a member. */
export async function getWorkspaceContext(): Promise<MemberWorkspace | null> {
  const userId = await getSessionUserId();
  if (!userId) return null;
  const preferredWorkspaceId = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  return getMemberWorkspace({ userId, preferredWorkspaceId });
}

/** For pages: sends signed-out visitors to the sign-in page. */
export async function requireWorkspacePage(): Promise<MemberWorkspace> {
  const context = await getWorkspaceContext();
  if (!context) redirect("/sign-in");
  return context;
}

/** For actions and route handlers: throws a 401 AppError instead of redirecting. */
export async function requireWorkspaceOrThrow(): Promise<MemberWorkspace> {
  const context = await getWorkspaceContext();
  if (!context) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  return context;
}
