// Renews access tokens a week before they expire, where LinkedIn gave a refresh token (only
// some apps get one: LinkedIn notes §3.4, pitfall §15.6). A refused refresh means the member
// must reconnect; the refresh token's own expiry is never extended, so that day comes anyway.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { isLinkedInError, refreshAccessToken } from "@/lib/linkedin";
import { logger } from "@/lib/logger";
import { getLinkedInApp, type AppKey } from "@/lib/services/linkedin-auth/linkedin-apps";
import { markConnectionNeedsReconnect } from "@/lib/services/channels/mark-connection-needs-reconnect";
import { openRefreshToken, sealTokens } from "@/lib/services/channels/token-vault";

export const REFRESH_AHEAD_MS = 7 * 86_400_000;

export async function refreshExpiringTokens({ now = clockNow() }: { now?: Date } = {}) {
  const db = await getDb();
  const due = await db.linkedInConnection.findMany({
    where: {
      status: "ACTIVE",
      refreshTokenEnc: { not: null },
      accessTokenExpiresAt: { lt: new Date(now.getTime() + REFRESH_AHEAD_MS) },
      refreshTokenExpiresAt: { gt: now },
    },
    omit: { refreshTokenEnc: false },
  });
  const outcome = { refreshed: 0, failed: 0 };
  for (const connection of due) {
    const key = {
      workspaceId: connection.workspaceId,
      memberUrn: connection.memberUrn,
      appKey: connection.appKey,
    };
    const app = getLinkedInApp(connection.appKey as AppKey);
    if (!app || !connection.refreshTokenEnc) continue;
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
      outcome.refreshed++;
    } catch (error) {
      outcome.failed++;
      if (isLinkedInError(error) && error.kind === "token") {
        await markConnectionNeedsReconnect({
          connectionId: connection.id,
          reason: "LinkedIn refused to renew Cadence's access.",
        });
      } else {
        // Transient: the next run (every 30 minutes, a week ahead) tries again.
        logger.warn("token refresh failed", {
          connectionId: connection.id,
          error: isLinkedInError(error) ? error.kind : String(error),
        });
      }
    }
  }
  return outcome;
}
