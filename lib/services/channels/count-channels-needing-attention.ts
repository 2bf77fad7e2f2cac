// For the banner on every dashboard page: channels that will stop publishing soon or already have.
import { EXPIRY_WARNING_AHEAD_MS } from "@/lib/channels/expiry-warning-days";
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";

export async function countChannelsNeedingAttention({
  workspaceId,
  now = clockNow(),
}: {
  workspaceId: string;
  now?: Date;
}) {
  const db = await getDb();
  const soon = new Date(now.getTime() + EXPIRY_WARNING_AHEAD_MS);
  const [broken, expiring] = await Promise.all([
    db.channel.count({ where: { workspaceId, status: "NEEDS_RECONNECT" } }),
    db.channel.count({
      where: {
        workspaceId,
        status: "HEALTHY",
        connection: {
          status: "ACTIVE",
          OR: [
            { refreshTokenExpiresAt: { lt: soon } },
            { refreshTokenExpiresAt: null, accessTokenExpiresAt: { lt: soon } },
          ],
        },
      },
    }),
  ]);
  return { broken, expiring };
}
