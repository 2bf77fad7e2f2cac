// Renews access tokens a week before they expire, where LinkedIn gave a refresh token (only
// some apps get one: LinkedIn notes §3.4, pitfall §15.6). A refused refresh means the member
// must reconnect; the refresh token's own expiry is never extended, so that day comes anyway.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { refreshConnectionToken } from "@/lib/services/channels/refresh-connection-token";

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
    select: { id: true },
  });
  const outcome = { refreshed: 0, failed: 0 };
  for (const connection of due) {
    // Transient failures are tried again by the next run (every 30 minutes, a week ahead).
    if ((await refreshConnectionToken(connection.id, { now })) === "refreshed") outcome.refreshed++;
    else outcome.failed++;
  }
  return outcome;
}
