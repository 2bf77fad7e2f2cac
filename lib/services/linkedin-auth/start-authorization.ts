// Starts connecting (or reconnecting) LinkedIn: records a state for this user and workspace and
// returns LinkedIn's authorization URL. Never `prompt=none` (LinkedIn notes §15.4).
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { buildAuthorizationUrl } from "@/lib/linkedin";
import { getLinkedInApp, linkedInCallbackUrl, type AppKey } from "@/lib/services/linkedin-auth/linkedin-apps";
import { createOAuthState } from "@/lib/services/linkedin-auth/oauth-state";

export async function startAuthorization(options: {
  userId: string;
  workspaceId: string;
  appKey: AppKey;
  reconnectConnectionId?: string;
}): Promise<string> {
  const app = getLinkedInApp(options.appKey);
  if (!app) throw new AppError("NOT_FOUND", "That LinkedIn app is not configured.");
  let appKey = app.key;
  if (options.reconnectConnectionId) {
    const db = await getDb();
    const connection = await db.linkedInConnection.findFirst({
      where: { id: options.reconnectConnectionId, workspaceId: options.workspaceId },
      select: { appKey: true },
    });
    if (!connection)
      throw new AppError("NOT_FOUND", "That LinkedIn connection does not exist in this workspace.");
    appKey = connection.appKey as AppKey;
  }
  const reconnectApp = appKey === app.key ? app : getLinkedInApp(appKey);
  if (!reconnectApp) throw new AppError("NOT_FOUND", "That LinkedIn app is no longer configured.");
  const redirectUri = linkedInCallbackUrl();
  const state = await createOAuthState({
    userId: options.userId,
    workspaceId: options.workspaceId,
    purpose: options.reconnectConnectionId ? "reconnect" : "connect",
    connectionId: options.reconnectConnectionId,
    appKey,
    requestedScopes: reconnectApp.scopes,
    redirectUri,
  });
  return buildAuthorizationUrl({ scopes: reconnectApp.scopes, state, redirectUri }, reconnectApp.config);
}
