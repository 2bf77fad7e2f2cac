// Renews one connection's access token with its refresh token. "refreshed": the new token is
// stored; "refused": LinkedIn will not renew (the connection is marked for reconnecting);
// "unavailable": no refresh token, or a transient failure (try again later).
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { isLinkedInError, refreshAccessToken } from "@/lib/linkedin";
import { logger } from "@/lib/logger";
import { markConnectionNeedsReconnect } from "@/lib/services/channels/mark-connection-needs-reconnect";
import { openRefreshToken, sealTokens } from "@/lib/services/channels/token-vault";
import { type AppKey, getLinkedInApp } from "@/lib/services/linkedin-auth/linkedin-apps";

export async function refreshConnectionToken(
  connectionId: string,
  { now = clockNow() }: { now?: Date } = {},
): Promise<"refreshed" | "refused" | "unavailable"> {
  const db = await getDb();
  const connection = await db.linkedInConnection.findUnique({
    where: { id: connectionId },
    omit: { refreshTokenEnc: false },
  });
  if (!connection?.refreshTokenEnc || connection.status === "DISCONNECTED") return "unavailable";
  if (connection.refreshTokenExpiresAt && connection.refreshTokenExpiresAt <= now) return "unavailable";
  const app = getLinkedInApp(connection.appKey as AppKey);
  if (!app) return "unavailable";
  const key = {
    workspaceId: connection.workspaceId,
    memberUrn: connection.memberUrn,
    appKey: connection.appKey,
  };
  try {
    const tokens = await refreshAccessToken(
      { refreshToken: openRefreshToken(key, connection.refreshTokenEnc) },
      app.config,
    );
    await db.linkedInConnection.update({
      where: { id: connection.id },
      data: {
        ...sealTokens(key, {
          ...tokens,
          refreshTokenExpiresAt: tokens.refreshTokenExpiresAt ?? connection.refreshTokenExpiresAt,
        }),
        lastRefreshedAt: now,
        expiryWarningsSent: [],
      },
    });
    return "refreshed";
  } catch (error) {
    if (isLinkedInError(error) && error.kind === "token") {
      await markConnectionNeedsReconnect({
        connectionId: connection.id,
        reason: "LinkedIn refused to renew Cadence's access.",
      });
      return "refused";
    }
    logger.warn("token refresh failed", {
      connectionId: connection.id,
      error: isLinkedInError(error) ? error.kind : String(error),
    });
    return "unavailable";
  }
}
